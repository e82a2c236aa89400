package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.CpuLoadTable;
import dev.flightpath.model.DataKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code report}: one file per sample, whose numbers are the terminal commands' numbers. */
class ReportCommandTest {
    static final List<String> SAMPLES = List.of("guild-fanout-jdk17.jfr", "guild-fanout-recorder.jfr",
            "guild-fanout-otlp.jsonl", "guild-fanout-beam.trace", "chrome-systrace-sched.json");

    /** Every sample recording, for the tests that run once per sample. */
    static Stream<String> samples() {
        return SAMPLES.stream();
    }

    @TempDir
    Path tmp;

    private Path report(String sample, String... extra) {
        Path html = tmp.resolve(sample + ".html");
        String[] args = new String[4 + extra.length];
        args[0] = "report";
        args[1] = TestFiles.sample(sample).toString();
        args[2] = "-o";
        args[3] = html.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Wrote " + html + ": report of "), run.out());
        return html;
    }

    /**
     * The CPU load lane of the JVM samples (each has jdk.CPULoad: 3 and 2 readings, per {@code jfr
     * summary}) is, per window, the mean of the readings the loader gives, computed here; windows
     * without a reading are null; the header counts the readings.
     */
    @ParameterizedTest
    @ValueSource(strings = {"guild-fanout-jdk17.jfr", "guild-fanout-recorder.jfr"})
    void cpuLoadLaneIsTheMeanOfTheReadingsPerWindow(String sample) throws Exception {
        JsonNode data = ReportPage.data(report(sample));
        CpuLoadTable readings = RecordingLoader.load(TestFiles.sample(sample), null, LoadRequest.of(DataKind.CPU_LOAD))
                .cpuLoad();
        assertEquals(sample.contains("jdk17") ? 3 : 2, readings.size());
        JsonNode timeline = data.get("timeline");
        long start = timeline.get("startNanos").asLong();
        long window = timeline.get("windowNanos").asLong();
        int windows = timeline.get("windows").asInt();
        double[] jvm = new double[windows];
        double[] machine = new double[windows];
        int[] count = new int[windows];
        for (int row = 0; row < readings.size(); row++) {
            int w = (int) Math.max(0, Math.min(windows - 1, (readings.timeNanos(row) - start) / window));
            jvm[w] += readings.jvmUser(row) + readings.jvmSystem(row);
            machine[w] += readings.machineTotal(row);
            count[w]++;
        }
        JsonNode lane = timeline.get("cpuLoad");
        int withData = 0;
        for (int w = 0; w < windows; w++) {
            if (count[w] == 0) {
                assertTrue(lane.get("jvm").get(w).isNull(), "no reading, no value: window " + w);
                assertTrue(lane.get("machine").get(w).isNull(), "no reading, no value: window " + w);
            } else {
                withData++;
                assertEquals(jvm[w] / count[w], lane.get("jvm").get(w).asDouble(), 0.5e-4, "window " + w);
                assertEquals(machine[w] / count[w], lane.get("machine").get(w).asDouble(), 0.5e-4, "window " + w);
            }
        }
        assertTrue(withData > 0);
        JsonNode coverage = null;
        for (JsonNode item : data.get("coverage")) {
            if (item.get("what").asText().equals("CPU load readings")) {
                coverage = item;
            }
        }
        assertTrue(coverage != null && coverage.get("present").asBoolean(), data.get("coverage").toString());
        assertEquals(readings.size(), coverage.get("count").asInt());
        assertTrue(coverage.get("note").asText().startsWith("sampled once a second by the JVM"), coverage.toString());
    }

    @Test
    void noCpuLoadLaneWithoutReadings() throws IOException {
        JsonNode data = ReportPage.data(report("guild-fanout-beam.trace"));
        assertTrue(data.get("timeline").get("cpuLoad").isNull());
        boolean missing = false;
        for (JsonNode item : data.get("coverage")) {
            missing |= item.get("what").asText().equals("CPU load readings") && !item.get("present").asBoolean();
        }
        assertTrue(missing, data.get("coverage").toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pageNumbersEqualTheTerminalCommands(String sample) throws IOException {
        Path html = report(sample);
        JsonNode data = ReportPage.data(html);
        String file = TestFiles.sample(sample).toString();

        CliRun summary = CliRun.of("summary", file, "--format", "json");
        assertEquals(0, summary.exitCode(), summary.err());
        ObjectNode expected = (ObjectNode) ReportPage.parse(summary.out());
        ObjectNode actual = ((ObjectNode) data.get("summary")).deepCopy();
        // The summary command does not load stack samples; the report does.
        expected.remove("samples");
        actual.remove("samples");
        assertEquals(expected, actual);

        CliRun mailbox = CliRun.of("mailbox", file, "--format", "json");
        JsonNode mailboxes = ReportPage.section(data, "mailboxes");
        if (mailbox.exitCode() == 0) {
            assertEquals(withoutProcessIds(ReportPage.parse(mailbox.out())), withoutProcessIds(mailboxes.get("data")));
            assertTrue(mailboxes.get("empty").isNull());
        } else {
            assertEquals(ExitCodes.BAD_INPUT, mailbox.exitCode());
            assertTrue(mailboxes.get("empty").asText().startsWith("No messages in this recording"));
        }

        CliRun latency = CliRun.of("latency", file, "--format", "json");
        JsonNode latencySection = ReportPage.section(data, "latency");
        if (latency.exitCode() == 0) {
            assertEquals(ReportPage.parse(latency.out()), latencySection.get("data"));
        } else {
            assertEquals(ExitCodes.BAD_INPUT, latency.exitCode());
            assertTrue(latencySection.get("empty").asText().startsWith("No scheduling intervals"));
        }

        JsonNode flame = ReportPage.section(data, "flame");
        if (flame.get("empty").isNull()) {
            for (JsonNode hot : flame.get("data").get("hot")) {
                CliRun terminal = CliRun.of("hot", file, "--event", hot.get("kind").asText(), "--format", "json",
                        "--top", "30");
                assertEquals(0, terminal.exitCode(), terminal.err());
                JsonNode expectedHot = ReportPage.parse(terminal.out());
                assertEquals(expectedHot.get("samples"), hot.get("sampleCount"));
                assertEquals(expectedHot.get("totalWeight"), hot.get("totalWeight"));
                if (hot.has("windows")) {
                    // Per group of windows, the hot analysis adds up to the whole range's.
                    JsonNode windows = hot.get("windows");
                    long totals = 0;
                    for (JsonNode total : windows.get("totals")) {
                        totals += total.asLong();
                    }
                    assertEquals(hot.get("totalWeight").asLong(), totals);
                    long[] selves = new long[windows.get("methods").size()];
                    JsonNode cells = windows.get("cells");
                    for (int c = 0; c < cells.size(); c += 4) {
                        selves[cells.get(c + 1).asInt()] += cells.get(c + 2).asLong();
                    }
                    for (int m = 0; m < selves.length; m++) {
                        assertEquals(hot.get("methods").get(m).get("self").asLong(), selves[m],
                                windows.get("methods").get(m).asText());
                    }
                }
                for (int i = 0; i < expectedHot.get("methods").size(); i++) {
                    JsonNode want = expectedHot.get("methods").get(i);
                    JsonNode got = hot.get("methods").get(i);
                    assertEquals(want.get("name"), got.get("name"));
                    assertEquals(want.get("self"), got.get("self"));
                    assertEquals(want.get("total"), got.get("total"));
                }
            }
            // The flame command's viewer is in the page once, and each graph's data in its own element.
            String page = Files.readString(html, StandardCharsets.UTF_8);
            assertEquals(1, page.split("window.flamegraph = ", -1).length - 1, "the flame viewer, once");
            for (JsonNode graph : flame.get("data").get("graphs")) {
                assertTrue(ReportPage.element(page, graph.get("data").asText()).contains("\"names\":"), "its data");
            }
        } else {
            assertTrue(flame.get("empty").asText().startsWith("No stack samples"));
        }
        JsonNode criticalPath = ReportPage.section(data, "critical-path");
        if (criticalPath.get("empty").isNull()) {
            CliRun terminal = CliRun.of("critical-path", file, "--format", "json");
            assertEquals(0, terminal.exitCode(), terminal.err());
            assertEquals(ReportPage.parse(terminal.out()), criticalPath.get("data").get("analysis"));
            assertTrue(criticalPath.get("data").get("waterfall").asText().contains("class=\"seg "),
                    "the critical-path command's waterfall page");
        } else {
            assertTrue(criticalPath.get("empty").asText().startsWith("No spans in this recording"));
        }
        if (sample.endsWith("-otlp.jsonl")) {
            assertTrue(criticalPath.get("empty").isNull(), "the OTLP sample has spans");
        }
        assertTrue(Files.size(html) < 10_000_000, "under 10 MB: " + Files.size(html));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(page.contains("http://") && page.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "no network addresses");
        assertFalse(page.contains("https://"), "no network addresses");
    }

    /**
     * Process ids are indexes into the loaded process list, which depends on what a command asks
     * the loader for (the report reads everything); the names and every figure must match.
     */
    private static JsonNode withoutProcessIds(JsonNode report) {
        JsonNode copy = report.deepCopy();
        for (JsonNode mailbox : copy.get("mailboxes")) {
            ((ObjectNode) mailbox).remove("processId");
        }
        return copy;
    }

    @Test
    void gcPausesDrawTimelineLanesAndMakeAFinding() throws IOException {
        // Two jdk.GCPhasePause events, 28.9 ms and 18.9 ms, in 600 s of recording.
        Path jfr = Corpus.jfr("cryostat-jfr-datasource__jdk17-600s-recording.jfr");
        Path html = tmp.resolve("pauses.html");
        CliRun run = CliRun.of("report", jfr.toString(), "-o", html.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode data = ReportPage.data(html);
        JsonNode gc = null;
        for (JsonNode lane : data.get("timeline").get("waits")) {
            if (lane.get("name").asText().equals("gc-pause")) {
                gc = lane;
            }
        }
        assertTrue(gc != null, "a gc-pause lane: " + data.get("timeline").get("waits"));
        long pauses = 0;
        for (JsonNode count : gc.get("count")) {
            pauses += count.asLong();
        }
        assertEquals(2, pauses);
        JsonNode finding = null;
        for (JsonNode f : data.get("findings")) {
            if (f.get("rule").asText().equals("gc-pauses")) {
                finding = f;
            }
        }
        assertTrue(finding != null, "a gc-pauses finding: " + data.get("findings"));
        assertTrue(finding.get("statement").asText().contains("2 pauses, 47.8 ms in all; the longest 28.9 ms"),
                finding.get("statement").asText());
        assertTrue(finding.get("evidence").get(0).asText().startsWith("longest pause: 28.9 ms at +"),
                finding.get("evidence").toString());
        assertEquals("timeline", finding.get("section").asText());
        JsonNode coverage = null;
        for (JsonNode item : data.get("coverage")) {
            if (item.get("what").asText().equals("GC and safepoint pauses")) {
                coverage = item;
            }
        }
        assertTrue(coverage != null && coverage.get("present").asBoolean(), data.get("coverage").toString());
        assertTrue(coverage.get("note").asText().startsWith("2 gc-pause, "), coverage.toString());
    }

    @Test
    void baselineAndRulesFillTheirSections() throws IOException {
        Path rules = tmp.resolve("rules.yaml");
        Files.writeString(rules, "thresholds:\n  latency:\n    - p(99) < 5ms\n  mailbox.depth{mailbox=\"guild\"}:\n"
                + "    - max < 50\n");
        Path html = report("guild-fanout-recorder.jfr", "--baseline",
                TestFiles.sample("guild-fanout-jdk17.jfr").toString(), "--rules", rules.toString(), "--title", "Run 7");
        JsonNode data = ReportPage.data(html);
        assertEquals("Run 7", data.get("title").asText());
        JsonNode comparison = ReportPage.section(data, "comparison");
        assertTrue(comparison.get("empty").isNull());
        String graphId = comparison.get("data").get("flame").get("graphs").get(0).get("data").asText();
        assertTrue(ReportPage.element(Files.readString(html, StandardCharsets.UTF_8), graphId).contains("\"baseline\""));
        JsonNode checks = ReportPage.section(data, "checks");
        assertEquals("fail", checks.get("data").get("overall").asText());
        assertTrue(checks.get("data").get("results").size() >= 2);
        // The gate's failures are findings too, one per failed condition, linked to the section.
        long failed = 0;
        for (JsonNode result : checks.get("data").get("results")) {
            failed += "fail".equals(result.get("verdict").asText()) ? 1 : 0;
        }
        long gateWarnings = 0;
        for (JsonNode finding : data.get("findings")) {
            if ("ci-gate".equals(finding.get("rule").asText())) {
                assertEquals("checks", finding.get("section").asText());
                assertTrue(finding.get("statement").asText().startsWith("CI gate: "), finding.toString());
                gateWarnings += finding.get("score").asInt() == 100 ? 1 : 0;
            }
        }
        assertTrue(failed > 0);
        assertEquals(failed, gateWarnings);
    }

    @Test
    void comparisonShowsASignificantIncreaseInTheSlowGuildsWait() throws IOException {
        Path html = tmp.resolve("slow-guild.html");
        CliRun run = CliRun.of("report", TestFiles.sample("check/slow-guild-recorder.jfr").toString(), "--baseline",
                TestFiles.sample("check/run-a-recorder.jfr").toString(), "-o", html.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode comparison = ReportPage.section(ReportPage.data(html), "comparison");
        assertTrue(comparison.get("empty").isNull(), comparison.toString());
        JsonNode data = comparison.get("data");
        assertEquals("run-a-recorder.jfr", data.get("baseline").asText());
        assertEquals("fail", data.get("overall").asText());
        JsonNode guild = null;
        for (JsonNode row : data.get("figures")) {
            if (row.get("rule").asText().equals("mailbox.wait") && row.get("group").asText().equals("{mailbox=\"guild\"}")) {
                guild = row;
            }
        }
        assertTrue(guild != null, data.get("figures").toString());
        assertEquals("fail", guild.get("verdict").asText(), guild.toString());
        assertEquals("nanoseconds", guild.get("unit").asText());
        double observed = guild.get("observed").asDouble();
        double base = guild.get("baseline").asDouble();
        assertTrue(observed > base, guild.toString());
        assertEquals(observed - base, guild.get("delta").asDouble(), 1e-6 * observed);
        assertTrue(guild.get("shiftLow").asDouble() > 0, "the interval excludes no change: " + guild);
        assertTrue(guild.get("shiftHigh").asDouble() >= guild.get("shift").asDouble());
        assertTrue(guild.get("shift").asDouble() >= guild.get("shiftLow").asDouble());
        assertTrue(guild.get("adjustedPValue").asDouble() < 0.05, guild.toString());
        // The same figures as the CI gate with the same rules.
        for (JsonNode row : data.get("figures")) {
            assertTrue(row.get("condition").asText().endsWith("<= baseline"), row.toString());
        }
    }

    @Test
    void withoutBaselineOrRulesTheSectionsSayHowToGetThem() throws IOException {
        JsonNode data = ReportPage.data(report("guild-fanout-otlp.jsonl"));
        assertTrue(ReportPage.section(data, "comparison").get("empty").asText().contains("--baseline"));
        assertTrue(ReportPage.section(data, "checks").get("empty").asText().contains("--rules"));
        assertTrue(ReportPage.section(data, "critical-path").get("empty").isNull(), "spans: critical paths shown");
    }

    @Test
    void spanDataGetsTheCriticalPathFlameGraph() throws IOException {
        Path html = report("guild-fanout-otlp.jsonl");
        JsonNode data = ReportPage.data(html);
        JsonNode analysis = ReportPage.section(data, "critical-path").get("data").get("analysis");
        JsonNode graphs = ReportPage.section(data, "flame").get("data").get("graphs");
        assertEquals(1, graphs.size(), "no stack samples: only the span graph");
        JsonNode graph = graphs.get(0);
        assertEquals("span", graph.get("kind").asText());
        assertEquals("paths", graph.get("countNoun").asText());
        assertEquals(analysis.get("pathCount").asLong(), graph.get("samples").asLong());
        // The root of the graph is all critical-path time, as the critical-path analysis sums it.
        assertTrue(ReportPage.element(Files.readString(html, StandardCharsets.UTF_8), graph.get("data").asText())
                .contains("\"total\":[" + analysis.get("totalNanos").asLong() + ","),
                "root total " + analysis.get("totalNanos"));
        assertTrue(graph.get("windowStep").asInt() >= 1, "narrows with the timeline");
    }

    @Test
    void fromAndToNarrowTheMailboxesAndLatencyLikeTheirCommands() throws IOException {
        Path html = report("guild-fanout-recorder.jfr", "--from", "1s", "--to", "2s");
        JsonNode data = ReportPage.data(html);
        CliRun mailbox = CliRun.of("mailbox", TestFiles.sample("guild-fanout-recorder.jfr").toString(), "--from", "1s",
                "--to", "2s", "--format", "json");
        assertEquals(withoutProcessIds(ReportPage.parse(mailbox.out())),
                withoutProcessIds(ReportPage.section(data, "mailboxes").get("data")));
        CliRun latency = CliRun.of("latency", TestFiles.sample("guild-fanout-recorder.jfr").toString(), "--from", "1s",
                "--to", "2s", "--format", "json");
        assertEquals(ReportPage.parse(latency.out()), ReportPage.section(data, "latency").get("data"));
        assertEquals(1_000_000_000L, data.get("selection").get("from").asLong());
        assertEquals(2_000_000_000L, data.get("selection").get("to").asLong());
    }

    @Test
    void fromAndToNarrowTheCriticalPathsLikeTheCommand() throws IOException {
        Path html = report("guild-fanout-otlp.jsonl", "--from", "300ms", "--to", "600ms");
        JsonNode section = ReportPage.section(ReportPage.data(html), "critical-path");
        CliRun terminal = CliRun.of("critical-path", TestFiles.sample("guild-fanout-otlp.jsonl").toString(), "--from",
                "300ms", "--to", "600ms", "--format", "json");
        assertEquals(0, terminal.exitCode(), terminal.err());
        JsonNode expected = ReportPage.parse(terminal.out());
        assertEquals(expected, section.get("data").get("analysis"));
        CliRun whole = CliRun.of("critical-path", TestFiles.sample("guild-fanout-otlp.jsonl").toString(), "--format",
                "json");
        long all = ReportPage.parse(whole.out()).get("pathCount").asLong();
        assertTrue(expected.get("pathCount").asLong() > 0 && expected.get("pathCount").asLong() < all,
                expected.get("pathCount") + " of " + all);
    }

    @Test
    void anEmptyRangeIsAUsageError() {
        CliRun run = CliRun.of("report", TestFiles.sample("guild-fanout-recorder.jfr").toString(), "--from", "2s",
                "--to", "1s", "-o", tmp.resolve("x.html").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("flightpath report: --from/--to select nothing"), run.err());
    }

    @Test
    void aBadRulesFileIsBadInput() throws IOException {
        Path rules = tmp.resolve("bad.yaml");
        Files.writeString(rules, "thresholds:\n  nosuchmetric:\n    - p(99) < 5ms\n");
        CliRun run = CliRun.of("report", TestFiles.sample("guild-fanout-recorder.jfr").toString(), "--rules",
                rules.toString(), "-o", tmp.resolve("x.html").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("flightpath report: bad rules file '" + rules + "'"), run.err());
    }
}
