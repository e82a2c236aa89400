package dev.flightpath.reporters.mailbox;

import dev.flightpath.analyzers.mailbox.MailboxAnalyzer;
import dev.flightpath.analyzers.mailbox.MailboxOptions;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.reporters.Golden;
import dev.flightpath.reporters.GoldenRecordings;
import dev.flightpath.reporters.terminal.TerminalStyle;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MailboxReporterGoldenTest {
    private static MailboxReport report() {
        return MailboxAnalyzer.analyze(GoldenRecordings.mailboxes(), MailboxOptions.defaults());
    }

    @Test
    void table() throws Exception {
        StringWriter text = new StringWriter();
        new MailboxTableReporter(TerminalStyle.plain()).write(report(), new PrintWriter(text));
        Golden.assertMatches("dev/flightpath/reporters/mailbox/mailboxes.txt", text.toString());
    }

    @Test
    void json() throws Exception {
        StringWriter text = new StringWriter();
        new MailboxJsonReporter().write(report(), text);
        Golden.assertMatches("dev/flightpath/reporters/mailbox/mailboxes.json", text.toString());
    }

    @Test
    void topLimitsTheTable() throws Exception {
        StringWriter text = new StringWriter();
        new MailboxTableReporter(TerminalStyle.plain()).write(report().top(1), new PrintWriter(text));
        Golden.assertMatches("dev/flightpath/reporters/mailbox/mailboxes-top1.txt", text.toString());
    }
}
