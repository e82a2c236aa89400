package dev.flightpath.loaders.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Frame;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast sample reader against {@code jdk.jfr.consumer}, on every corpus and sample recording:
 * the same samples row for row (time, kind, value, thread, stack with every frame's name, type and
 * line), the same threads, the same folded stacks per kind. The fast path must actually have run:
 * {@link JfrLoader.SampleReading#FAST_ONLY} fails instead of falling back.
 */
class FastSampleReaderTest {
    /**
     * Files the fast reader leaves to the consumer: not format 2.x, or constant pools of types the
     * metadata does not declare.
     */
    // The native-memory file: its leaks need the frees matched to the mallocs, which only the consumer path does.
    private static final Set<String> CONSUMER_ONLY = Set.of(
            "jmc__jdk9-ea-v1.0.jfr", "jafar__dd-trace-java-stripped-unknown-type-ids.jfr", "jmc__jdk7u40-oracle-v0.9-gzip.jfr",
            "jmc__jdk8u60-oracle-v0.9-gzip.jfr", "jfr-parser__async-profiler-3.0-jdk21-nativemem.jfr");

    /**
     * The JDK 17 consumer reads this file's second chunk with the first chunk's thread pool and
     * clock: execution samples lose their thread ({@code jfr print} shows N/A although the
     * chunk's own pool holds it) and timestamps shift by 73 ms. The fast reader uses each chunk's
     * own constants and clock. Sample counts and folded stacks must still agree.
     */
    private static final Set<String> CONSUMER_LOSES_THREADS = Set.of("jmc__jdk12-flush-incremental-metadata-2chunks.jfr");

    static Stream<Path> recordings() throws IOException {
        List<Path> files = new ArrayList<>();
        Path corpus = CorpusFiles.file("jfr", "");
        try (Stream<Path> listing = Files.list(corpus)) {
            listing.filter(p -> p.toString().endsWith(".jfr")).sorted().forEach(files::add);
        }
        try (Stream<Path> listing = Files.list(Path.of("../sample-recordings"))) {
            listing.filter(p -> p.toString().endsWith(".jfr")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void fastPathGivesTheConsumersSamples(Path file) throws Exception {
        LoadRequest request = LoadRequest.of(DataKind.SAMPLES);
        String name = file.getFileName().toString();
        if (CONSUMER_ONLY.contains(name)) {
            boolean refused;
            try {
                new JfrLoader(JfrLoader.SampleReading.CONSUMER_ONLY).load(file, request);
                refused = false;
            } catch (dev.flightpath.model.InputDataException e) {
                refused = true; // format 0.9 is refused either way
            }
            if (!refused) {
                assertThrows(JfrLoader.FastPathUnavailableException.class,
                        () -> new JfrLoader(JfrLoader.SampleReading.FAST_ONLY).load(file, request));
            }
            return;
        }
        Recording consumer = new JfrLoader(JfrLoader.SampleReading.CONSUMER_ONLY).load(file, request);
        Recording fast = new JfrLoader(JfrLoader.SampleReading.FAST_ONLY).load(file, request);

        assertEquals(consumer.info(), fast.info());
        boolean threadsLost = CONSUMER_LOSES_THREADS.contains(name);
        if (!threadsLost) {
            assertEquals(consumer.processes(), fast.processes());
        }
        assertEquals(consumer.warnings(), fast.warnings());
        assertEquals(consumer.eventCounts(), fast.eventCounts());
        SampleTable expected = consumer.samples();
        SampleTable actual = fast.samples();
        assertEquals(expected.size(), actual.size(), "sample count");
        for (SampleKind kind : SampleKind.values()) {
            assertEquals(expected.count(kind), actual.count(kind), kind + " samples");
            assertEquals(folded(consumer, kind), folded(fast, kind), kind + " folded stacks");
        }
        int threadsFound = 0;
        List<String> expectedRows = new ArrayList<>();
        List<String> actualRows = new ArrayList<>();
        for (int row = 0; row < expected.size(); row++) {
            expectedRows.add(describe(consumer, row, !threadsLost));
            actualRows.add(describe(fast, row, !threadsLost));
            if (expected.processId(row) < 0) {
                threadsFound++;
            }
            if (actual.processId(row) < 0) {
                threadsFound--;
            }
        }
        // Rows as a multiset: the consumer may deliver a flushed chunk's events in another order.
        java.util.Collections.sort(expectedRows);
        java.util.Collections.sort(actualRows);
        if (threadsLost) {
            assertTrue(threadsFound > 0, "samples whose thread only the fast path names: " + threadsFound);
            return;
        }
        assertEquals(expectedRows, actualRows, "samples");
        assertEquals(consumer.stacks().frameCount(), fast.stacks().frameCount(), "distinct frames");
        assertEquals(consumer.stacks().stackCount(), fast.stacks().stackCount(), "distinct stacks");
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void theDefaultLoaderUsesTheFastPathAndAgrees(Path file) throws Exception {
        LoadRequest request = LoadRequest.of(DataKind.SAMPLES);
        Recording consumer;
        try {
            consumer = new JfrLoader(JfrLoader.SampleReading.CONSUMER_ONLY).load(file, request);
        } catch (dev.flightpath.model.InputDataException e) {
            return;
        }
        Recording byDefault = new JfrLoader().load(file, request);
        for (SampleKind kind : SampleKind.values()) {
            assertEquals(folded(consumer, kind), folded(byDefault, kind), kind + " folded stacks");
        }
    }

    @org.junit.jupiter.api.Test
    void theCorpusHasSamplesOfSeveralKindsForTheFastPath() throws Exception {
        long total = 0;
        Set<SampleKind> kinds = new java.util.HashSet<>();
        for (Path file : (Iterable<Path>) recordings()::iterator) {
            if (CONSUMER_ONLY.contains(file.getFileName().toString())) {
                continue;
            }
            Recording fast = new JfrLoader(JfrLoader.SampleReading.FAST_ONLY).load(file, LoadRequest.of(DataKind.SAMPLES));
            total += fast.samples().size();
            for (int row = 0; row < fast.samples().size(); row++) {
                kinds.add(fast.samples().kind(row));
            }
        }
        assertTrue(total > 10_000, "samples read: " + total);
        assertTrue(kinds.containsAll(Set.of(SampleKind.CPU, SampleKind.ALLOC, SampleKind.LOCK, SampleKind.WALL)),
                "kinds: " + kinds);
    }

    private static Map<String, Long> folded(Recording recording, SampleKind kind) {
        Map<String, Long> folded = new TreeMap<>();
        SampleTable samples = recording.samples();
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) == kind) {
                folded.merge(stack(recording, samples.stackId(row)), samples.value(row), Long::sum);
            }
        }
        return folded;
    }

    private static String describe(Recording recording, int row, boolean withThread) {
        SampleTable samples = recording.samples();
        int thread = samples.processId(row);
        String threadText = !withThread ? "" : thread < 0 ? "-" : recording.processes().get(thread).toString();
        return samples.timeNanos(row) + " " + samples.kind(row) + " " + samples.value(row) + " "
                + threadText + " " + stack(recording, samples.stackId(row));
    }

    private static String stack(Recording recording, int stackId) {
        if (stackId < 0) {
            return "<none>";
        }
        StringBuilder text = new StringBuilder();
        int[] frames = recording.stacks().stack(stackId);
        for (int i = frames.length - 1; i >= 0; i--) {
            Frame frame = recording.stacks().frame(frames[i]);
            text.append(frame.name()).append('_').append(frame.type()).append(':').append(frame.lineNumber()).append(';');
        }
        return text.toString();
    }
}
