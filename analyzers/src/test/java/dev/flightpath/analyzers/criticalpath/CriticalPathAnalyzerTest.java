package dev.flightpath.analyzers.criticalpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SpanKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed critical paths; each segment is written "span kind start-end". */
class CriticalPathAnalyzerTest {

    private static List<String> segments(TracePath path) {
        List<String> out = new ArrayList<>();
        for (PathSegment s : path.segments()) {
            out.add(s.spanId() + " " + s.kind().cliName() + " " + s.startNanos() + "-" + s.endNanos());
        }
        return out;
    }

    private static TracePath only(Recording recording) {
        List<TracePath> paths = CriticalPathAnalyzer.paths(recording);
        assertEquals(1, paths.size(), "paths");
        return paths.get(0);
    }

    @Test
    void sequentialChildrenAreAllOnThePathEvenWhenTheyTouch() {
        Recording r = new SpanRecording().span("R", "", 0, 100).span("A", "R", 10, 40).span("B", "R", 40, 90).build();
        assertEquals(List.of("R self 0-10", "A self 10-40", "B self 40-90", "R self 90-100"), segments(only(r)));
    }

    @Test
    void parallelChildrenTheLastFinishingWins() {
        Recording r = new SpanRecording().span("R", "", 0, 100).span("A", "R", 10, 80).span("B", "R", 20, 60).build();
        // B lies inside A's time: once the path is in A (cursor 10), B ends after the cursor and is not counted.
        assertEquals(List.of("R self 0-10", "A self 10-80", "R self 80-100"), segments(only(r)));
    }

    @Test
    void overlappingSiblingsAreNotBothCountedAndTheParentIsRunningMeanwhile() {
        Recording r = new SpanRecording().span("R", "", 0, 100).span("A", "R", 10, 60).span("B", "R", 50, 90).build();
        assertEquals(List.of("R self 0-10", "R running 10-50", "B self 50-90", "R self 90-100"), segments(only(r)));
    }

    @Test
    void nestedChildrenAndSelfTimeBetweenThem() {
        Recording r = new SpanRecording().span("R", "", 0, 100).span("A", "R", 10, 90).span("A1", "A", 20, 30)
                .span("A2", "A", 50, 70).build();
        assertEquals(List.of("R self 0-10", "A self 10-20", "A1 self 20-30", "A self 30-50", "A2 self 50-70",
                "A self 70-90", "R self 90-100"), segments(only(r)));
    }

    @Test
    void asyncFanOutConsumersAreSiblingsOfTheirProducersWithQueueWait() {
        Recording r = new SpanRecording().span("R", "", 0, 100)
                .span("P1", "R", 10, 20, SpanKind.PRODUCER).span("P2", "R", 20, 30, SpanKind.PRODUCER)
                .span("C1", "P1", 25, 60, SpanKind.CONSUMER).span("C2", "P2", 40, 120, SpanKind.CONSUMER).build();
        // C2 outlives R: cut at R's end (100). It waited in the mailbox from P2's end (30) to its start (40).
        assertEquals(List.of("R self 0-10", "P1 self 10-20", "P2 self 20-30", "C2 queue-wait 30-40",
                "C2 self 40-100"), segments(only(r)));
    }

    @Test
    void requestReplyHopThroughTheProducer() {
        Recording r = new SpanRecording().span("R", "", 0, 100).span("P", "R", 10, 20, SpanKind.PRODUCER)
                .span("C", "P", 50, 90, SpanKind.CONSUMER).span("C1", "C", 60, 70).build();
        assertEquals(List.of("R self 0-10", "P self 10-20", "C queue-wait 20-50", "C self 50-60", "C1 self 60-70",
                "C self 70-90", "R self 90-100"), segments(only(r)));
    }

    @Test
    void aConsumerThatStartsBeforeItsProducerEndsWaitsOnlyForThePartBeforeItsStart() {
        Recording r = new SpanRecording().span("R", "", 0, 100).span("P", "R", 10, 60, SpanKind.PRODUCER)
                .span("C", "P", 40, 90, SpanKind.CONSUMER).build();
        assertEquals(List.of("R self 0-10", "P self 10-40", "C self 40-90", "R self 90-100"), segments(only(r)));
    }

    @Test
    void followsFromInTheSameTraceIsAHopWhenItStartsWithinThePredecessorsContainer() {
        Recording r = new SpanRecording().span("A", "", 0, 100).span("B", "A", 10, 30)
                .linked("F", "", 40, 80, SpanKind.INTERNAL, "t1", "B", LinkKind.FOLLOWS_FROM).build();
        assertEquals(List.of("A self 0-10", "B self 10-30", "F queue-wait 30-40", "F self 40-80", "A self 80-100"),
                segments(only(r)));
    }

    @Test
    void followsFromAfterTheContainerEndsIsItsOwnRootWithAnUpstreamHop() {
        Recording r = new SpanRecording().span("A", "", 0, 100).span("B", "A", 10, 30)
                .linked("F", "", 150, 180, SpanKind.INTERNAL, "t1", "B", LinkKind.FOLLOWS_FROM).build();
        List<TracePath> paths = CriticalPathAnalyzer.paths(r);
        assertEquals(2, paths.size());
        assertEquals(List.of("A self 0-10", "B self 10-30", "A self 30-100"), segments(paths.get(0)));
        assertEquals(List.of("F self 150-180"), segments(paths.get(1)));
        assertEquals(new Upstream("t1", "B", "B", 120), paths.get(1).upstream());
    }

    @Test
    void linkedConsumerInAnotherTraceStaysInItsOwnTraceAndReportsTheHop() {
        Recording r = new SpanRecording().trace("tx").span("P", "", 0, 10, SpanKind.PRODUCER)
                .trace("ty").linked("C", "", 30, 50, SpanKind.CONSUMER, "tx", "P", LinkKind.LINK)
                .span("C1", "C", 35, 45).build();
        List<TracePath> paths = CriticalPathAnalyzer.paths(r);
        assertEquals(2, paths.size());
        assertEquals(List.of("P self 0-10"), segments(paths.get(0)));
        assertNull(paths.get(0).upstream());
        assertEquals(List.of("C self 30-35", "C1 self 35-45", "C self 45-50"), segments(paths.get(1)));
        assertEquals(new Upstream("tx", "P", "P", 20), paths.get(1).upstream());
    }

    @Test
    void clockSkewChildrenAreClampedIntoTheirParentAndThoseOutsideDropped() {
        Recording r = new SpanRecording().span("R", "", 0, 100).span("A", "R", -10, 30).span("B", "R", 90, 120)
                .span("C", "R", 110, 130).build();
        assertEquals(List.of("A self 0-30", "R self 30-90", "B self 90-100"), segments(only(r)));
    }

    @Test
    void orphansAreRootsOfTheirOwnPaths() {
        Recording r = new SpanRecording().span("R", "", 0, 50).span("O", "missing", 10, 20).span("O1", "O", 12, 18)
                .build();
        List<TracePath> paths = CriticalPathAnalyzer.paths(r);
        assertEquals(2, paths.size());
        assertEquals(List.of("R self 0-50"), segments(paths.get(0)));
        assertEquals(List.of("O self 10-12", "O1 self 12-18", "O self 18-20"), segments(paths.get(1)));
    }

    @Test
    void aParentCycleInBadDataIsCutNotLoopedOver() {
        Recording r = new SpanRecording().span("A", "B", 0, 10).span("B", "A", 0, 10).build();
        List<TracePath> paths = CriticalPathAnalyzer.paths(r);
        assertEquals(1, paths.size());
        assertEquals(10, paths.get(0).segments().stream().mapToLong(PathSegment::durationNanos).sum());
    }

    @Test
    void zeroLengthRootHasNoSegments() {
        Recording r = new SpanRecording().span("R", "", 5, 5).span("A", "R", 5, 5).build();
        assertEquals(List.of(), segments(only(r)));
    }

    @Test
    void aggregatesPerOperationWithWeightsAndPercentiles() {
        Recording r = new SpanRecording()
                .trace("a").named("a1", "", "root", 0, 100).named("a2", "a1", "db", 10, 90)
                .trace("b").weight(2.0).named("b1", "", "root", 0, 50).named("b2", "b1", "db", 10, 20)
                .build();
        CriticalPathReport report = CriticalPathAnalyzer.analyze(r, CriticalPathOptions.defaults());
        assertEquals(2, report.paths());
        assertEquals(true, report.estimated());
        assertEquals(100 + 2 * 50, report.totalNanos());
        Contribution db = report.contributions().get(0);
        assertEquals("db", db.name());
        assertEquals(80 + 2 * 10, db.totalNanos());
        assertEquals(0.5, db.share(), 1e-12);
        assertEquals(2, db.traces());
        // Per-path contributions 80 (weight 1) and 10 (weight 2): the median is 10, p95 and p99 are 80.
        assertEquals(10, db.p50Nanos());
        assertEquals(80, db.p95Nanos());
        assertEquals(80, db.p99Nanos());
        Contribution root = report.contributions().get(1);
        assertEquals("root", root.name());
        assertEquals(20 + 2 * 40, root.totalNanos());
        assertEquals(List.of("a", "b"), report.slowest().stream().map(TracePath::traceId).toList());
    }

    @Test
    void onlyTheChosenTrace() {
        Recording r = new SpanRecording().trace("a").span("a1", "", 0, 100).trace("b").span("b1", "", 0, 50).build();
        CriticalPathReport report = CriticalPathAnalyzer.analyze(r, new CriticalPathOptions("b", GroupBy.OPERATION, 5));
        assertEquals(1, report.paths());
        assertEquals("b", report.slowest().get(0).traceId());
        assertEquals(50, report.totalNanos());
    }

    @Test
    void onlyThePathsWhoseRootStartsInTheRange() {
        Recording r = new SpanRecording().trace("a").span("a1", "", 0, 100).trace("b").span("b1", "", 100, 150)
                .trace("c").span("c1", "", 200, 230).build();
        // [100, 200): b starts at its start (in), c at its end (out), a before it although it lasts into it.
        CriticalPathReport report = CriticalPathAnalyzer.analyze(r, CriticalPathOptions.defaults().withRange(100, 200));
        assertEquals(1, report.paths());
        assertEquals(50, report.totalNanos());
        assertEquals(List.of("b"), report.slowest().stream().map(TracePath::traceId).toList());
        FlameTree flame = SpanFlameAnalyzer.buildWindowed(r, CriticalPathOptions.defaults().withRange(100, 200),
                new TimeWindows(0, 100, 3)).tree();
        assertEquals(1, flame.sampleCount());
        assertEquals(50, flame.totalWeight());
    }
}
