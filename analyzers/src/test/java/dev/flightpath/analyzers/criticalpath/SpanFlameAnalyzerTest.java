package dev.flightpath.analyzers.criticalpath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.analyzers.flame.FlameTree;
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
}
