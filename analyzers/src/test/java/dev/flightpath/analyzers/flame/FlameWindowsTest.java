package dev.flightpath.analyzers.flame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import org.junit.jupiter.api.Test;

/** Self weights per time window: hand-computed on four windows of one second. */
class FlameWindowsTest {
    private static final long S = 1_000_000_000L;
    private static final TimeWindows FOUR_SECONDS = new TimeWindows(TestRecordings.START_NANOS, S, 4);

    /**
     * Second 0: main;a;b ×2, main;c ×1. Second 1: main;a ×1. Second 2: nothing. Second 3: main;a;b ×1,
     * main;c ×2, and one at 9 s (after the last window: counted in it).
     * The tree: all 8, main 8, a 4 (self 1), b 3, c 4.
     */
    private static Recording recording() {
        return new TestRecordings()
                .sample(0, "t", "main;a;b", SampleKind.CPU, 1)
                .sample(S / 2, "t", "main;a;b", SampleKind.CPU, 1)
                .sample(S - 1, "t", "main;c", SampleKind.CPU, 1)
                .sample(S, "t", "main;a", SampleKind.CPU, 1)
                .sample(3 * S, "t", "main;a;b", SampleKind.CPU, 1)
                .sample(3 * S + 5, "t", "main;c", SampleKind.CPU, 1)
                .sample(9 * S, "t", "main;c", SampleKind.CPU, 1)
                .build();
    }

    @Test
    void theTreeIsTheUnwindowedOneAndCellsAddUpToSelfWeights() {
        Recording recording = recording();
        FlameOptions options = FlameOptions.of(SampleKind.CPU);
        FlameWindows windows = FlameAnalyzer.buildWindowed(recording, options, FOUR_SECONDS);
        FlameTree tree = windows.tree();
        assertEquals(FlameAnalyzer.build(recording, options), tree);
        // Pre-order: 0 all, 1 main, 2 a, 3 b, 4 c.
        assertEquals("c", tree.name(4));
        assertArrayEquals(new long[] {
            2, 1, 1, // a: second 1
            3, 0, 2, 3, 3, 1, // b: seconds 0 and 3
            4, 0, 1, 4, 3, 2, // c: second 0, and 3 with the late sample
        }, windows.cells());
        long[] all = windows.selfIn(0, 4);
        for (int node = 0; node < tree.nodeCount(); node++) {
            assertEquals(tree.self(node), all[node], "node " + node);
        }
        assertArrayEquals(tree.nodeTotals(), windows.totalsIn(0, 4));
    }

    @Test
    void aRangeOfWindowsGivesTheNarrowedTree() {
        FlameWindows windows = FlameAnalyzer.buildWindowed(recording(), FlameOptions.of(SampleKind.CPU), FOUR_SECONDS);
        // Seconds 0 and 1: b 2, a 2 + 1 self = 3, c 1, main 4.
        assertArrayEquals(new long[] {4, 4, 3, 2, 1}, windows.totalsIn(0, 2));
        // Second 2 alone is empty; seconds 1 to 3: a 1 + b 1, c 2.
        assertArrayEquals(new long[] {0, 0, 0, 0, 0}, windows.totalsIn(2, 3));
        assertArrayEquals(new long[] {4, 4, 2, 1, 2}, windows.totalsIn(1, 4));
    }

    @Test
    void prunedNodesGiveTheirWeightToTheNearestKeptAncestor() {
        FlameWindows windows = FlameAnalyzer.buildWindowed(recording(), FlameOptions.of(SampleKind.CPU), FOUR_SECONDS);
        // Keep all, main and c: a and b fold into main (positions 0 all, 1 main, 2 c).
        long[] kept = windows.keptCells(new int[] {0, 1, 4});
        assertArrayEquals(new long[] {
            1, 0, 2, 1, 1, 1, 1, 3, 1, // main: b's 2 in second 0, a's 1 in second 1, b's 1 in second 3
            2, 0, 1, 2, 3, 2, // c unchanged
        }, kept);
    }

    @Test
    void coarserWindowsMergeNeighbours() {
        FlameWindows windows = FlameAnalyzer.buildWindowed(recording(), FlameOptions.of(SampleKind.CPU), FOUR_SECONDS);
        // Two windows of two seconds: b 2 + 0 and 0 + 1; c 1 and 2; a 1 and 0.
        assertArrayEquals(new long[] {2, 0, 1, 3, 0, 2, 3, 1, 1, 4, 0, 1, 4, 1, 2},
                FlameWindows.coarser(windows.cells(), 2));
    }

    @Test
    void weighingByValueSplitsValues() {
        Recording recording = new TestRecordings()
                .sample(0, "t", "main;x", SampleKind.ALLOC, 100)
                .sample(2 * S, "t", "main;x", SampleKind.ALLOC, 30)
                .build();
        FlameOptions byValue = new FlameOptions(SampleKind.ALLOC, true, Long.MIN_VALUE, Long.MAX_VALUE, false, null,
                java.util.List.of(), java.util.List.of(), false, false, false);
        FlameWindows windows = FlameAnalyzer.buildWindowed(recording, byValue, FOUR_SECONDS);
        assertArrayEquals(new long[] {2, 0, 100, 2, 2, 30}, windows.cells());
    }
}
