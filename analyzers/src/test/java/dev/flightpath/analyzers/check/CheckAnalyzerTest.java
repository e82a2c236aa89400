package dev.flightpath.analyzers.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.check.rules.RuleSet;
import dev.flightpath.analyzers.check.rules.RulesException;
import dev.flightpath.analyzers.check.rules.RulesParser;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.StackTable;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Verdicts on recordings made in code, where every number is known. */
class CheckAnalyzerTest {
    private static final long MS = 1_000_000L;
    private static final long START = 1_700_000_000_000_000_000L;

    /** One scheduling interval per latency, one every 10 ms, on process "worker" (or "other" for odd rows if split). */
    private static Recording latencies(long[] latencyNanos, boolean split) {
        SchedulingTable.Builder scheduling = new SchedulingTable.Builder();
        for (int i = 0; i < latencyNanos.length; i++) {
            long running = START + i * 10 * MS + latencyNanos[i];
            int process = split && i % 2 == 1 ? 1 : 0;
            scheduling.add(new SchedulingInterval(process, -1, running - latencyNanos[i], running, running + MS));
        }
        List<ProcessInfo> processes = List.of(new ProcessInfo(0, "1", "worker", ProcessKind.THREAD, ""),
                new ProcessInfo(1, "2", "other", ProcessKind.THREAD, ""));
        RecordingInfo info = new RecordingInfo(InputFormat.JFR, "2.1", "test", "", START,
                latencyNanos.length * 10 * MS + 10 * MS, 1, false);
        return new Recording(info, Map.of(), processes, List.of(), MessageTable.empty(), scheduling.build(),
                StackTable.empty(), SampleTable.empty(), 0, List.of());
    }

    private static long[] constant(int n, long value) {
        long[] values = new long[n];
        java.util.Arrays.fill(values, value);
        return values;
    }

    private static long[] noisy(int n, long mean, long spread, long seed) {
        Random random = new Random(seed);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = mean + (long) (random.nextDouble() * spread);
        }
        return values;
    }

    private static RuleSet rules(String yaml) throws RulesException {
        return RulesParser.parse(yaml);
    }

    @Test
    void absoluteLimitPassesAndFails() throws RulesException {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = (i + 1) * MS; // 1..100 ms: p(99) = 99 ms, max = 100 ms, avg = 50.5 ms
        }
        CheckResult result = CheckAnalyzer.evaluate(rules(
                "thresholds:\n  latency:\n    - p(99) < 100ms\n    - max < 100ms\n    - avg <= 50.5ms\n    - count > 99\n"),
                latencies(values, false), null);
        assertEquals(List.of(Verdict.PASS, Verdict.FAIL, Verdict.PASS, Verdict.PASS),
                result.results().stream().map(ConditionResult::verdict).toList());
        assertEquals(99 * MS, result.results().get(0).observed());
        assertEquals(100 * MS, result.results().get(1).observed());
        assertEquals(Verdict.FAIL, result.overall());
        assertEquals(Map.of("process", "worker", "category", "scheduler"), result.results().get(0).group());
    }

    @Test
    void groupsArePerProcessAndSelectorsFilter() throws RulesException {
        long[] values = new long[10];
        for (int i = 0; i < 10; i++) {
            values[i] = i % 2 == 1 ? 50 * MS : MS;
        }
        Recording recording = latencies(values, true);
        CheckResult all = CheckAnalyzer.evaluate(rules("thresholds:\n  latency:\n    - max < 10ms\n"), recording, null);
        assertEquals(2, all.results().size());
        assertEquals("other", all.results().get(0).group().get("process"));
        assertEquals(Verdict.FAIL, all.results().get(0).verdict());
        assertEquals(Verdict.PASS, all.results().get(1).verdict());
        CheckResult one = CheckAnalyzer.evaluate(rules("thresholds:\n  latency{process!=\"other\"}:\n    - max < 10ms\n"),
                recording, null);
        assertEquals(1, one.results().size());
        assertEquals(Verdict.PASS, one.overall());
    }

    @Test
    void tooFewEventsIsInconclusive() throws RulesException {
        CheckResult result = CheckAnalyzer.evaluate(rules(
                "thresholds:\n  latency:\n    conditions: [\"p(99) < 1s\"]\n    min_events: 100\n"),
                latencies(constant(12, MS), false), null);
        assertEquals(Verdict.INCONCLUSIVE, result.overall());
        assertTrue(result.results().get(0).message().contains("only 12 events"));
    }

    @Test
    void noDataFollowsThePolicy() throws RulesException {
        Recording recording = latencies(constant(5, MS), false);
        assertEquals(Verdict.FAIL, CheckAnalyzer.evaluate(rules(
                "thresholds:\n  mailbox.wait:\n    - p(99) < 1s\n"), recording, null).overall());
        assertEquals(Verdict.PASS, CheckAnalyzer.evaluate(rules(
                "thresholds:\n  mailbox.wait:\n    conditions: [\"p(99) < 1s\"]\n    on_no_data: pass\n"), recording, null).overall());
        CheckResult warned = CheckAnalyzer.evaluate(rules(
                "thresholds:\n  mailbox.wait:\n    conditions: [\"p(99) < 1s\"]\n    on_no_data: warn\n"), recording, null);
        assertEquals(Verdict.PASS, warned.overall());
        assertEquals(Verdict.WARN, warned.results().get(0).verdict());
    }

    @Test
    void warnSeverityDoesNotFail() throws RulesException {
        CheckResult result = CheckAnalyzer.evaluate(rules(
                "thresholds:\n  latency:\n    conditions: [\"max < 1ms\"]\n    severity: warn\n"),
                latencies(constant(20, 5 * MS), false), null);
        assertEquals(Verdict.WARN, result.results().get(0).verdict());
        assertEquals(Verdict.PASS, result.overall());
    }

    private static final String RELATIVE = "thresholds:\n  latency:\n    - p(50) <= baseline * 1.10 + 1ms\n"
            + "settings:\n  window: 100ms\n  min_windows: 5\n";

    @Test
    void aRealSlowdownFails() throws RulesException {
        Recording baseline = latencies(noisy(200, 10 * MS, 2 * MS, 1), false);
        Recording slower = latencies(noisy(200, 20 * MS, 2 * MS, 2), false);
        CheckResult result = CheckAnalyzer.evaluate(rules(RELATIVE), slower, baseline);
        ConditionResult condition = result.results().get(0);
        assertEquals(Verdict.FAIL, condition.verdict(), condition.message());
        assertTrue(condition.adjustedPValue() < 0.05);
        assertTrue(condition.delta() > 8 * MS && condition.delta() < 12 * MS, "Δ " + condition.delta());
        // The allowed change is 10% of the baseline's p50 + 1 ms, about 2 ms: the shift's interval lies above it.
        assertTrue(condition.shiftLow() > condition.limit() - condition.baseline(), "interval " + condition.shiftLow());
        assertTrue(condition.shift() > 8 * MS && condition.shift() < 12 * MS, "shift " + condition.shift());
        // Observations are at the running time, START + i * 10 ms + about 20 ms: 21 windows of 100 ms.
        assertEquals(21, condition.windows());
    }

    @Test
    void theSameWorkloadPasses() throws RulesException {
        Recording a = latencies(noisy(200, 10 * MS, 2 * MS, 3), false);
        Recording b = latencies(noisy(200, 10 * MS, 2 * MS, 4), false);
        assertEquals(Verdict.PASS, CheckAnalyzer.evaluate(rules(RELATIVE), b, a).overall());
    }

    @Test
    void exceededWithoutSignificanceIsInconclusive() throws RulesException {
        // Limit 10 ms * 1.10 + 1 ms = 12 ms; 12.5 ms exceeds it, but 30 events make only 3-4
        // windows each, fewer than min_windows.
        Recording baseline = latencies(noisy(30, 10 * MS, 0, 5), false);
        Recording current = latencies(noisy(30, 12_500_000L, 0, 6), false);
        CheckResult result = CheckAnalyzer.evaluate(rules(RELATIVE), current, baseline);
        assertEquals(Verdict.INCONCLUSIVE, result.overall());
        assertTrue(result.results().get(0).message().contains("windows"), result.results().get(0).message());
    }

    @Test
    void cpuShareCountsSamplesWithTheFrameOnTheStack() throws RulesException {
        StackTable.Builder stacks = new StackTable.Builder();
        int a = stacks.internFrame(new dev.flightpath.model.Frame("x.A.run", dev.flightpath.model.FrameType.JIT_COMPILED, 0));
        int b = stacks.internFrame(new dev.flightpath.model.Frame("x.B.parse", dev.flightpath.model.FrameType.JIT_COMPILED, 0));
        int c = stacks.internFrame(new dev.flightpath.model.Frame("y.C.idle", dev.flightpath.model.FrameType.NATIVE, 0));
        int ab = stacks.internStack(new int[] {b, a});
        int onlyA = stacks.internStack(new int[] {a});
        int onlyC = stacks.internStack(new int[] {c});
        SampleTable.Builder samples = new SampleTable.Builder();
        int[] order = {ab, onlyA, onlyC, ab};
        for (int i = 0; i < order.length; i++) {
            samples.add(START + i * MS, order[i], 0, dev.flightpath.model.SampleKind.CPU, 1);
        }
        samples.add(START, onlyC, 0, dev.flightpath.model.SampleKind.LOCK, 5 * MS); // not a CPU sample
        Recording recording = new Recording(new RecordingInfo(InputFormat.JFR, "2.1", "", "", START, 10 * MS, 1, false),
                Map.of(), List.of(new ProcessInfo(0, "1", "main", ProcessKind.THREAD, "")), List.of(),
                MessageTable.empty(), SchedulingTable.empty(), stacks.build(), samples.build(), 0, List.of());
        CheckResult result = CheckAnalyzer.evaluate(rules("thresholds:\n  cpu.share{frame=~\"x\\\\..*\"}:\n"
                + "    - value < 60%\n"), recording, null);
        assertEquals(2, result.results().size());
        assertEquals("x.A.run", result.results().get(0).group().get("frame"));
        assertEquals(0.75, result.results().get(0).observed(), 1e-12);
        assertEquals(Verdict.FAIL, result.results().get(0).verdict());
        assertEquals(0.5, result.results().get(1).observed(), 1e-12);
        assertEquals(Verdict.PASS, result.results().get(1).verdict());
    }

    @Test
    void holmCorrectionAppliesAcrossConditions() throws RulesException {
        Recording baseline = latencies(noisy(200, 10 * MS, 2 * MS, 7), false);
        Recording slower = latencies(noisy(200, 20 * MS, 2 * MS, 8), false);
        CheckResult result = CheckAnalyzer.evaluate(rules("thresholds:\n  latency:\n"
                + "    - p(50) <= baseline * 1.10 + 1ms\n    - p(90) <= baseline * 1.10 + 1ms\n"
                + "settings:\n  window: 100ms\n"), slower, baseline);
        for (ConditionResult condition : result.results()) {
            assertTrue(condition.adjustedPValue() >= condition.pValue());
            assertTrue(condition.adjustedPValue() <= Math.min(1, 2 * condition.pValue()) + 1e-12);
        }
    }
}
