package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code flightpath summary} agrees with the JDK's {@code jfr summary} on every real recording. */
class SummaryJfrCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> eventCountsEqualJfrSummary() throws IOException {
        List<Path> files = TestFiles.corpusFiles("jfr", ".jfr");
        assertTrue(files.size() >= 18, "expected the corpus's JFR files, found " + files.size());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    @TestFactory
    Stream<DynamicTest> sampleRecordingsEqualJfrSummary() {
        return Stream.of(TestFiles.sample("guild-fanout-jdk17.jfr"), TestFiles.sample("guild-fanout-recorder.jfr"))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    /** The JVM sample's run sent 120 posts to the guild and 120 × 8 deliveries to the sessions. */
    @org.junit.jupiter.api.Test
    void recorderSampleHasEveryMessageAndTask() throws Exception {
        CliRun run = CliRun.of("summary", "--format", "json", TestFiles.sample("guild-fanout-recorder.jfr").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = JSON.readTree(run.out());
        assertEquals(120 + 120 * 8, summary.get("messages").asInt());
        assertEquals(120 * 8, summary.get("schedulingIntervals").asInt(), "one render task per delivery");
        assertEquals(1, summary.get("processKinds").get("actor").asInt(), "the renderer pool");
        assertEquals(0, summary.get("warnings").size(), summary.get("warnings").toString());
    }

    private static void check(Path file) throws Exception {
        JfrSummaryTool expected = JfrSummaryTool.run(file);
        CliRun run = CliRun.of("summary", "--format", "json", file.toString());
        if (!expected.readable()) {
            // The JDK cannot read it (legacy 0.9 recordings): flightpath must refuse it clearly.
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(1, run.errLines().length, run.err());
            assertTrue(run.err().startsWith("flightpath summary: "), run.err());
            assertTrue(run.err().contains(file.toString()), run.err());
            return;
        }
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = JSON.readTree(run.out());
        assertEquals("jfr", summary.get("format").asText());
        assertEquals(expected.version(), summary.get("formatVersion").asText());
        assertEquals(expected.chunks(), summary.get("chunks").asInt());
        Map<String, Long> counts = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = summary.get("eventCounts").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            counts.put(field.getKey(), field.getValue().asLong());
        }
        assertEquals(expected.counts(), counts);
        long missing = expected.missingMetadataCounts().values().stream().mapToLong(Long::longValue).sum();
        long warned = 0;
        for (JsonNode warning : summary.get("warnings")) {
            if (warning.get("code").asText().equals("events-without-metadata")) {
                warned += warning.get("count").asLong();
            }
        }
        assertEquals(missing, warned, "events whose type has no metadata");
        assertEquals(counts.values().stream().mapToLong(Long::longValue).sum(), summary.get("totalEvents").asLong());
        assertFalse(summary.get("truncated").asBoolean());
        assertTrue(summary.get("startTime").asText().endsWith("Z"));
        for (String field : List.of("durationNanos", "processes", "traces", "spans", "messages")) {
            assertTrue(summary.get(field).isNumber(), field + " is a number");
        }
        assertEquals(0, run.err().length(), run.err());
    }

}
