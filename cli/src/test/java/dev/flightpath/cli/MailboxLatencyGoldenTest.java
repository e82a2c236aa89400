package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the table and JSON output of {@code mailbox} and {@code latency} on the committed BEAM
 * trace and JFR recording with recorder events, and of {@code latency} on the Chrome trace with
 * kernel scheduling events ({@code systemTraceEvents}). Rewrite with {@code -Dflightpath.updateGolden=true}
 * after a deliberate change, and review the diff.
 */
class MailboxLatencyGoldenTest {
    private static String run(String command, String sample, String format) {
        CliRun run = CliRun.of(command, TestFiles.sample(sample).toString(), "--format", format);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return run.out();
    }

    @ParameterizedTest(name = "{0} {1} --format {2}")
    @CsvSource({
        "mailbox, guild-fanout-beam.trace, table, mailbox-guild-fanout-beam.txt",
        "mailbox, guild-fanout-beam.trace, json, mailbox-guild-fanout-beam.json",
        "mailbox, guild-fanout-recorder.jfr, table, mailbox-guild-fanout-recorder.txt",
        "mailbox, guild-fanout-recorder.jfr, json, mailbox-guild-fanout-recorder.json",
        "latency, guild-fanout-beam.trace, table, latency-guild-fanout-beam.txt",
        "latency, guild-fanout-beam.trace, json, latency-guild-fanout-beam.json",
        "latency, guild-fanout-recorder.jfr, table, latency-guild-fanout-recorder.txt",
        "latency, guild-fanout-recorder.jfr, json, latency-guild-fanout-recorder.json",
        "latency, chrome-systrace-sched.json, table, latency-chrome-systrace-sched.txt",
        "latency, chrome-systrace-sched.json, json, latency-chrome-systrace-sched.json"
    })
    void matchesGolden(String command, String sample, String format, String golden) throws IOException {
        Golden.assertMatches(golden, run(command, sample, format));
    }

    /** By scheduler: the BEAM trace has no scheduler ids, and the table says why and which flag records them. */
    @org.junit.jupiter.api.Test
    void beamWaitsBySchedulerSayWhyTheSchedulerIsUnknown() throws IOException {
        CliRun run = CliRun.of("latency", TestFiles.sample("guild-fanout-beam.trace").toString(), "--by", "scheduler");
        org.junit.jupiter.api.Assertions.assertEquals(0, run.exitCode(), run.err());
        Golden.assertMatches("latency-guild-fanout-beam-by-scheduler.txt", run.out());
    }
}
