package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command-line contract of {@code mailbox} and {@code latency}. */
class MailboxLatencyCommandTest {
    /** The output of one run. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path corpusFile(String name) {
        Path file = Path.of(System.getProperty("flightpath.corpus", "../shared/corpus"), name);
        assumeTrue(Files.isRegularFile(file), "corpus file " + file + " is not here");
        return file;
    }

    @Test
    void mailboxWithoutMessagesIsBadInput() {
        Path file = corpusFile("jfr/flightpath__jdk25-virtual-threads-contention.jfr");
        Run run = run("mailbox", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("flightpath mailbox: no messages in '" + file + "': the mailbox command needs messages "
                + "(a BEAM trace or spans of a messaging system)", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void processFilterMatchingNoReceiverIsMissingDataNamingTheReceivers() {
        // The sample's busiest receivers (the guild and its members) get 150 messages each: ties go by
        // name, so pids ('<' sorts before letters) lead; the table shows 8 mailboxes, 9 receivers in all.
        String file = TestFiles.sample("guild-fanout-beam.trace").toString();
        Run run = run("mailbox", file, "--process", "nosuchthing");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("flightpath mailbox: no receiving process matches --process 'nosuchthing' in '" + file
                + "': the receivers are <0.113.0>, <0.114.0>, <0.115.0>, <0.116.0>, <0.117.0> and 4 more",
                run.err().strip());
        assertEquals("", run.out());
        Run some = run("mailbox", file, "--process", "guild");
        assertEquals(0, some.exitCode(), some.err());
        assertTrue(some.out().contains(" guild "), some.out());
    }

    @Test
    void latencyWithoutSchedulingOrLocksIsBadInput() {
        Path file = corpusFile("jfr/jfr-parser__async-profiler-3.0-jdk21-nativemem.jfr");
        Run run = run("latency", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("flightpath latency: no scheduling intervals in '" + file + "'"), run.err());
        assertEquals(1, run.err().strip().lines().count());
    }

    @Test
    void latencyReadsLockWaitsOfAJfrRecording() {
        Path file = corpusFile("jfr/flightpath__jdk25-virtual-threads-contention.jfr");
        Run run = run("latency", file.toString(), "--format", "json", "--top", "2");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"category\": \"other-wait\""), run.out());
        Run table = run("latency", file.toString(), "--by", "pool");
        assertEquals(ExitCodes.OK, table.exitCode(), table.err());
        assertTrue(table.out().contains("Waits by pool"), table.out());
    }

    @Test
    void latencyReportsJvmPausesOfAJfrRecording() {
        Path file = corpusFile("jfr/cryostat-jfr-datasource__jdk17-600s-recording.jfr");
        Run run = run("latency", file.toString(), "--format", "json", "--top", "50");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        for (String category : new String[] {"gc-pause", "safepoint", "time-to-safepoint"}) {
            assertTrue(run.out().contains("\"category\": \"" + category + "\""), category + " in " + run.out());
        }
        assertTrue(run.out().contains("\"group\": \"(whole runtime)\""), run.out());
        Run table = run("latency", file.toString(), "--top", "50");
        assertEquals(ExitCodes.OK, table.exitCode(), table.err());
        assertTrue(table.out().contains("(whole runtime)") && table.out().contains("time-to-safepoint"), table.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, run("mailbox", "x.trace", "--top", "0").exitCode());
        assertEquals(ExitCodes.USAGE, run("mailbox", "x.trace", "--over", "-1").exitCode());
        assertEquals(ExitCodes.USAGE, run("mailbox", "x.trace", "--from", "2s", "--to", "1s").exitCode());
        assertEquals(ExitCodes.USAGE, run("mailbox", "x.trace", "--from", "soon").exitCode());
        assertEquals(ExitCodes.USAGE, run("mailbox", "x.trace", "--process", "(").exitCode());
        assertEquals(ExitCodes.USAGE, run("latency", "x.trace", "--by", "cpu").exitCode());
        assertEquals(ExitCodes.USAGE, run("latency", "x.trace", "--top", "-3").exitCode());
        assertEquals(ExitCodes.USAGE, run("latency", "x.trace", "--from", "2s", "--to", "1s").exitCode());
        assertEquals(ExitCodes.USAGE, run("latency", "x.trace", "--to", "later").exitCode());
    }

    @Test
    void latencyFromAndToKeepTheWaitsInTheRange() throws Exception {
        String file = TestFiles.sample("guild-fanout-recorder.jfr").toString();
        JsonNode whole = ReportPage.parse(run("latency", file, "--format", "json", "--top", "100").out());
        Run ranged = run("latency", file, "--from", "1s", "--to", "2s", "--format", "json", "--top", "100");
        assertEquals(ExitCodes.OK, ranged.exitCode(), ranged.err());
        JsonNode part = ReportPage.parse(ranged.out());
        assertEquals(whole.get("recordingStartNanos").asLong() + 1_000_000_000L, part.get("originNanos").asLong());
        long wholeCount = 0;
        for (JsonNode group : whole.get("groups")) {
            wholeCount += group.get("count").asLong();
        }
        long partCount = 0;
        for (JsonNode group : part.get("groups")) {
            partCount += group.get("count").asLong();
            for (JsonNode worst : group.get("worstWindows")) {
                long offset = worst.get("startNanos").asLong() - whole.get("recordingStartNanos").asLong();
                assertTrue(offset >= 1_000_000_000L && offset < 2_000_000_000L, worst.toString());
            }
        }
        assertTrue(partCount > 0 && partCount < wholeCount, partCount + " of " + wholeCount);
    }

    @Test
    void helpListsTheRules() {
        Run mailbox = run("mailbox", "--help");
        assertEquals(ExitCodes.OK, mailbox.exitCode());
        assertTrue(mailbox.out().contains("Rules:"));
        assertTrue(mailbox.out().contains("without messages is bad input"));
        Run latency = run("latency", "--help");
        assertTrue(latency.out().contains("scheduler-preempted"));
    }

    @Test
    void offsetsReadTheUnitsOfRuleFiles() {
        assertEquals(1_500_000_000L, offset("1.5s"));
        assertEquals(250_000_000L, offset("250ms"));
        assertEquals(250_000_000L, offset("250 MS"));
        assertEquals(800_000L, offset("800us"));
        assertEquals(800_000L, offset("800µs"));
        assertEquals(42L, offset("42ns"));
        assertEquals(120_000_000_000L, offset("2m"));
        assertEquals(120_000_000_000L, offset("2min"));
        assertEquals(3_600_000_000_000L, offset("1h"));
        assertThrows(IllegalArgumentException.class, () -> TimeBound.parse("12"));
        assertThrows(IllegalArgumentException.class, () -> TimeBound.parse("300000d"));
        assertThrows(IllegalArgumentException.class, () -> TimeBound.parse("9999999999h"));
        assertEquals(new TimeBound(TimeBound.Anchor.FROM_END, 1_000_000_000L), TimeBound.parse("-1s"));
    }

    private static long offset(String text) {
        TimeBound bound = TimeBound.parse(text);
        assertEquals(TimeBound.Anchor.FROM_START, bound.anchor(), text);
        return bound.nanos();
    }

    @Test
    void everyRangeCommandTakesEveryFormOfTime() {
        // The sample starts at 2026-11-28T01:21:29.652085982Z and lasts 934,360,746 ns (summary --format json):
        // 500 ms after its start is 434,360,746 ns before its end, and 2026-11-28T01:21:30.152085982Z.
        String file = TestFiles.sample("guild-fanout-otlp.jsonl").toString();
        for (String command : new String[] {"mailbox", "critical-path"}) {
            Run offset = run(command, file, "--from", "500ms", "--format", "json");
            Run fromEnd = run(command, file, "--from", "-434360746ns", "--format", "json");
            Run iso = run(command, file, "--from", "2026-11-28T01:21:30.152085982Z", "--format", "json");
            Run whole = run(command, file, "--format", "json");
            assertEquals(ExitCodes.OK, offset.exitCode(), offset.err());
            assertEquals(offset.out(), fromEnd.out(), command);
            assertEquals(offset.out(), iso.out(), command);
            assertTrue(!offset.out().equals(whole.out()), command + ": the range changes the result");
            Run empty = run(command, file, "--from", "-100ms", "--to", "2026-11-28T01:21:29.652085982Z");
            assertEquals(ExitCodes.USAGE, empty.exitCode(), empty.err());
            assertEquals("flightpath " + command + ": --from/--to select nothing of the recording (934 ms long) (see '"
                    + "flightpath " + command + " --help')", empty.err().strip());
        }
    }
}
