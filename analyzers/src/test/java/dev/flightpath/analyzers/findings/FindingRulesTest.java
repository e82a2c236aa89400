package dev.flightpath.analyzers.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.analyzers.criticalpath.Contribution;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.flame.HotMethod;
import dev.flightpath.analyzers.flame.HotMethods;
import dev.flightpath.analyzers.latency.GroupBy;
import dev.flightpath.analyzers.latency.LatencyAnalyzer;
import dev.flightpath.analyzers.latency.LatencyOptions;
import dev.flightpath.analyzers.latency.LatencyReport;
import dev.flightpath.analyzers.mailbox.MailboxAnalyzer;
import dev.flightpath.analyzers.mailbox.MailboxOptions;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.analyzers.summary.RecordingSummary;
import dev.flightpath.analyzers.summary.SummaryAnalyzer;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.PauseKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.StackTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule on a recording small enough to work its score and sentence out by hand. */
class FindingRulesTest {
    private static final long MS = 1_000_000;
    private static final long SECOND = 1_000_000_000;

    private static FindingInputs inputs(Recording recording) {
        RecordingSummary summary = SummaryAnalyzer.summarize("test", recording);
        Optional<MailboxReport> mailboxes = recording.messages().size() == 0 ? Optional.empty()
                : Optional.of(MailboxAnalyzer.analyze(recording, MailboxOptions.defaults()));
        Optional<LatencyReport> latency = LatencyAnalyzer.hasLatencyData(recording)
                ? Optional.of(LatencyAnalyzer.analyze(recording, LatencyOptions.by(GroupBy.PROCESS)))
                : Optional.empty();
        return new FindingInputs(summary, mailboxes, latency, List.of(), recording.pauses(), Optional.empty());
    }

    @Test
    void scoreRampPassesThroughItsPoints() {
        ScoreRamp ramp = new ScoreRamp(10, 100);
        assertEquals(0, ramp.score(0));
        assertEquals(0, ramp.score(-5));
        assertEquals(0, ramp.score(Double.NaN));
        assertEquals(13, ramp.score(5)); // 12.5 rounds up
        assertEquals(25, ramp.score(10));
        assertEquals(50, ramp.score(55));
        assertEquals(75, ramp.score(100));
        assertEquals(88, ramp.score(150)); // 87.5
        assertEquals(100, ramp.score(200));
        assertEquals(100, ramp.score(1e9));
        assertEquals(FindingLevel.OK, FindingLevel.of(24));
        assertEquals(FindingLevel.INFO, FindingLevel.of(25));
        assertEquals(FindingLevel.INFO, FindingLevel.of(74));
        assertEquals(FindingLevel.WARNING, FindingLevel.of(75));
    }

    @Test
    void mailboxBacklogPeakDrainAndWait() {
        Scenario s = new Scenario(0, SECOND);
        int sender = s.process("main");
        int guild = s.process("guild");
        // Three messages in at 100, 110 and 120 ms, out at 200, 250 and 300 ms: waits 100, 140, 180 ms;
        // 420 message-milliseconds queued over 1 s is a mean depth of 0.42.
        s.message(sender, guild, "guild", "Post", 100 * MS, 200 * MS)
                .message(sender, guild, "guild", "Post", 110 * MS, 250 * MS)
                .message(sender, guild, "guild", "Post", 120 * MS, 300 * MS);
        List<Finding> findings = new MailboxBacklogRule().evaluate(inputs(s.build()));
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        // p99 = 180 ms: 75 + 25 × (180 - 100) / 100 = 95.
        assertEquals(95, finding.score());
        assertEquals(FindingLevel.WARNING, finding.level());
        assertEquals("Mailbox guild peaked at 3 messages at +0.12 s and took 180 ms to drain; messages waited up to "
                + "180 ms (p99 180 ms).", finding.statement());
        assertEquals("mailboxes", finding.section());
        assertEquals(100 * MS, finding.fromNanos());
        assertEquals(300 * MS, finding.toNanos());
        assertTrue(finding.evidence().contains("3 in, 3 out, 0 left at the end; mean depth 0.42 messages"),
                finding.evidence().toString());
    }

    @Test
    void mailboxNeverDrainedScoresAtLeastInfoAndSingleMessagesAreQuiet() {
        Scenario s = new Scenario(0, SECOND);
        int sender = s.process("main");
        int worker = s.process("worker");
        int idle = s.process("idle");
        s.message(sender, worker, "jobs", "Job", 100 * MS, Scenario.NEVER)
                .message(sender, worker, "jobs", "Job", 200 * MS, Scenario.NEVER)
                .message(sender, idle, "idle", "Ping", 300 * MS, 301 * MS);
        List<Finding> findings = new MailboxBacklogRule().evaluate(inputs(s.build()));
        assertEquals(1, findings.size(), "a mailbox that never held two messages says nothing");
        assertEquals(25, findings.get(0).score());
        assertEquals("Mailbox jobs of worker peaked at 2 messages at +0.20 s; 2 never left it.",
                findings.get(0).statement());
    }

    @Test
    void schedulerLatencyTailAgainstTheMedian() {
        Scenario s = new Scenario(0, SECOND);
        int worker = s.process("worker");
        // Ten wake-ups: nine wait 1 ms, one 20 ms. p99 (nearest rank) = 20 ms.
        for (int i = 0; i < 10; i++) {
            long runnable = i * 50 * MS;
            long wait = i == 7 ? 20 * MS : MS;
            s.interval(worker, 0, runnable, runnable + wait, runnable + wait + MS);
        }
        List<Finding> findings = new SchedulerLatencyRule().evaluate(inputs(s.build()));
        assertEquals(1, findings.size());
        // 20 ms is twice the warning point 10 ms: 100.
        assertEquals(100, findings.get(0).score());
        assertEquals("Scheduler latency p99 of worker was 20.0 ms, 20× the median (scheduler-wakeup).",
                findings.get(0).statement());
        assertEquals("latency", findings.get(0).section());
    }

    @Test
    void schedulerLatencyNeedsTenWaits() {
        Scenario s = new Scenario(0, SECOND);
        int worker = s.process("worker");
        for (int i = 0; i < 9; i++) {
            s.interval(worker, 0, i * 50 * MS, i * 50 * MS + 30 * MS, i * 50 * MS + 31 * MS);
        }
        assertEquals(List.of(), new SchedulerLatencyRule().evaluate(inputs(s.build())));
    }

    @Test
    void lockWaitsAsShareOfTheBlockedThreadsWallTime() {
        Scenario s = new Scenario(0, SECOND);
        int a = s.process("a");
        int b = s.process("b");
        s.lock(a, 100 * MS, 100 * MS).lock(b, 200 * MS, 300 * MS);
        List<Finding> findings = new LockWaitRule().evaluate(inputs(s.build()));
        assertEquals(1, findings.size());
        // 400 ms / (2 threads × 1 s) = 20%: 25 + 50 × (0.20 - 0.05) / 0.20 = 62.5, rounded 63.
        assertEquals(63, findings.get(0).score());
        assertEquals("Lock contention took 20% of the wall time of the 2 threads that blocked (400 ms in all; b 300 ms).",
                findings.get(0).statement());
        // Counts said once, in the singular where one: "1 wait", not "1 waits".
        assertEquals("b: 1 wait, 300 ms, max 300 ms", findings.get(0).evidence().get(1));
    }

    @Test
    void idleWorkersAreNoLockWaits() {
        Scenario s = new Scenario(0, SECOND);
        int worker = s.process("pool-1-thread-1");
        // A second parked in ThreadPoolExecutor.getTask: idle, so no finding about lock waits.
        s.lockWait(worker, 100 * MS, 900 * MS, "jdk.internal.misc.Unsafe.park", "java.util.concurrent.locks.LockSupport.park",
                "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.await",
                "java.util.concurrent.LinkedBlockingQueue.take", "java.util.concurrent.ThreadPoolExecutor.getTask");
        assertEquals(List.of(), new LockWaitRule().evaluate(inputs(s.build())));
    }

    @Test
    void gcPausesAsShareOfWallTimeWithTheLongestAsEvidence() {
        Scenario s = new Scenario(0, 10 * SECOND);
        int app = s.process("app");
        // GC pauses of 100, 300 and 200 ms: 600 ms of 10 s is 6%; safepoints do not count.
        s.pause(PauseKind.GC, -1, SECOND, 100 * MS)
                .pause(PauseKind.GC, -1, 4 * SECOND, 300 * MS)
                .pause(PauseKind.GC, -1, 7 * SECOND, 200 * MS)
                .pause(PauseKind.SAFEPOINT, -1, 2 * SECOND, 900 * MS)
                .pause(PauseKind.TIME_TO_SAFEPOINT, app, 3 * SECOND, 900 * MS);
        Recording recording = s.build();
        RecordingSummary summary = SummaryAnalyzer.summarize("test", recording);
        List<Finding> findings = new GcPauseRule().evaluate(new FindingInputs(summary, Optional.empty(),
                Optional.empty(), List.of(), recording.pauses(), Optional.empty()));
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        // 6%: 25 + 50 × (0.06 - 0.02) / 0.08 = 50.
        assertEquals(50, finding.score());
        assertEquals("gc-pauses", finding.rule());
        assertEquals("timeline", finding.section());
        assertEquals("GC pauses stopped the application for 6.0% of the recording's wall time (3 pauses, 600 ms in "
                + "all; the longest 300 ms).", finding.statement());
        assertEquals("longest pause: 300 ms at +4.00 s", finding.evidence().get(0));
        assertEquals("3 GC pauses over 10.00 s of recording: mean 200 ms", finding.evidence().get(1));
        assertEquals(4 * SECOND, finding.fromNanos());
        assertEquals(4 * SECOND + 300 * MS, finding.toNanos());
    }

    @Test
    void gcPausesSayNothingWithoutGcPauses() {
        Scenario s = new Scenario(0, SECOND);
        s.pause(PauseKind.SAFEPOINT, -1, 100 * MS, 500 * MS);
        Recording recording = s.build();
        RecordingSummary summary = SummaryAnalyzer.summarize("test", recording);
        assertEquals(List.of(), new GcPauseRule().evaluate(new FindingInputs(summary, Optional.empty(),
                Optional.empty(), List.of(), recording.pauses(), Optional.empty())));
        assertEquals(List.of(), new GcPauseRule().evaluate(inputs(new Scenario(0, SECOND).build())));
    }

    @Test
    void criticalPathQueueWaitPerConsumingProcess() {
        Recording recording = new Scenario(0, SECOND).build();
        RecordingSummary summary = SummaryAnalyzer.summarize("test", recording);
        // 10 paths, 1,000 ms of critical path; session's part is 400 ms, 300 ms of it queue wait.
        CriticalPathReport report = new CriticalPathReport(dev.flightpath.analyzers.criticalpath.GroupBy.PROCESS, 10, 10, 1000 * MS, false, List.of(
                new Contribution("db", 600 * MS, 0.6, 10, 60 * MS, 70 * MS, 80 * MS, 600 * MS, 0, 0),
                new Contribution("session", 400 * MS, 0.4, 10, 40 * MS, 50 * MS, 55 * MS, 100 * MS, 0, 300 * MS)),
                List.of());
        List<Finding> findings = new CriticalPathQueueWaitRule().evaluate(new FindingInputs(summary, Optional.empty(),
                Optional.empty(), List.of(), recording.pauses(), Optional.of(report)));
        assertEquals(1, findings.size(), "db has no queue wait");
        Finding finding = findings.get(0);
        // 300 ms of 1,000 ms is 30%: 75 + 25 × (0.30 - 0.25) / 0.25 = 80.
        assertEquals(80, finding.score());
        assertEquals("critical-path", finding.section());
        assertEquals("Process session spends 75% of its critical path waiting in mailboxes (300 ms, 30% of all "
                + "critical-path time).", finding.statement());
        assertEquals("session on 10 of 10 paths: 400 ms of critical path, self 100 ms, running 0 ns, queue wait 300 ms",
                finding.evidence().get(0));
        assertEquals(List.of(), new CriticalPathQueueWaitRule().evaluate(inputs(recording)));
    }

    @Test
    void hotMethodShareAndFewSamplesCap() {
        Recording recording = new Scenario(0, SECOND).build();
        RecordingSummary summary = SummaryAnalyzer.summarize("test", recording);
        HotMethods many = new HotMethods(SampleKind.CPU, "samples", 100, 100,
                List.of(new HotMethod("com.acme.Parser.parse", 31, 50), new HotMethod("x.Y.z", 20, 20)));
        List<Finding> findings = new HotMethodRule().evaluate(
                new FindingInputs(summary, Optional.empty(), Optional.empty(), List.of(many)));
        // 31%: 75 + 25 × (0.31 - 0.30) / 0.30 = 75.8, rounded 76.
        assertEquals(76, findings.get(0).score());
        assertEquals("Method com.acme.Parser.parse used 31% of CPU samples (31 of 100).", findings.get(0).statement());
        assertEquals("flame", findings.get(0).section());

        HotMethods few = new HotMethods(SampleKind.CPU, "samples", 40, 40, List.of(new HotMethod("a.B.c", 20, 20)));
        assertEquals(24, new HotMethodRule().evaluate(
                new FindingInputs(summary, Optional.empty(), Optional.empty(), List.of(few))).get(0).score());
        HotMethods alloc = new HotMethods(SampleKind.ALLOC, "samples", 400, 400, List.of(new HotMethod("a.B.c", 200, 200)));
        assertEquals(List.of(), new HotMethodRule().evaluate(
                new FindingInputs(summary, Optional.empty(), Optional.empty(), List.of(alloc))), "CPU and wall only");
    }

    @Test
    void dataQualityTruncatedDroppedAndWarnings() {
        Recording recording = new Recording(
                new RecordingInfo(InputFormat.JFR, "2.1", "", "", 0, SECOND, 1, true),
                Map.of("jdk.ExecutionSample", 980L), List.of(), List.of(),
                MessageTable.empty(), SchedulingTable.empty(),
                new StackTable.Builder().build(), SampleTable.empty(), 20,
                List.of(new LoadWarning("odd", "odd records", 3)));
        List<Finding> findings = new DataQualityRule().evaluate(inputs(recording));
        assertEquals(3, findings.size());
        assertEquals(50, findings.get(0).score());
        // 20 / (980 + 20) = 2%: 25 + 50 × (0.02 - 0.001) / 0.049 = 44.4, rounded 44.
        assertEquals(44, findings.get(1).score());
        assertEquals("The recorder dropped 20 events (2.0%): counts and depths are lower bounds.",
                findings.get(1).statement());
        assertEquals(10, findings.get(2).score());
        assertEquals(List.of("3 × odd records"), findings.get(2).evidence());
    }

    @Test
    void dataQualitySaysEachWarningsCountOnce() {
        // The loaders' own wordings: the BEAM's unmatched receives and JFR's unpaired safepoints
        // start with their count, a span loader's first message adds "(and N more)".
        assertEquals("14 receive events match no traced send",
                DataQualityRule.evidence(new LoadWarning("receive-without-send",
                        "14 receive events match no traced send", 14)));
        assertEquals("1 jdk.SafepointBegin and 0 jdk.SafepointEnd event(s) have no other half",
                DataQualityRule.evidence(new LoadWarning("safepoint-unpaired",
                        "1 jdk.SafepointBegin and 0 jdk.SafepointEnd event(s) have no other half", 1)));
        assertEquals("span 'a' has no parent (and 4 more)",
                DataQualityRule.evidence(new LoadWarning("orphan-span", "span 'a' has no parent (and 4 more)", 5)));
        assertEquals("2,000 × records that are not trace messages were skipped",
                DataQualityRule.evidence(new LoadWarning("unknown-term",
                        "records that are not trace messages were skipped", 2000)));
    }

    @Test
    void findingsAreRankedByScore() {
        Scenario s = new Scenario(0, SECOND);
        int sender = s.process("main");
        int guild = s.process("guild");
        s.message(sender, guild, "guild", "Post", 100 * MS, 200 * MS)
                .message(sender, guild, "guild", "Post", 110 * MS, 250 * MS)
                .lock(sender, 100 * MS, 10 * MS);
        List<Finding> findings = FindingsAnalyzer.standard().evaluate(inputs(s.build()));
        assertEquals(List.of("mailbox-backlog", "lock-waits"), findings.stream().map(Finding::rule).toList());
        assertTrue(findings.get(0).score() >= findings.get(1).score());
    }
}
