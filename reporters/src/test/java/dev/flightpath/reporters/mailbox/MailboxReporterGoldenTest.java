package dev.flightpath.reporters.mailbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.mailbox.MailboxAnalyzer;
import dev.flightpath.analyzers.mailbox.MailboxOptions;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.model.RecordingInfo.TimeBase;
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

    @Test
    void monotonicTimesAreOffsetsNeverDates() throws Exception {
        MailboxReport epoch = report();
        MailboxReport monotonic = new MailboxReport(epoch.windowStartNanos(), epoch.windowEndNanos(),
                epoch.recordingStartNanos(), TimeBase.MONOTONIC, epoch.overDepth(), epoch.estimated(), 2,
                epoch.mailboxes());
        StringWriter text = new StringWriter();
        new MailboxTableReporter(TerminalStyle.plain()).write(monotonic, new PrintWriter(text));
        String out = text.toString();
        assertFalse(out.contains("UTC"), out);
        assertFalse(out.contains("2026"), out);
        assertTrue(out.contains(" Window  1.00 s from +0.000000 s (monotonic clock: times are offsets from the"
                + " recording start)"), out);
        assertTrue(out.contains("max 6 at +0.150000 s"), out);
        assertTrue(out.contains(" Not counted  2 sent, never received"), out);
        StringWriter json = new StringWriter();
        new MailboxJsonReporter().write(monotonic, json);
        assertTrue(json.toString().contains("\"timeBase\": \"monotonic\""), json.toString());
        assertTrue(json.toString().contains("\"neverReceived\": 2"), json.toString());
    }
}
