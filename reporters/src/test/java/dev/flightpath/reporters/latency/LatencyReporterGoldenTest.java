package dev.flightpath.reporters.latency;

import dev.flightpath.analyzers.latency.GroupBy;
import dev.flightpath.analyzers.latency.LatencyAnalyzer;
import dev.flightpath.analyzers.latency.LatencyOptions;
import dev.flightpath.analyzers.latency.LatencyReport;
import dev.flightpath.reporters.Golden;
import dev.flightpath.reporters.GoldenRecordings;
import dev.flightpath.reporters.terminal.TerminalStyle;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LatencyReporterGoldenTest {
    private static LatencyReport report(GroupBy by) {
        return LatencyAnalyzer.analyze(GoldenRecordings.latency(), LatencyOptions.by(by));
    }

    @Test
    void tableByProcess() throws Exception {
        StringWriter text = new StringWriter();
        new LatencyTableReporter(TerminalStyle.plain()).write(report(GroupBy.PROCESS), new PrintWriter(text));
        Golden.assertMatches("dev/flightpath/reporters/latency/latency-process.txt", text.toString());
    }

    @Test
    void tableByScheduler() throws Exception {
        StringWriter text = new StringWriter();
        new LatencyTableReporter(TerminalStyle.plain()).write(report(GroupBy.SCHEDULER), new PrintWriter(text));
        Golden.assertMatches("dev/flightpath/reporters/latency/latency-scheduler.txt", text.toString());
    }

    @Test
    void json() throws Exception {
        StringWriter text = new StringWriter();
        new LatencyJsonReporter().write(report(GroupBy.PROCESS), text);
        Golden.assertMatches("dev/flightpath/reporters/latency/latency-process.json", text.toString());
    }
}
