package dev.flightpath.loaders.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.PauseKind;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.Recording;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GC and safepoint pauses of real recordings, checked against an independent reading of the same
 * file with {@link RecordingFile} (the JDK's own parser, not the streaming API the loader uses).
 */
class JfrPauseTest {
    private static final long NONE = -1;

    /** What the JDK's parser says: per kind, count and total nanoseconds; unpaired safepoint halves. */
    private record Expected(Map<PauseKind, long[]> byKind, long unpaired) {
    }

    static Stream<String> recordingsWithPauses() {
        return Stream.of(
                // JDK 17, 600 s: GC pauses, 66 safepoint begins and 65 ends, 65 synchronizations.
                "cryostat-jfr-datasource__jdk17-600s-recording.jfr",
                // JDK 11 (Datadog's profiler settings): all three kinds, a safepoint cut off at each end.
                "jfr-parser__dd-profiling-jdk11.jfr",
                // JDK 11, JMC's default settings: GC pauses only.
                "jmc__jdk11-javafx-pulseduration.jfr",
                // Two chunks; one safepoint begin without its end.
                "jmc__jdk12-flush-incremental-metadata-2chunks.jfr",
                // GraalVM 21 on Windows: safepoint begins but no ends.
                "speedscope__graalvm-jdk21-windows-heavy.jfr");
    }

    private static Expected expected(Path file) throws Exception {
        Map<PauseKind, long[]> byKind = new EnumMap<>(PauseKind.class);
        for (PauseKind kind : PauseKind.values()) {
            byKind.put(kind, new long[2]);
        }
        Map<Long, Long> beginStart = new HashMap<>();
        Map<Long, Long> endEnd = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String name = event.getEventType().getName();
            switch (name) {
                case "jdk.GCPhasePause":
                    add(byKind.get(PauseKind.GC), event.getDuration().toNanos());
                    break;
                case "jdk.SafepointStateSynchronization":
                    add(byKind.get(PauseKind.TIME_TO_SAFEPOINT), event.getDuration().toNanos());
                    break;
                case "jdk.SafepointBegin":
                    beginStart.put(event.getLong("safepointId"), JfrEventCollector.epochNanos(event.getStartTime()));
                    break;
                case "jdk.SafepointEnd":
                    endEnd.put(event.getLong("safepointId"), JfrEventCollector.epochNanos(event.getEndTime()));
                    break;
                default:
                    break;
            }
        }
        Set<Long> paired = new HashSet<>(beginStart.keySet());
        paired.retainAll(endEnd.keySet());
        for (long id : paired) {
            add(byKind.get(PauseKind.SAFEPOINT), endEnd.get(id) - beginStart.get(id));
        }
        // Leftover halves count only when both kinds were recorded (one kind alone is the settings).
        long unpaired = beginStart.isEmpty() || endEnd.isEmpty() ? 0
                : beginStart.size() + endEnd.size() - 2L * paired.size();
        return new Expected(byKind, unpaired);
    }

    private static void add(long[] countAndTotal, long nanos) {
        countAndTotal[0]++;
        countAndTotal[1] += nanos;
    }

    private static Recording load(Path file, LoadRequest request) throws Exception {
        return new JfrLoader().load(file, request);
    }

    private static long unpairedWarning(Recording recording) {
        return recording.warnings().stream().filter(w -> w.code().equals("safepoint-unpaired"))
                .mapToLong(LoadWarning::count).sum();
    }

    @ParameterizedTest
    @MethodSource("recordingsWithPauses")
    void pausesMatchTheJdksParser(String name) throws Exception {
        Path file = CorpusFiles.file("jfr", name);
        Expected expected = expected(file);
        // Alone, and with every other kind of data (then the loader reads all events).
        for (LoadRequest request : new LoadRequest[] {LoadRequest.of(DataKind.PAUSES), LoadRequest.everything()}) {
            Recording recording = load(file, request);
            PauseTable pauses = recording.pauses();
            Map<PauseKind, long[]> actual = new EnumMap<>(PauseKind.class);
            for (PauseKind kind : PauseKind.values()) {
                actual.put(kind, new long[2]);
            }
            long previousStart = Long.MIN_VALUE;
            for (int row = 0; row < pauses.size(); row++) {
                add(actual.get(pauses.kind(row)), pauses.durationNanos(row));
                assertEquals(NONE, pauses.processId(row));
                assertTrue(pauses.startNanos(row) >= previousStart, "rows in start order");
                previousStart = pauses.startNanos(row);
            }
            for (PauseKind kind : PauseKind.values()) {
                assertEquals(expected.byKind().get(kind)[0], actual.get(kind)[0], name + " " + kind + " count");
                assertEquals(expected.byKind().get(kind)[1], actual.get(kind)[1], name + " " + kind + " nanos");
            }
            assertEquals(expected.unpaired(), unpairedWarning(recording), name + " unpaired safepoint halves");
        }
    }

    /** Hand-checked with {@code jfr summary} and {@code jfr print}: the counts of the files above. */
    @Test
    void knownCounts() throws Exception {
        Recording cryostat = load(CorpusFiles.file("jfr", "cryostat-jfr-datasource__jdk17-600s-recording.jfr"),
                LoadRequest.of(DataKind.PAUSES));
        // jfr print: 66 begins, 65 ends; begin 89 has no end.
        assertEquals(Map.of(PauseKind.GC, 2L, PauseKind.SAFEPOINT, 65L, PauseKind.TIME_TO_SAFEPOINT, 65L),
                counts(cryostat.pauses()));
        assertEquals(1, unpairedWarning(cryostat));
        Recording datadog = load(CorpusFiles.file("jfr", "jfr-parser__dd-profiling-jdk11.jfr"),
                LoadRequest.of(DataKind.PAUSES));
        // jfr print: begin 479 has no end (the recording stops in it), end 433 no begin (it starts in it).
        assertEquals(Map.of(PauseKind.GC, 4L, PauseKind.SAFEPOINT, 22L, PauseKind.TIME_TO_SAFEPOINT, 23L),
                counts(datadog.pauses()));
        assertEquals(2, unpairedWarning(datadog));
        Recording graal = load(CorpusFiles.file("jfr", "speedscope__graalvm-jdk21-windows-heavy.jfr"),
                LoadRequest.of(DataKind.PAUSES));
        assertEquals(Map.of(PauseKind.GC, 16L), counts(graal.pauses()));
        // 6 begins and no end at all: the settings recorded only begins, which is no loss to warn of.
        assertEquals(0, unpairedWarning(graal));
    }

    @Test
    void pausesAreReadOnlyWhenAskedFor() throws Exception {
        Path file = CorpusFiles.file("jfr", "jfr-parser__dd-profiling-jdk11.jfr");
        assertEquals(0, load(file, LoadRequest.countsOnly()).pauses().size());
        assertEquals(0, load(file, LoadRequest.of(DataKind.SAMPLES, DataKind.SCHEDULING)).pauses().size());
        assertEquals(0, unpairedWarning(load(file, LoadRequest.countsOnly())));
    }

    private static Map<PauseKind, Long> counts(PauseTable pauses) {
        Map<PauseKind, Long> counts = new EnumMap<>(PauseKind.class);
        for (int row = 0; row < pauses.size(); row++) {
            counts.merge(pauses.kind(row), 1L, Long::sum);
        }
        return counts;
    }
}
