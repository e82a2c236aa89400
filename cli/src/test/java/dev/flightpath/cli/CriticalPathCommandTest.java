package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The critical-path command on a small hand-made fixture (golden), on the sample, and on bad input. */
class CriticalPathCommandTest {
    private static final String FIXTURE = "fixtures/critical-path-small.otlp.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path fixture() {
        return Path.of("src", "test", "resources", FIXTURE).toAbsolutePath();
    }

    private static String run(String... options) {
        String file = fixture().toString();
        String[] args = new String[options.length + 2];
        args[0] = "critical-path";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = file;
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return run.out().replace(file, FIXTURE);
    }

    @Test
    void tableGolden() throws IOException {
        Golden.assertMatches("critical-path-small.txt", run());
    }

    @Test
    void jsonGolden() throws IOException {
        Golden.assertMatches("critical-path-small.json", run("--format", "json"));
    }

    @Test
    void byServiceGolden() throws IOException {
        Golden.assertMatches("critical-path-small-by-service.txt", run("--by", "service", "--top", "1"));
    }

    @Test
    void hopAndQueueWaitAsComputedByHand() throws IOException {
        // GET /order [0,100] ms: auth [5,15], db [20,60] overlapped by cache [30,70], publish [70,72],
        // and the worker's consumer [80,95]: queue-wait 72-80 between them.
        JsonNode out = JSON.readTree(run("--format", "json", "--trace", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assertEquals(1, out.get("traces").size());
        StringBuilder kinds = new StringBuilder();
        for (JsonNode s : out.get("traces").get(0).get("segments")) {
            kinds.append(s.get("operation").asText()).append(':').append(s.get("kind").asText()).append(' ');
        }
        assertEquals("GET /order:self auth check:self GET /order:self GET /order:running cache get:self "
                + "publish order:self handle order:queue-wait handle order:self GET /order:self ", kinds.toString());
    }

    @Test
    void unknownTraceIsBadInputNamingTheIdAndTheFile() {
        CliRun run = CliRun.of("critical-path", "--trace", "0123abcd", fixture().toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("0123abcd") && run.err().contains(fixture().toString()), run.err());
    }

    @Test
    void fileWithoutSpansIsMissingDataLikeMailboxWithoutMessages() {
        String file = TestFiles.sample("guild-fanout-jdk17.jfr").toString();
        CliRun run = CliRun.of("critical-path", file);
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("flightpath critical-path: no spans in '" + file + "': the critical-path command needs spans "
                + "(OTLP, Jaeger, Zipkin or Chrome trace)", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void missingFileIsBadInput() {
        CliRun run = CliRun.of("critical-path", "no-such-file.json");
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("no-such-file.json"), run.err());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(2, CliRun.of("critical-path", "--top", "0", fixture().toString()).exitCode());
        assertEquals(2, CliRun.of("critical-path", "--by", "colour", fixture().toString()).exitCode());
        assertEquals(2, CliRun.of("critical-path", "--from", "2s", "--to", "1s", fixture().toString()).exitCode());
    }

    @Test
    void fromAndToKeepThePathsWhoseRootStartsInTheRange() throws IOException {
        // Two roots: GET /order at +0 ms (100 ms long) and GET /health at +200 ms (10 ms).
        JsonNode late = JSON.readTree(run("--format", "json", "--from", "100ms"));
        assertEquals(1, late.get("pathCount").asLong());
        assertEquals(10_000_000L, late.get("totalNanos").asLong());
        assertEquals("GET /health", late.get("traces").get(0).get("operation").asText());
        JsonNode early = JSON.readTree(run("--format", "json", "--to", "200ms"));
        assertEquals(1, early.get("pathCount").asLong());
        assertEquals("GET /order", early.get("traces").get(0).get("operation").asText());
        assertEquals(0, JSON.readTree(run("--format", "json", "--from", "1h")).get("pathCount").asLong());
    }

    @Test
    void sampleShowsQueueWaits() throws IOException {
        CliRun run = CliRun.of("critical-path", "--format", "json", "--top", "1000",
                TestFiles.sample("guild-fanout-otlp.jsonl").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode out = JSON.readTree(run.out());
        assertTrue(out.get("estimated").asBoolean(), "fan-out spans are sampled at p = 0.5");
        long queueWaits = 0;
        for (JsonNode trace : out.get("traces")) {
            CriticalPathCorpusTest.assertTiles(trace);
            for (JsonNode s : trace.get("segments")) {
                if (s.get("kind").asText().equals("queue-wait")) {
                    queueWaits++;
                    assertEquals("session process", s.get("operation").asText());
                }
            }
        }
        assertTrue(queueWaits > 0, "queue-wait segments");
        JsonNode sessions = null;
        for (JsonNode row : out.get("byOperation")) {
            if (row.get("operation").asText().equals("session process")) {
                sessions = row;
            }
        }
        assertTrue(sessions != null && sessions.get("queueWaitNanos").asLong() > 0);
        String table = CliRun.of("critical-path", TestFiles.sample("guild-fanout-otlp.jsonl").toString()).out();
        assertTrue(table.contains("queue-wait"), table);
        assertTrue(table.contains("estimated"), table);
    }

    @Test
    void htmlWaterfallIsSelfContained(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("out.html");
        CliRun run = CliRun.of("critical-path", "-o", page.toString(), fixture().toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("class=\"seg queue-wait\""), "queue-wait coloured");
        assertTrue(html.contains("class=\"seg running\"") && html.contains("class=\"seg self\""));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="),
                "nothing fetched from the network");
    }

    @Test
    void flameOnSpansDrawsCriticalPathTimeBySpanNameStack(@TempDir Path dir) throws IOException {
        Path folded = dir.resolve("spans.collapsed");
        CliRun run = CliRun.of("flame", "-o", folded.toString(), fixture().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(String.join("\n",
                "GET /health 10000000",
                "GET /order 25000000",
                "GET /order;auth check 10000000",
                "GET /order;cache get 40000000",
                "GET /order;handle order 15000000",
                "GET /order;handle order;[queue-wait] 8000000",
                "GET /order;publish order 2000000") + "\n", Files.readString(folded, StandardCharsets.UTF_8));
        Path html = dir.resolve("spans.html");
        assertEquals(0, CliRun.of("flame", "-o", html.toString(), fixture().toString()).exitCode());
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("handle order"));
    }
}
