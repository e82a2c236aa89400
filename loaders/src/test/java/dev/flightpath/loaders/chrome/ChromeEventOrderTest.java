package dev.flightpath.loaders.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.loaders.Corpus;
import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.JsonText;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tracers need not write events in time order (a buffer per thread flushed at exit, merged
 * traces): real corpus files with their events shuffled give the same slices, nesting and flows
 * as the files in order, as catapult and Perfetto (which sort by timestamp) give.
 */
class ChromeEventOrderTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"catapult__big-trace-BE.json", "catapult__nestable-async.json", "catapult__async-begin-end.json",
            "catapult__flow-chrome.json", "perfetto__flow-events-json-v1.json"})
    void shuffledEventsGiveTheSameSlices(String name) throws Exception {
        Path inOrder = Corpus.file("chrome", name);
        Recording expected = new ChromeLoader().load(inOrder, LoadRequest.everything());
        List<String> events = shuffledKeepingTies(JsonText.arrayElements(inOrder), new Random(20261203L));
        Path shuffled = Fixtures.write(directory, "shuffled.json", "[" + String.join(",\n", events) + "]");
        Recording actual = new ChromeLoader().load(shuffled, LoadRequest.everything());
        assertEquals(slices(expected), slices(actual));
        assertEquals(new RecordingStats(expected).warnings("unmatched-end"),
                new RecordingStats(actual).warnings("unmatched-end"));
        assertEquals(expected.messages().size(), actual.messages().size());
    }

    /**
     * The events shuffled, except that events with the same timestamp keep their file order: at
     * equal times only the order the tracer wrote says whether an end closes the slice that began
     * at that time or an earlier one, and a tracer writing out of order still writes one thread's
     * events at one instant in order.
     */
    private static List<String> shuffledKeepingTies(List<String> events, Random random) {
        List<String> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);
        Map<Object, List<String>> byTime = new HashMap<>();
        for (String event : events) {
            byTime.computeIfAbsent(time(event), t -> new ArrayList<>()).add(event);
        }
        Map<Object, Integer> taken = new HashMap<>();
        List<String> result = new ArrayList<>(shuffled.size());
        for (String event : shuffled) {
            Object time = time(event);
            int next = taken.merge(time, 1, Integer::sum) - 1;
            result.add(byTime.get(time).get(next));
        }
        return result;
    }

    private static Object time(String event) {
        Object ts = ((Map<?, ?>) JsonText.read(event)).get("ts");
        return ts == null ? "none" : ts.toString();
    }

    /** Each slice as "name start end parent-name (flow sources)", sorted: file order does not matter. */
    private static TreeSet<String> slices(Recording recording) {
        Map<String, Span> byId = new HashMap<>();
        for (Span span : recording.spans()) {
            byId.put(span.spanId(), span);
        }
        TreeSet<String> slices = new TreeSet<>();
        for (Span span : recording.spans()) {
            Span parent = byId.get(span.parentSpanId());
            List<String> sources = new ArrayList<>();
            span.links().forEach(link -> sources.add(byId.get(link.spanId()).name()));
            Collections.sort(sources);
            slices.add(span.name() + " " + span.startNanos() + " " + span.endNanos() + " "
                    + (parent == null ? "-" : parent.name()) + " " + sources);
        }
        return slices;
    }
}
