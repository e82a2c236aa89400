package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlameCommandTest {
    private static final String KAFKA = "jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr";

    @TempDir
    Path tmp;

    @Test
    void writesHtmlAndSaysWhichEventItChose() throws IOException {
        Path out = tmp.resolve("kafka.html");
        CliRun run = CliRun.of("flame", Corpus.jfr(KAFKA).toString(), "-o", out.toString(), "--title", "Kafka");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("event cpu (default; also alloc, lock: choose with --event)"), run.out());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("\"title\":\"Kafka\""));
        assertTrue(html.contains("\"unit\":\"samples\""));
    }

    @Test
    void filtersShrinkTheGraph() throws IOException {
        Path all = tmp.resolve("all.txt");
        Path some = tmp.resolve("some.collapsed");
        String file = Corpus.jfr(KAFKA).toString();
        assertEquals(0, CliRun.of("flame", file, "--event", "lock", "--total", "-o", all.toString()).exitCode());
        CliRun filtered = CliRun.of("flame", file, "--event", "lock", "--total", "--simple", "--include", "Kafka",
                "--exclude", "Replica", "--from", "1s", "--to", "-1s", "--thread", "request-handler", "-o", some.toString());
        assertEquals(0, filtered.exitCode(), filtered.err());
        List<String> allLines = Files.readAllLines(all);
        List<String> someLines = Files.readAllLines(some);
        assertTrue(!someLines.isEmpty() && someLines.size() < allLines.size(), someLines.size() + " vs " + allLines.size());
        for (String line : someLines) {
            assertTrue(line.contains("Kafka") && !line.contains("Replica"), line);
            assertTrue(!line.startsWith("kafka."), "simple names: " + line);
        }
    }

    @Test
    void baselineFoldedStacksCarryBothWeights() throws IOException {
        Path out = tmp.resolve("diff.collapsed");
        String current = Corpus.jfr("flightpath__async-profiler-4.2-jdk25-virtual-threads.jfr").toString();
        String base = Corpus.jfr("flightpath__jdk25-virtual-threads-contention.jfr").toString();
        CliRun run = CliRun.of("flame", current, "--event", "cpu", "--baseline", base, "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        long baseSum = 0;
        long currentSum = 0;
        for (String line : Files.readAllLines(out)) {
            String[] parts = line.split(" ");
            baseSum += Long.parseLong(parts[parts.length - 2]);
            currentSum += Long.parseLong(parts[parts.length - 1]);
        }
        assertEquals(3_619, currentSum);
        assertEquals(1_491, baseSum);
        CliRun wall = CliRun.of("flame", current, "--event", "wall", "--baseline", base, "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, wall.exitCode());
        assertTrue(wall.err().startsWith("flightpath flame: no wall samples in the baseline '" + base + "'"), wall.err());
    }

    @Test
    void hotJsonListsSharesAsFractions() throws IOException {
        CliRun run = CliRun.of("hot", Corpus.jfr(KAFKA).toString(), "--top", "5", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        int methods = 0;
        try (JsonParser json = new JsonFactory().createParser(run.out())) {
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && json.currentName().equals("selfShare")) {
                    json.nextToken();
                    double share = json.getDoubleValue();
                    assertTrue(share > 0 && share <= 1, "share " + share);
                    methods++;
                }
            }
        }
        assertEquals(5, methods);
        assertTrue(run.out().contains("\"event\": \"cpu\""));
    }

    @Test
    void hotTableHasSelfAndTotal() {
        CliRun run = CliRun.of("hot", Corpus.jfr(KAFKA).toString(), "--event", "alloc", "--total", "--top", "3");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Self %"), run.out());
        assertTrue(run.out().contains("Total %"), run.out());
        assertTrue(run.out().contains("event alloc"), run.out());
        assertTrue(run.out().contains("GiB") || run.out().contains("MiB"), run.out());
    }

    @Test
    void badRegexAndBadTimeAreUsageErrors() {
        String file = Corpus.jfr(KAFKA).toString();
        CliRun regex = CliRun.of("flame", file, "--include", "(", "-o", tmp.resolve("x.html").toString());
        assertEquals(ExitCodes.USAGE, regex.exitCode());
        assertTrue(regex.err().contains("bad regular expression '('"), regex.err());
        CliRun time = CliRun.of("hot", file, "--from", "yesterday");
        assertEquals(ExitCodes.USAGE, time.exitCode());
        assertTrue(time.err().contains("not a time: 'yesterday'"), time.err());
        CliRun order = CliRun.of("hot", file, "--from", "5s", "--to", "2s");
        assertEquals(ExitCodes.USAGE, order.exitCode());
        CliRun extension = CliRun.of("flame", file, "-o", tmp.resolve("x.png").toString());
        assertEquals(ExitCodes.USAGE, extension.exitCode());
        CliRun event = CliRun.of("flame", file, "--event", "gpu");
        assertEquals(ExitCodes.USAGE, event.exitCode());
    }

    @Test
    void missingSamplesAreBadInputOnOneLine() {
        Path file = Corpus.jfr("jmc__jdk11-javafx-pulseduration.jfr");
        CliRun run = CliRun.of("flame", file.toString(), "--event", "wall", "-o", tmp.resolve("x.html").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals("flightpath flame: no wall samples in '" + file + "': it has 109 cpu, 655 lock, 143 native samples "
                + "(choose with --event)\n", run.err());
        CliRun none = CliRun.of("hot", Corpus.jfr("jmc__jdk16-hs-err-emergency-dump.jfr").toString());
        assertEquals(ExitCodes.BAD_INPUT, none.exitCode());
        assertEquals(1, none.err().lines().count(), none.err());
        assertTrue(none.err().startsWith("flightpath hot: no stack samples in '"), none.err());
    }

    @Test
    void timeBoundsParse() {
        assertEquals(new TimeBound(TimeBound.Anchor.FROM_START, 10_000_000_000L), TimeBound.parse("10s"));
        assertEquals(new TimeBound(TimeBound.Anchor.FROM_START, 500_000_000L), TimeBound.parse("500ms"));
        assertEquals(new TimeBound(TimeBound.Anchor.FROM_END, 5_000_000_000L), TimeBound.parse("-5s"));
        assertEquals(new TimeBound(TimeBound.Anchor.FROM_START, 1_500_000_000L), TimeBound.parse("1.5s"));
        assertEquals(new TimeBound(TimeBound.Anchor.ABSOLUTE, 1_691_038_385_000_000_000L),
                TimeBound.parse("2023-08-03T04:53:05Z"));
        assertEquals(new TimeBound(TimeBound.Anchor.ABSOLUTE, 1_691_038_385_000_000_000L),
                TimeBound.parse("2023-08-03T06:53:05+02:00"));
        assertEquals(new TimeBound(TimeBound.Anchor.ABSOLUTE, 1_691_038_385_000_000_000L),
                TimeBound.parse("2023-08-03T04:53:05"));
        assertEquals(1_000L + 10, TimeBound.parse("10ns").resolve(1_000L, 5_000L));
        assertEquals(5_000L - 10, TimeBound.parse("-10ns").resolve(1_000L, 5_000L));
    }
}
