package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every span file of the shared corpus through critical-path; CRISP's own test traces against hand results. */
class CriticalPathCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The Zipkin loader refuses v1 JSON on purpose (ZipkinCorpusTest). */
    private static final String REFUSED = "zipkin__lens-test-v1-format.json";
    /** Instant events only: no spans, which is missing data (exit 1), as mailbox without messages. */
    private static final String NO_SPANS = "catapult__instant-events.json";

    static Stream<Path> spanFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("otlp", "jaeger", "zipkin", "chrome")) {
            files.addAll(TestFiles.corpusFiles(folder, ".json"));
            files.addAll(TestFiles.corpusFiles(folder, ".jsonl"));
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("spanFiles")
    void everyPathTilesItsRoot(Path file) throws IOException {
        CliRun run = CliRun.of("critical-path", "--format", "json", "--top", "1000000", file.toString());
        if (file.getFileName().toString().equals(REFUSED)) {
            assertEquals(1, run.exitCode());
            assertEquals(1, run.errLines().length, run.err());
            return;
        }
        if (file.getFileName().toString().equals(NO_SPANS)) {
            assertEquals(1, run.exitCode());
            assertEquals("flightpath critical-path: no spans in '" + file + "': the critical-path command needs "
                    + "spans (OTLP, Jaeger, Zipkin or Chrome trace)", run.err().strip());
            return;
        }
        assertEquals(0, run.exitCode(), run.err());
        JsonNode out = JSON.readTree(run.out());
        assertEquals(out.get("pathCount").asLong(), out.get("traces").size());
        long total = 0;
        for (JsonNode trace : out.get("traces")) {
            assertTiles(trace);
            total += trace.get("durationNanos").asLong();
        }
        if (!out.get("estimated").asBoolean()) {
            assertEquals(total, out.get("totalNanos").asLong());
            long byOperation = 0;
            for (JsonNode row : out.get("byOperation")) {
                byOperation += row.get("totalNanos").asLong();
            }
            assertEquals(total, byOperation, "the operations' times add up to all paths' time");
        }
        CliRun table = CliRun.of("critical-path", file.toString());
        assertEquals(0, table.exitCode(), table.err());
    }

    /** Segments are contiguous, non-empty, from the root's start to its end, and sum to its duration. */
    static void assertTiles(JsonNode trace) {
        long cursor = trace.get("startNanos").asLong();
        long sum = 0;
        for (JsonNode s : trace.get("segments")) {
            assertEquals(cursor, s.get("startNanos").asLong(), "contiguous in " + trace.get("traceId"));
            assertTrue(s.get("endNanos").asLong() > cursor, "non-empty");
            sum += s.get("endNanos").asLong() - cursor;
            cursor = s.get("endNanos").asLong();
        }
        assertEquals(trace.get("endNanos").asLong(), cursor, "ends at the root's end");
        assertEquals(trace.get("durationNanos").asLong(), sum);
    }

    private static Map<String, Long> byOperation(String file) throws IOException {
        Path path = TestFiles.corpus("jaeger").resolve(file);
        CliRun run = CliRun.of("critical-path", "--format", "json", path.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Long> out = new LinkedHashMap<>();
        for (JsonNode row : JSON.readTree(run.out()).get("byOperation")) {
            out.put(row.get("operation").asText(), row.get("totalNanos").asLong());
        }
        return out;
    }

    /**
     * CRISP test case 18 (µs): A=O1 [0,250] with B=O2 [10,110] (C,D,E = O3,O4,O5 at [30,40], [50,60],
     * [70,80]) and F=O6 [120,220] (G=O7 [140,200] with H=O8 [150,170], I=O9 [180,190]). Back from 250:
     * A 220-250, F 200-220, G 190-200, I 180-190, G 170-180, H 150-170, G 140-150, F 120-140, A 110-120,
     * B 80-110, E 70-80, B 60-70, D 50-60, B 40-50, C 30-40, B 10-30, A 0-10. So O1 = 30+10+10 = 50,
     * O2 = 30+10+10+20 = 70, O3 = O4 = O5 = 10, O6 = 20+20 = 40, O7 = 10+10+10 = 30, O8 = 20, O9 = 10:
     * 250 in all, CRISP's semantics (the last-finishing child that ends by the current point).
     */
    @Test
    void crispTestCase18() throws IOException {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("O2", 70_000L);
        expected.put("O1", 50_000L);
        expected.put("O6", 40_000L);
        expected.put("O7", 30_000L);
        expected.put("O8", 20_000L);
        expected.put("O3", 10_000L);
        expected.put("O4", 10_000L);
        expected.put("O5", 10_000L);
        expected.put("O9", 10_000L);
        assertEquals(expected, byOperation("CRISP__test-case-18-9-processes.json"));
    }

    /**
     * CRISP test case 23 (µs): A=O1 [0,700]; B=O2 [50,350] with three O3 children [100,150],
     * [200,250], [300,350]; F=O2 [400,700] with three O3 children [450,500], [550,600], [650,700].
     * Children that end exactly at their parent's end are on the path. Back from 700: I 650-700,
     * F 600-650, H, F 500-550, G, F 400-450, A 350-400, E 300-350, B 250-300, D, B 150-200, C, B 50-100,
     * A 0-50. So O1 = 100, O2 = 6 × 50 = 300, O3 = 6 × 50 = 300.
     */
    @Test
    void crispTestCase23() throws IOException {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("O2", 300_000L);
        expected.put("O3", 300_000L);
        expected.put("O1", 100_000L);
        assertEquals(expected, byOperation("CRISP__test-case-23-3-processes.json"));
    }
}
