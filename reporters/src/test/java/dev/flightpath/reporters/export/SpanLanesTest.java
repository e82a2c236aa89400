package dev.flightpath.reporters.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpanLanesTest {
    @Test
    void overlappingRequestsGoToASecondLaneAndChildrenStayWithTheirParent() {
        // a 0–10 with child b 2–5; c 4–8 overlaps b without nesting: second lane; d 11–12 back on lane 1.
        List<Span> spans = List.of(span("a", 0, 0, 10), span("b", 0, 2, 5), span("c", 0, 4, 8), span("d", 0, 11, 12));
        List<SpanLanes.Lane> lanes = SpanLanes.of(spans);
        assertEquals(2, lanes.size());
        assertEquals(List.of(0, 1, -2, -1, 3, -4), lanes.get(0).steps());
        assertEquals(List.of(2, -3), lanes.get(1).steps());
        assertEquals(1, lanes.get(1).lane());
    }

    @Test
    void everySpanOpensAndClosesOnceAndLanesNest() {
        Random random = new Random(20261203);
        for (int round = 0; round < 200; round++) {
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long start = random.nextInt(100);
                spans.add(span("s" + i, random.nextInt(3), start, start + random.nextInt(40)));
            }
            Set<Integer> opened = new HashSet<>();
            Set<Integer> closed = new HashSet<>();
            for (SpanLanes.Lane lane : SpanLanes.of(spans)) {
                List<Integer> open = new ArrayList<>();
                long time = Long.MIN_VALUE;
                for (int step : lane.steps()) {
                    int index = step >= 0 ? step : -step - 1;
                    Span span = spans.get(index);
                    assertEquals(lane.processId(), span.processId());
                    long at = step >= 0 ? span.startNanos() : span.endNanos();
                    assertTrue(at >= time, "steps in time order");
                    time = at;
                    if (step >= 0) {
                        assertTrue(opened.add(index));
                        if (!open.isEmpty()) {
                            assertTrue(spans.get(open.get(open.size() - 1)).endNanos() >= span.endNanos(), "nests");
                        }
                        open.add(index);
                    } else {
                        assertEquals(open.remove(open.size() - 1), index, "closes the innermost");
                        assertTrue(closed.add(index));
                    }
                }
                assertTrue(open.isEmpty());
            }
            assertEquals(spans.size(), opened.size());
            assertEquals(spans.size(), closed.size());
        }
    }

    @Test
    void microsecondsAreExactWithThreeDecimals() {
        assertEquals("0", ChromeTraceExporter.micros(0));
        assertEquals("1.500", ChromeTraceExporter.micros(1_500));
        assertEquals("1795828889652085.982", ChromeTraceExporter.micros(1_795_828_889_652_085_982L));
        assertEquals("-0.001", ChromeTraceExporter.micros(-1));
        assertEquals("12", ChromeTraceExporter.micros(12_000));
    }

    private static Span span(String name, int processId, long start, long end) {
        return new Span("t", name, "", List.of(), name, processId, start, end, SpanKind.INTERNAL, SpanStatus.UNSET,
                Map.of(), 1.0);
    }
}
