package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The CI gate on real recordings of one workload (sample-recordings/check): two runs of the same
 * workload pass against each other; a run with a three times slower guild fails.
 */
class CheckCommandTest {
    @TempDir
    Path dir;

    private static String sample(String name) {
        return TestFiles.root().resolve("sample-recordings/check").resolve(name).toString();
    }

    private static String rules() {
        return sample("rules.yaml");
    }

    @Test
    void twoRunsOfTheSameWorkloadPass() {
        CliRun run = CliRun.of("check", sample("run-b-recorder.jfr"), "--baseline", sample("run-a-recorder.jfr"),
                "--rules", rules());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("PASS"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void anInjectedSlowdownFailsWithEveryOutputWritten() throws Exception {
        Path junit = dir.resolve("check.xml");
        Path markdown = dir.resolve("check.md");
        Path json = dir.resolve("check.json");
        CliRun run = CliRun.of("check", sample("slow-guild-recorder.jfr"), "--baseline", sample("run-a-recorder.jfr"),
                "--rules", rules(), "--junit", junit.toString(), "--markdown", markdown.toString(), "--json", json.toString());
        assertEquals(4, run.exitCode(), run.out() + run.err());
        String file = sample("slow-guild-recorder.jfr");
        Golden.assertMatches("check-slow-guild.txt", run.out().replace(file, "SLOW"));

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        int failures = Integer.parseInt(xml.getDocumentElement().getAttribute("failures"));
        assertEquals(3, failures, "guild wait p99 and avg, guild depth max");
        assertEquals(failures, xml.getElementsByTagName("failure").getLength());

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("FAIL", report.get("verdict").asText());
        for (JsonNode result : report.get("results")) {
            if (result.get("verdict").asText().equals("FAIL")) {
                assertTrue(result.get("adjustedPValue").asDouble() < 0.05);
                // One statistic: a FAIL's interval lies above the allowed change (limit - baseline).
                assertTrue(result.get("shiftLow").asDouble() > result.get("limit").asDouble()
                        - result.get("baselineValue").asDouble(), result.toString());
                assertTrue(result.get("shiftLow").asDouble() <= result.get("shift").asDouble(), result.toString());
            }
        }
        Golden.assertMatches("check-slow-guild.md", Files.readString(markdown));
    }

    /** A 2.8× slower guild wait (250 events a run) fails at default settings: the window is chosen from the recordings. */
    @Test
    void theSlowGuildFailsAtDefaultSettings() throws Exception {
        Path defaults = dir.resolve("defaults.yaml");
        Files.writeString(defaults, "thresholds:\n  mailbox.wait{mailbox=\"guild\"}:\n    - p(99) <= baseline\n");
        Path json = dir.resolve("defaults.json");
        CliRun run = CliRun.of("check", sample("slow-guild-recorder.jfr"), "--baseline", sample("run-a-recorder.jfr"),
                "--rules", defaults.toString(), "--json", json.toString(), "--strict");
        assertEquals(4, run.exitCode(), run.out() + run.err());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertTrue(report.get("windowChosen").asBoolean(), report.toString());
        // The shorter recording (run-a, about 1.9 s) / 50, in whole milliseconds.
        assertTrue(report.get("windowNanos").asLong() >= 30_000_000L && report.get("windowNanos").asLong() <= 40_000_000L,
                report.toString());
        JsonNode guild = report.get("results").get(0);
        assertEquals("FAIL", guild.get("verdict").asText(), guild.toString());
        assertTrue(guild.get("shiftLow").asDouble() > 0, guild.toString());
        // The same workload twice passes at default settings.
        CliRun same = CliRun.of("check", sample("run-b-recorder.jfr"), "--baseline", sample("run-a-recorder.jfr"),
                "--rules", defaults.toString(), "--strict");
        assertEquals(0, same.exitCode(), same.out() + same.err());
    }

    /** Too few windows: INCONCLUSIVE, saying which window or recording length would do. */
    @Test
    void tooFewWindowsSayWhatWouldMakeItConclusive() throws Exception {
        Path coarse = dir.resolve("coarse.yaml");
        Files.writeString(coarse, "thresholds:\n  mailbox.wait{mailbox=\"guild\"}:\n    - p(99) <= baseline\n"
                + "settings:\n  window: 1s\n  min_windows: 12\n");
        CliRun run = CliRun.of("check", sample("slow-guild-recorder.jfr"), "--baseline", sample("run-a-recorder.jfr"),
                "--rules", coarse.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("INCONCLUSIVE"), run.out());
        assertTrue(run.out().contains("min_windows is 12): set `window: 100ms` or record ≥ 12s"), run.out());
        CliRun strict = CliRun.of("check", sample("slow-guild-recorder.jfr"), "--baseline", sample("run-a-recorder.jfr"),
                "--rules", coarse.toString(), "--strict");
        assertEquals(5, strict.exitCode(), strict.out());
    }

    @Test
    void strictFailsOnInconclusive() throws IOException {
        Path strictRules = dir.resolve("rules.yaml");
        Files.writeString(strictRules, "thresholds:\n  mailbox.wait{mailbox=\"guild\"}:\n"
                + "    conditions: [\"p(99) < 1h\"]\n    min_events: 1000000\n");
        String file = sample("run-a-recorder.jfr");
        assertEquals(0, CliRun.of("check", file, "--rules", strictRules.toString()).exitCode());
        CliRun strict = CliRun.of("check", file, "--rules", strictRules.toString(), "--strict");
        assertEquals(5, strict.exitCode(), strict.out());
        assertTrue(strict.out().contains("INCONCLUSIVE"), strict.out());
    }

    private static void rulesError(CliRun run, String... expected) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        for (String part : expected) {
            assertTrue(run.err().contains(part), run.err());
        }
    }

    @Test
    void badRulesExitTwoNamingFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "thresholds:\n  latency:\n    - p(99) < 5\n");
        rulesError(CliRun.of("check", sample("run-a-recorder.jfr"), "--rules", bad.toString()),
                "flightpath check: invalid rules '" + bad + "': line 3:", "needs a unit");
        Files.writeString(bad, "thresholds:\n  gc.pauses:\n    - max < 5ms\n");
        rulesError(CliRun.of("check", sample("run-a-recorder.jfr"), "--rules", bad.toString()), "line 2", "unknown metric");
    }

    @Test
    void requireBaselineMakesBaselineRulesWithoutABaselineAUsageError() {
        rulesError(CliRun.of("check", sample("run-a-recorder.jfr"), "--rules", rules(), "--require-baseline"),
                "pass --baseline", "line 5");
    }

    /** The first run of a new pipeline: no baseline yet, so baseline conditions are skipped and the absolute ones decide. */
    @Test
    void withoutABaselineBaselineConditionsAreSkipped() throws Exception {
        Path junit = dir.resolve("first.xml");
        Path markdown = dir.resolve("first.md");
        Path json = dir.resolve("first.json");
        CliRun run = CliRun.of("check", sample("run-a-recorder.jfr"), "--rules", rules(), "--strict",
                "--junit", junit.toString(), "--markdown", markdown.toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Golden.assertMatches("check-first-run.txt", run.out());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        // rules.yaml has 4 baseline conditions: guild wait p99 and avg, renderers p90, guild depth max.
        assertEquals("4", xml.getDocumentElement().getAttribute("skipped"));
        assertEquals(4, xml.getElementsByTagName("skipped").getLength());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("PASS", report.get("verdict").asText());
        assertEquals(4, report.get("counts").get("skipped").asInt());
        for (JsonNode result : report.get("results")) {
            if (result.get("condition").asText().contains("baseline")) {
                assertEquals("SKIPPED", result.get("verdict").asText(), result.toString());
                assertTrue(result.get("message").asText().contains("pass --baseline"), result.toString());
            }
        }
        Golden.assertMatches("check-first-run.md", Files.readString(markdown));
    }

    @Test
    void missingRulesFile() {
        rulesError(CliRun.of("check", sample("run-a-recorder.jfr"), "--rules", dir.resolve("none.yaml").toString()),
                "cannot read rules", "file not found");
        CliRun noRules = CliRun.of("check", sample("run-a-recorder.jfr"));
        assertEquals(2, noRules.exitCode());
    }

    /** The gate's critical_path metric and the critical-path command agree on the same spans. */
    @Test
    void criticalPathMetricMatchesTheCriticalPathCommand() throws IOException {
        String spans = TestFiles.sample("guild-fanout-otlp.jsonl").toString();
        Path rulesFile = dir.resolve("cp.yaml");
        Files.writeString(rulesFile, "thresholds:\n  critical_path{operation=\"guild process\"}:\n"
                + "    - p(50) < 1h\n    - p(99) < 1h\n");
        Path json = dir.resolve("cp.json");
        assertEquals(0, CliRun.of("check", spans, "--rules", rulesFile.toString(), "--json", json.toString()).exitCode());
        JsonNode check = new ObjectMapper().readTree(json.toFile());
        CliRun path = CliRun.of("critical-path", spans, "--format", "json");
        JsonNode operation = null;
        for (JsonNode row : new ObjectMapper().readTree(path.out()).get("byOperation")) {
            if (row.get("operation").asText().equals("guild process")) {
                operation = row;
            }
        }
        assertEquals(operation.get("p50Nanos").asDouble(), check.get("results").get(0).get("observed").asDouble());
        assertEquals(operation.get("p99Nanos").asDouble(), check.get("results").get(1).get("observed").asDouble());
    }

    /** jfr print shows 2 jdk.GCPhasePause events in this recording: 28.9 ms and 18.9 ms. */
    @Test
    void gcPausesFromJfr() throws IOException {
        Path recording = TestFiles.corpus("jfr").resolve("cryostat-jfr-datasource__jdk17-600s-recording.jfr");
        Path rulesFile = dir.resolve("gc.yaml");
        Files.writeString(rulesFile, "thresholds:\n  gc.pause:\n    - count <= 2\n    - max < 10ms\n");
        Path json = dir.resolve("gc.json");
        CliRun run = CliRun.of("check", recording.toString(), "--rules", rulesFile.toString(), "--json", json.toString());
        assertEquals(4, run.exitCode(), run.out());
        JsonNode results = new ObjectMapper().readTree(json.toFile()).get("results");
        assertEquals(2.0, results.get(0).get("observed").asDouble());
        assertEquals("PASS", results.get(0).get("verdict").asText());
        assertEquals("FAIL", results.get(1).get("verdict").asText());
        assertTrue(results.get(1).get("observed").asDouble() > 10_000_000, "the longer pause exceeds 10 ms");
    }

    @Test
    void badRecordingIsBadInput() throws IOException {
        Path empty = dir.resolve("empty.jfr");
        Files.write(empty, new byte[0]);
        CliRun run = CliRun.of("check", empty.toString(), "--rules", rules(), "--baseline", sample("run-a-recorder.jfr"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("flightpath check: empty file"), run.err());
    }
}
