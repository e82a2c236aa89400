package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent check of a trace against the Trace Event Format's rules (the format document's
 * required fields per phase), plus what Perfetto needs to draw it: complete events on one thread
 * nest, flows start before they finish and each id is one start and one finish, counters carry
 * numbers only, instant events have a scope, stack frame references resolve.
 */
final class TraceEventFormatRules {
    private static final Set<String> PHASES = Set.of("X", "B", "E", "i", "I", "C", "s", "t", "f", "M", "b", "e", "n");

    private TraceEventFormatRules() {
    }

    static void check(JsonNode trace) {
        JsonNode events = trace.get("traceEvents");
        assertTrue(events != null && events.isArray(), "traceEvents is an array");
        JsonNode frames = trace.path("stackFrames");
        for (Iterator<Map.Entry<String, JsonNode>> it = frames.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> frame = it.next();
            assertTrue(frame.getValue().path("name").isTextual(), "stack frame " + frame.getKey() + " has a name");
            JsonNode parent = frame.getValue().get("parent");
            assertTrue(parent == null || frames.has(parent.asText()), "stack frame " + frame.getKey() + "'s parent");
        }
        Map<String, List<BigDecimal[]>> slicesByThread = new HashMap<>();
        Map<Long, BigDecimal> flowStarts = new HashMap<>();
        Set<Long> flowEnds = new HashSet<>();
        int index = 0;
        for (JsonNode event : events) {
            String where = "event " + index++ + " " + event;
            String phase = event.path("ph").asText();
            assertTrue(PHASES.contains(phase), where + ": phase");
            assertTrue(event.path("name").isTextual(), where + ": name");
            assertTrue(event.path("pid").isIntegralNumber() && event.path("tid").isIntegralNumber(), where + ": pid, tid");
            if (phase.equals("M")) {
                assertTrue(event.path("args").path("name").isTextual(), where + ": metadata name");
                continue;
            }
            assertTrue(event.path("ts").isNumber(), where + ": ts");
            BigDecimal ts = event.get("ts").decimalValue();
            switch (phase) {
                case "X":
                    assertTrue(event.path("dur").isNumber() && event.get("dur").decimalValue().signum() >= 0,
                            where + ": dur");
                    slicesByThread.computeIfAbsent(event.get("pid") + "/" + event.get("tid"), k -> new ArrayList<>())
                            .add(new BigDecimal[] {ts, ts.add(event.get("dur").decimalValue())});
                    break;
                case "C":
                    assertTrue(event.path("args").isObject() && event.get("args").size() > 0, where + ": args");
                    event.get("args").forEach(value -> assertTrue(value.isNumber(), where + ": numeric args"));
                    break;
                case "i":
                    assertTrue(Set.of("g", "p", "t").contains(event.path("s").asText("t")), where + ": scope");
                    if (event.has("sf")) {
                        assertTrue(frames.has(event.get("sf").asText()), where + ": stack frame");
                    }
                    break;
                case "s":
                    assertTrue(event.path("id").isIntegralNumber() && event.path("cat").isTextual(), where + ": flow id");
                    assertTrue(flowStarts.put(event.get("id").asLong(), ts) == null, where + ": one start per id");
                    break;
                case "f":
                    assertTrue(event.path("id").isIntegralNumber() && event.path("cat").isTextual(), where + ": flow id");
                    assertTrue(flowEnds.add(event.get("id").asLong()), where + ": one finish per id");
                    BigDecimal start = flowStarts.get(event.get("id").asLong());
                    assertTrue(start != null && start.compareTo(ts) <= 0, where + ": finishes after its start");
                    break;
                default:
                    break;
            }
        }
        assertEquals(flowStarts.keySet(), flowEnds, "every flow that starts finishes");
        for (Map.Entry<String, List<BigDecimal[]>> thread : slicesByThread.entrySet()) {
            assertNested(thread.getKey(), thread.getValue());
        }
    }

    /** Complete events of one thread: each starts after the enclosing one starts and ends within it. */
    private static void assertNested(String thread, List<BigDecimal[]> slices) {
        slices.sort((a, b) -> a[0].compareTo(b[0]) != 0 ? a[0].compareTo(b[0]) : b[1].compareTo(a[1]));
        List<BigDecimal> openEnds = new ArrayList<>();
        for (BigDecimal[] slice : slices) {
            while (!openEnds.isEmpty() && openEnds.get(openEnds.size() - 1).compareTo(slice[0]) <= 0
                    && !(openEnds.get(openEnds.size() - 1).compareTo(slice[0]) == 0 && slice[1].equals(slice[0]))) {
                openEnds.remove(openEnds.size() - 1);
            }
            if (!openEnds.isEmpty()) {
                assertTrue(slice[1].compareTo(openEnds.get(openEnds.size() - 1)) <= 0, "thread " + thread
                        + ": slice " + slice[0] + "-" + slice[1] + " overlaps the one around it (ends "
                        + openEnds.get(openEnds.size() - 1) + ")");
            }
            openEnds.add(slice[1]);
        }
    }
}
