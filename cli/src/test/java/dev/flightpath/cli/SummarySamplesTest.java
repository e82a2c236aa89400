package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every sample recording and every BEAM corpus file reads; the BEAM sample's counts are the script's. */
class SummarySamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode summary(Path file) throws IOException {
        CliRun run = CliRun.of("summary", "--format", "json", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    @TestFactory
    Stream<DynamicTest> everySampleReads() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(TestFiles.root().resolve("sample-recordings"))) {
            samples = files.filter(f -> f.toString().endsWith(".jfr") || f.toString().endsWith(".trace")
                    || f.toString().endsWith(".jsonl")).sorted().collect(Collectors.toList());
        }
        return samples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode summary = summary(file);
            assertTrue(summary.get("totalEvents").asLong() > 0);
            assertTrue(summary.get("processes").asInt() > 0);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBeamCorpusFileReads() throws IOException {
        return TestFiles.corpusFiles("beam", ".trace").stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> {
                    JsonNode summary = summary(file);
                    assertEquals("beam", summary.get("format").asText());
                    assertTrue(summary.get("processes").asInt() >= 1);
                    assertTrue(summary.get("schedulingIntervals").isNumber());
                    assertTrue(summary.get("droppedEvents").isNumber());
                }));
    }

    /** The recording script counted every message its traced processes sent; the loader finds each. */
    @Test
    void beamSampleMessagesAreTheSendsTheScriptMade() throws IOException {
        Properties counts = new Properties();
        counts.load(new StringReader(Files.readString(TestFiles.sample("guild-fanout-beam.counts"))));
        JsonNode summary = summary(TestFiles.sample("guild-fanout-beam.trace"));
        assertEquals(Long.parseLong(counts.getProperty("traced_sends")), summary.get("messages").asLong());
        assertEquals(Long.parseLong(counts.getProperty("traced_sends")), summary.get("eventCounts").get("send").asLong());
        assertEquals("monotonic", summary.get("timeBase").asText());
        assertEquals("the BEAM's monotonic clock", summary.get("clock").asText());
        assertTrue(summary.get("startTime").isNull());
        assertTrue(summary.get("schedulingIntervals").asLong() > 0);
        assertEquals(0, summary.get("droppedEvents").asLong());
    }
}
