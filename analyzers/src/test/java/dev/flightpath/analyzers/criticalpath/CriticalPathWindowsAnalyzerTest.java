package dev.flightpath.analyzers.criticalpath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.analyzers.timeline.LogBuckets;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SpanKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Four windows of 1000 ns and four paths, computed by hand:
 * <pre>
 * a  window 0  root 0-100,     db 10-90                      root self 20, db self 80
 * b  window 1  root 1000-1050, db 1010-1020, weight 2        root self 40, db self 10 (each counted twice)
 * c  window 1  root 1500-1800, cache 1510-1560, db 1550-1700 root self 110, running 40 (cache runs), db self 150
 * d  window 3  root 3000-3100, send 3010-3020 (producer), db 3040-3090 (its consumer)
 *                                                            root self 20, send self 10, db queue-wait 20, self 50
 * </pre>
 */
class CriticalPathWindowsAnalyzerTest {
    private static final TimeWindows WINDOWS = new TimeWindows(0, 1000, 4);

    private static Recording recording() {
        return new SpanRecording()
                .trace("a").named("a1", "", "root", 0, 100).named("a2", "a1", "db", 10, 90)
                .trace("b").weight(2.0).named("b1", "", "root", 1000, 1050).named("b2", "b1", "db", 1010, 1020)
                .trace("c").weight(1.0).named("c1", "", "root", 1500, 1800).named("c2", "c1", "cache", 1510, 1560)
                .named("c3", "c1", "db", 1550, 1700)
                .trace("d").named("d1", "", "root", 3000, 3100)
                .add("d2", "d1", "send", 3010, 3020, SpanKind.PRODUCER, List.of())
                .add("d3", "d2", "db", 3040, 3090, SpanKind.CONSUMER, List.of())
                .build();
    }

    private static CriticalPathWindows windows(Recording r, List<String> operations) {
        return CriticalPathWindowsAnalyzer.analyze(r, new CriticalPathOptions(null, GroupBy.OPERATION, 1), WINDOWS,
                operations, 4, 1);
    }

    private static OperationWindows operation(CriticalPathWindows w, String name) {
        return w.operations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void pathsAndDurationsPerWindowOfTheRootStart() {
        CriticalPathWindows w = windows(recording(), List.of("db", "root", "send"));
        assertArrayEquals(new long[] {1, 2, 0, 1}, w.paths());
        assertArrayEquals(new double[] {100, 2 * 50 + 300, 0, 100}, w.durationNanos());
        OperationWindows db = operation(w, "db");
        assertArrayEquals(new long[] {1, 2, 0, 1}, db.paths());
        assertArrayEquals(new double[] {80, 2 * 10 + 150, 0, 50}, db.selfNanos());
        assertArrayEquals(new double[] {0, 0, 0, 20}, db.queueWaitNanos());
        OperationWindows root = operation(w, "root");
        assertArrayEquals(new double[] {20, 2 * 40 + 110, 0, 20}, root.selfNanos());
        assertArrayEquals(new double[] {0, 40, 0, 0}, root.runningNanos());
        assertArrayEquals(new long[] {0, 0, 0, 1}, operation(w, "send").paths());
    }

    @Test
    void sumsOverAllWindowsAreTheAggregate() {
        Recording r = recording();
        CriticalPathReport report = CriticalPathAnalyzer.analyze(r, CriticalPathOptions.defaults());
        List<String> names = report.contributions().stream().map(Contribution::name).toList();
        assertEquals(List.of("db", "root", "send"), names, "cache is never on a path");
        CriticalPathWindows w = windows(r, names);
        long paths = 0;
        double duration = 0;
        for (int i = 0; i < WINDOWS.count(); i++) {
            paths += w.paths()[i];
            duration += w.durationNanos()[i];
        }
        assertEquals(report.paths(), paths);
        assertEquals(report.totalNanos(), Math.round(duration));
        for (Contribution c : report.contributions()) {
            OperationWindows o = operation(w, c.name());
            double self = 0, running = 0, queueWait = 0;
            long onPaths = 0;
            for (int i = 0; i < WINDOWS.count(); i++) {
                self += o.selfNanos()[i];
                running += o.runningNanos()[i];
                queueWait += o.queueWaitNanos()[i];
                onPaths += o.paths()[i];
            }
            assertEquals(c.selfNanos(), Math.round(self), c.name());
            assertEquals(c.runningNanos(), Math.round(running), c.name());
            assertEquals(c.queueWaitNanos(), Math.round(queueWait), c.name());
            assertEquals(c.totalNanos(), Math.round(self + running + queueWait), c.name());
            assertEquals(c.traces(), onPaths, c.name());
        }
        assertEquals(320, report.contributions().get(0).totalNanos());
    }

    @Test
    void aSelectionOfWindowsHasItsOwnFigures() {
        CriticalPathWindows w = windows(recording(), List.of("db", "root"));
        // Window 1 alone: paths b (weight 2) and c; 400 ns of path.
        OperationWindows db = operation(w, "db");
        assertEquals(2, db.paths()[1]);
        assertEquals(170, db.totalNanos(1));
        assertEquals(0.425, db.totalNanos(1) / w.durationNanos()[1], 1e-12);
        assertEquals(230, operation(w, "root").totalNanos(1));
        // Its per-path parts 10 (weight 2, so 2000 thousandths) and 150 (1000): the median is 10, read
        // as its bucket's top (12 ns, within one bucket); p95 is 150, capped at the exact max.
        assertArrayEquals(new long[] {0, LogBuckets.of(80), 1000, 1, LogBuckets.of(10), 2000,
            1, LogBuckets.of(150), 1000, 3, LogBuckets.of(50 + 20), 1000}, db.perPath().cells());
        assertEquals(12, db.perPath().percentileNanos(1, 50));
        assertEquals(150, db.perPath().percentileNanos(1, 95));
    }

    @Test
    void keepsTheSlowestOverallAndPerGroupOnce() {
        CriticalPathWindows w = windows(recording(), List.of("db"));
        // c is the slowest overall and of window 1; a and d (100 ns each) of theirs.
        assertEquals(List.of("c", "a", "d"), w.slowest().stream().map(TracePath::traceId).toList());
    }

    @Test
    void keepingOrderIsTheSlowestOverallThenEachGroupsFirstThenTheirSeconds() {
        // Two groups of two windows; the slowest overall is a; per group the 2 slowest.
        CriticalPathWindows w = CriticalPathWindowsAnalyzer.analyze(recording(),
                new CriticalPathOptions(null, GroupBy.OPERATION, 1), WINDOWS, List.of("db"), 2, 2);
        // Group 0 (windows 0-1): c 300, a 100, b 50. Group 1 (windows 2-3): d 100.
        // Overall slowest: c. Then the groups' slowest: c (kept already), d; then their seconds: a.
        assertEquals(List.of("c", "d", "a"), w.slowest().stream().map(TracePath::traceId).toList());
    }

    @Test
    void operationsNotFollowedAreLeftOut() {
        CriticalPathWindows w = windows(recording(), List.of("send", "nowhere"));
        assertEquals(List.of("send", "nowhere"), w.operations().stream().map(OperationWindows::name).toList());
        assertArrayEquals(new long[4], operation(w, "nowhere").paths());
        assertArrayEquals(new long[] {1, 2, 0, 1}, w.paths(), "every path counts towards the windows' totals");
    }
}
