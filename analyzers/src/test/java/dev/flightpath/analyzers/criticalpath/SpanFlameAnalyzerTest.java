package dev.flightpath.analyzers.criticalpath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.FlameWindows;
import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.analyzers.flame.FoldedStack;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SpanKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanFlameAnalyzerTest {
    @Test
    void criticalPathTimeBySpanNameStackWithQueueWaitFrames() {
        Recording r = new SpanRecording()
                .trace("a").named("R", "", "root", 0, 100).add("P", "R", "send", 10, 20, SpanKind.PRODUCER, List.of())
                .add("C", "P", "handle", 50, 90, SpanKind.CONSUMER, List.of()).named("D", "C", "db", 60, 70)
                .named("X", "R", "never on the path", 12, 85)
                .trace("b").weight(2.0).named("S", "", "root", 0, 10)
                .build();
        FlameTree tree = SpanFlameAnalyzer.build(r);
        // Path a: root 0-10, send 10-20, queue-wait 20-50, handle 50-60, db 60-70, handle 70-90, root 90-100
        // X [12,85] ends after the cursor once the path is in the consumer, so it is never on it. Path b counts twice.
        assertEquals(List.of(new FoldedStack("root", 20 + 20), new FoldedStack("root;handle", 30),
                new FoldedStack("root;handle;[queue-wait]", 30), new FoldedStack("root;handle;db", 10),
                new FoldedStack("root;send", 10)), tree.collapsed());
        assertEquals(120, tree.totalWeight());
        assertEquals(2, tree.sampleCount());
    }

    @Test
    void windowedWeightsGoToTheWindowOfTheRootStart() {
        Recording r = new SpanRecording()
                .trace("a").named("R", "", "root", 0, 100).add("P", "R", "send", 10, 20, SpanKind.PRODUCER, List.of())
                .add("C", "P", "handle", 50, 90, SpanKind.CONSUMER, List.of()).named("D", "C", "db", 60, 70)
                .trace("b").weight(2.0).named("S", "", "root", 1_000, 1_010)
                .build();
        FlameWindows windowed = SpanFlameAnalyzer.buildWindowed(r, CriticalPathOptions.defaults(),
                new TimeWindows(0, 500, 4));
        FlameTree tree = windowed.tree();
        assertEquals(SpanFlameAnalyzer.build(r).collapsed(), tree.collapsed());
        // Path a (root starts at 0) is all in window 0; path b (root at 1,000 ns) in window 2, weighted twice.
        assertEquals(120, windowed.totalsIn(0, 4)[0]);
        assertEquals(100, windowed.totalsIn(0, 1)[0]);
        assertEquals(20, windowed.totalsIn(2, 3)[0]);
        assertEquals(0, windowed.totalsIn(1, 2)[0]);
        long[] all = windowed.totalsIn(0, 4);
        for (int node = 0; node < tree.nodeCount(); node++) {
            assertEquals(tree.total(node), all[node], "node " + node);
        }
    }
}
