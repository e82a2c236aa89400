package dev.flightpath.reporters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flightpath.analyzers.criticalpath.CriticalPathAnalyzer;
import dev.flightpath.analyzers.criticalpath.TracePath;
import dev.flightpath.model.Recording;
import dev.flightpath.reporters.HeadlessChromium;
import dev.flightpath.reporters.TestInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of every sample recording in headless Chromium (set up as in
 * {@link FlameHtmlBrowserTest}): it loads without console errors, every section renders or says why
 * it has no data, brushing the timeline narrows a table, and each section is saved as a screenshot
 * under {@code target/report-screenshots/}.
 */
class ReportBrowserTest {
    private static final Path SHOTS = Path.of("target", "report-screenshots");

    @TempDir
    static Path tmp;

    private static ChromeDriver driver;
    private static HeadlessChromium browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start(tmp.resolve("profile"), "--hide-scrollbars", "--window-size=1400,1800");
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /**
     * Writes the report of a sample (with more options), opens it and waits until its scripts have
     * run; returns the page's file.
     */
    private static Path openReport(String sample, String pageName) throws IOException {
        return openReport(sample, pageName, null, null);
    }

    /** The same with a baseline and a rules file (either may be null). */
    private static Path openReport(String sample, String pageName, Path baseline, Path rules) throws IOException {
        Path html = ReportPages.write(TestInputs.sample(sample), Path.of("target", "reports").resolve(pageName),
                baseline, rules);
        driver.get(html.toAbsolutePath().toUri().toString());
        wait.until(d -> "true".equals(script("return document.documentElement.getAttribute('data-ready')")));
        return html;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.flightpath.reporters.TestInputs#samples")
    void everySectionRendersAndBrushingNarrowsATable(String sample) throws IOException {
        JsonNode data = ReportPages.data(openReport(sample, sample + ".html"));
        assertNoConsoleErrors();
        assertEquals("Report: " + sample, driver.getTitle());

        // Findings first, one list item each, in the page's order.
        List<WebElement> findings = driver.findElements(By.cssSelector("ol.findings > li"));
        assertEquals(data.get("findings").size(), findings.size());
        for (int i = 0; i < findings.size(); i++) {
            assertTrue(findings.get(i).getText().contains(data.get("findings").get(i).get("statement").asText()));
        }
        String name = sample.substring(0, sample.indexOf('.'));
        // The sticky navigation bar would cover the top of each section's screenshot.
        script("document.getElementById('toc').style.position = 'static'");
        shoot(driver.findElement(By.id("header")), name + "-header");
        shoot(driver.findElement(By.id("findings")), name + "-findings");
        shoot(driver.findElement(By.id("timeline")), name + "-timeline");

        // Critical paths: the aggregated table, and the critical-path command's waterfall in its frame
        // (loaded before the section screenshots, which would otherwise catch the frame half drawn).
        JsonNode criticalPath = ReportPages.section(data, "critical-path");
        if (sample.endsWith("-otlp.jsonl")) {
            assertTrue(criticalPath.get("empty").isNull(), "the OTLP sample has spans");
        }
        if (criticalPath.get("empty").isNull()) {
            JsonNode byOperation = criticalPath.get("data").get("analysis").get("byOperation");
            List<WebElement> rows = driver.findElements(By.cssSelector("#critical-path-table tbody tr"));
            assertEquals(byOperation.size(), rows.size());
            assertEquals(byOperation.get(0).get("operation").asText(),
                    rows.get(0).findElements(By.tagName("td")).get(0).getText());
            WebElement frame = driver.findElement(By.cssSelector("#critical-path iframe.waterfall"));
            driver.switchTo().frame(frame);
            wait.until(d -> ((Number) script("return document.querySelectorAll('.seg').length")).longValue() > 0);
            for (String kind : List.of("self", "queue-wait")) {
                assertTrue(((Number) script("return document.querySelectorAll('.seg.' + arguments[0]).length", kind))
                        .longValue() > 0, kind + " segments");
                assertTrue(!"rgba(0, 0, 0, 0)".equals(script("return getComputedStyle(document.querySelector('.seg.'"
                        + " + arguments[0])).backgroundColor", kind)), kind + " segments are coloured");
            }
            driver.switchTo().defaultContent();
        }

        // Every section rendered, or shows why it has no data.
        for (JsonNode section : data.get("sections")) {
            String id = section.get("id").asText();
            WebElement element = driver.findElement(By.id(id));
            String state = element.getAttribute("data-state");
            if (section.get("empty").isNull()) {
                assertEquals("rendered", state, id);
            } else {
                assertEquals("empty", state, id);
                assertEquals(section.get("empty").asText(), element.findElement(By.cssSelector(".empty")).getText());
            }
            shoot(element, name + "-" + id);
        }

        // The DOM shows the embedded figures: the worst mailbox's greatest depth.
        JsonNode mailboxes = ReportPages.section(data, "mailboxes");
        if (mailboxes.get("empty").isNull()) {
            JsonNode worst = mailboxes.get("data").get("mailboxes").get(0);
            List<WebElement> cells = driver.findElements(By.cssSelector("#mailbox-table tbody tr")).get(0)
                    .findElements(By.tagName("td"));
            assertEquals(worst.get("process").asText(), cells.get(0).getText());
            assertEquals(String.format(Locale.ROOT, "%,d messages", worst.get("maxDepth").asLong()), cells.get(5).getText());
        }

        // A flame graph is the flame viewer, running in its frame.
        JsonNode flame = ReportPages.section(data, "flame");
        if (flame.get("empty").isNull()) {
            WebElement frame = driver.findElement(By.cssSelector("iframe.flame"));
            driver.switchTo().frame(frame);
            wait.until(d -> script("return typeof window.flamegraph === 'object'"));
            driver.switchTo().defaultContent();
        }

        brushNarrows(data);
        assertNoConsoleErrors();
    }

    /**
     * The timeline has a CPU load lane on a JVM sample (jdk.CPULoad), after the wait lanes and
     * before the sample lanes, with its two series in the legend and a dot per lone window, and
     * brushing marks it; the BEAM sample has no such lane.
     */
    @ParameterizedTest
    @ValueSource(strings = {"guild-fanout-jdk17.jfr", "guild-fanout-beam.trace"})
    void cpuLoadLaneOnJvmRecordingsOnly(String sample) throws IOException {
        JsonNode data = ReportPages.data(openReport(sample, sample + "-cpu-load.html"));
        assertNoConsoleErrors();
        @SuppressWarnings("unchecked")
        List<String> lanes = (List<String>) script("return Array.prototype.map.call("
                + "document.querySelectorAll('#timeline g.lane'), function (g) { return g.getAttribute('data-lane'); })");
        String legend = driver.findElement(By.id("timeline")).getText();
        if (!sample.endsWith(".jfr")) {
            assertTrue(data.get("timeline").get("cpuLoad").isNull());
            assertTrue(!lanes.contains("CPU load"), lanes.toString());
            assertTrue(!legend.contains("CPU load"), legend);
            return;
        }
        int cpu = lanes.indexOf("CPU load");
        assertTrue(cpu >= 0, lanes.toString());
        for (int i = 0; i < lanes.size(); i++) {
            String lane = lanes.get(i);
            if (lane.equals("Mailbox depth") || lane.equals("Scheduler latency p99") || lane.equals("Lock wait p99")) {
                assertTrue(i < cpu, lanes.toString());
            } else if (i != cpu) {
                assertTrue(i > cpu, "pauses and samples after CPU load: " + lanes);
            }
        }
        assertTrue(legend.contains("JVM CPU load") && legend.contains("machine CPU load"), legend);
        // A window with readings between windows without is drawn as a dot (the line has gaps).
        JsonNode load = data.get("timeline").get("cpuLoad");
        long lone = 0;
        double max = 0;
        for (String series : List.of("jvm", "machine")) {
            JsonNode values = load.get(series);
            for (int w = 0; w < values.size(); w++) {
                if (!values.get(w).isNull()) {
                    max = Math.max(max, values.get(w).asDouble() * 100);
                    if ((w == 0 || values.get(w - 1).isNull()) && (w == values.size() - 1 || values.get(w + 1).isNull())) {
                        lone++;
                    }
                }
            }
        }
        assertTrue(lone > 0, "the sample's readings are a second apart, windows 20 ms wide");
        WebElement lane = driver.findElement(By.cssSelector("#timeline g.lane[data-lane='CPU load']"));
        assertEquals(lone, lane.findElements(By.cssSelector("circle.point")).size());
        assertTrue(lane.getText().contains(String.format(Locale.ROOT, "max %.1f%%", max)), lane.getText());
        assertTrue(lane.getText().contains("100%"), "a fixed 0–100% scale: " + lane.getText());

        WebElement overlay = driver.findElement(By.id("timeline-brush"));
        new Actions(driver).scrollToElement(overlay).perform();
        int width = overlay.getSize().getWidth();
        new Actions(driver).moveToElement(overlay, -width / 10, 0).clickAndHold()
                .moveByOffset(width / 5, 0).release().perform();
        wait.until(d -> script("return window.report.selection()") != null);
        double laneBottom = ((Number) script("return arguments[0].getBoundingClientRect().bottom", lane)).doubleValue();
        double brushBottom = ((Number) script("return document.querySelector('#timeline rect.brush')"
                + ".getBoundingClientRect().bottom")).doubleValue();
        assertEquals("visible", script("return document.querySelector('#timeline rect.brush').getAttribute('visibility')"));
        assertTrue(brushBottom >= laneBottom, "the brush spans the CPU load lane: " + brushBottom + " < " + laneBottom);
        script("document.getElementById('toc').style.position = 'static'");
        shoot(driver.findElement(By.id("timeline")), "guild-fanout-jdk17-timeline-cpu-load-brushed");
        assertNoConsoleErrors();
    }

    @Test
    void baselineComparisonAndCiVerdictsRender() throws IOException {
        Path rules = tmp.resolve("rules.yaml");
        Files.writeString(rules, "thresholds:\n  latency:\n    - p(99) < 5ms\n  mailbox.depth{mailbox=\"guild\"}:\n"
                + "    - max < 50\n");
        Path html = openReport("guild-fanout-recorder.jfr", "with-baseline-and-rules.html",
                TestInputs.sample("guild-fanout-jdk17.jfr"), rules);
        assertNoConsoleErrors();
        script("document.getElementById('toc').style.position = 'static'");
        WebElement comparison = driver.findElement(By.id("comparison"));
        assertEquals("rendered", comparison.getAttribute("data-state"));
        JsonNode figures = ReportPages.section(ReportPages.data(html), "comparison").get("data").get("figures");
        assertTrue(figures.size() > 0, "key figures in both recordings");
        assertEquals(figures.size(), comparison.findElements(By.cssSelector("#comparison-table tbody tr")).size());
        driver.switchTo().frame(comparison.findElement(By.cssSelector("iframe.flame")));
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        driver.switchTo().defaultContent();
        WebElement checks = driver.findElement(By.id("checks"));
        assertEquals("rendered", checks.getAttribute("data-state"));
        assertTrue(checks.getText().contains("Overall: FAIL"), checks.getText());
        assertTrue(checks.findElements(By.cssSelector("#checks-table tbody tr")).size() >= 2);
        shoot(comparison, "guild-fanout-recorder-comparison-with-baseline");
        shoot(checks, "guild-fanout-recorder-checks-with-rules");
        assertNoConsoleErrors();
    }

    /**
     * Brushing narrows the critical paths of the OTLP sample: the table counts the paths whose root
     * starts in the selected windows, as computed here from the analyser's paths, and the waterfall
     * shows only such paths, the slowest first; clearing restores the critical-path command's figures.
     */
    @Test
    void brushingNarrowsTheCriticalPaths() throws Exception {
        Path sample = TestInputs.sample("guild-fanout-otlp.jsonl");
        driver.manage().window().setSize(new Dimension(1400, 1800));
        JsonNode data = ReportPages.data(openReport("guild-fanout-otlp.jsonl", "critical-path-brushed.html"));
        JsonNode analysis = ReportPages.section(data, "critical-path").get("data").get("analysis");
        script("document.getElementById('toc').style.position = 'static'");
        driver.switchTo().frame(driver.findElement(By.cssSelector("#critical-path iframe.waterfall")));
        wait.until(d -> script("return typeof window.waterfall === 'object'"));
        driver.switchTo().defaultContent();
        List<String> wholeRows = criticalPathRows();

        WebElement overlay = driver.findElement(By.id("timeline-brush"));
        new Actions(driver).scrollToElement(overlay).perform();
        int width = overlay.getSize().getWidth();
        new Actions(driver).moveToElement(overlay, -width / 10, 0).clickAndHold()
                .moveByOffset(width / 4, 0).release().perform();
        wait.until(d -> script("return window.report.selection()") != null);
        JsonNode timeline = data.get("timeline");
        long startNanos = timeline.get("startNanos").asLong();
        long windowNanos = timeline.get("windowNanos").asLong();
        int windows = timeline.get("windows").asInt();
        double from = ((Number) script("return window.report.selection().from")).doubleValue();
        double to = ((Number) script("return window.report.selection().to")).doubleValue();
        int w0 = (int) Math.max(0, Math.floor(from / windowNanos));
        int w1 = (int) Math.min(windows - 1, Math.max(w0, Math.ceil(to / windowNanos) - 1));

        // By hand: every root's path, in the window its root starts in.
        Recording recording = TestInputs.load(sample);
        String top = analysis.get("byOperation").get(0).get("operation").asText();
        long paths = 0;
        long onTop = 0;
        TracePath slowest = null;
        Set<String> tracesInRange = new HashSet<>();
        for (TracePath path : CriticalPathAnalyzer.paths(recording)) {
            long window = Math.min(windows - 1, Math.max(0, (path.startNanos() - startNanos) / windowNanos));
            if (window < w0 || window > w1) {
                continue;
            }
            paths++;
            tracesInRange.add(path.traceId());
            if (path.segments().stream().anyMatch(s -> s.operation().equals(top))) {
                onTop++;
            }
            if (slowest == null || path.durationNanos() > slowest.durationNanos()) {
                slowest = path;
            }
        }
        assertTrue(paths > 0 && paths < analysis.get("pathCount").asLong(), paths + " paths in windows " + w0 + "-" + w1);
        String caption = driver.findElement(By.id("critical-path-caption")).getText();
        assertTrue(caption.startsWith("In the selection"), caption);
        assertTrue(caption.contains(": " + String.format(Locale.ROOT, "%,d", paths) + " path"), caption);
        String topPaths = (String) script("var name = arguments[0], out = null; document.querySelectorAll('#critical-path-table tbody tr')"
                + ".forEach(function (r) { if (r.children[0].textContent === name) { out = r.children[3].textContent; } });"
                + " return out;", top);
        assertEquals(String.format(Locale.ROOT, "%,d", onTop), topPaths, top + " in windows " + w0 + "-" + w1);
        assertTrue(driver.findElement(By.id("critical-path-waterfall-heading")).getText().contains("in the selection"));

        driver.switchTo().frame(driver.findElement(By.cssSelector("#critical-path iframe.waterfall")));
        wait.until(d -> document("document.querySelector('p.meta').textContent").startsWith("Narrowed"));
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) script("return window.waterfall.shownTraces()");
        @SuppressWarnings("unchecked")
        List<Object> shownWindows = (List<Object>) script("var out = []; document.querySelectorAll('.path-block')"
                + ".forEach(function (b) { if (!b.hidden) { out.push(Number(b.getAttribute('data-window'))); } }); return out;");
        driver.switchTo().defaultContent();
        assertTrue(!shown.isEmpty() && shown.size() <= 10, shown.toString());
        assertEquals(slowest.traceId(), shown.get(0), "the slowest path in the selection first");
        for (int i = 0; i < shown.size(); i++) {
            assertTrue(tracesInRange.contains(shown.get(i)), shown.get(i));
            long window = ((Number) shownWindows.get(i)).longValue();
            assertTrue(window >= w0 && window <= w1, "window " + window);
        }
        shoot(driver.findElement(By.id("critical-path")), "guild-fanout-otlp-critical-path-brushed");

        script("window.report.select(null)");
        assertEquals(wholeRows, criticalPathRows());
        assertTrue(driver.findElement(By.id("critical-path-caption")).getText()
                .startsWith(String.format(Locale.ROOT, "%,d paths", analysis.get("pathCount").asLong())));
        driver.switchTo().frame(driver.findElement(By.cssSelector("#critical-path iframe.waterfall")));
        wait.until(d -> !document("document.querySelector('p.meta').textContent").startsWith("Narrowed"));
        @SuppressWarnings("unchecked")
        List<String> restored = (List<String>) script("return window.waterfall.shownTraces()");
        driver.switchTo().defaultContent();
        List<String> slowestTraces = new ArrayList<>();
        analysis.get("traces").forEach(t -> slowestTraces.add(t.get("traceId").asText()));
        assertEquals(slowestTraces, restored);
        assertNoConsoleErrors();
    }

    /** The critical-path table's cells, row by row. */
    @SuppressWarnings("unchecked")
    private static List<String> criticalPathRows() {
        return (List<String>) script("var out = []; document.querySelectorAll('#critical-path-table tbody tr')"
                + ".forEach(function (r) { out.push(r.textContent); }); return out;");
    }

    private static String document(String expression) {
        return String.valueOf(script("return " + expression));
    }

    /** Drags across the middle fifth of the timeline: the tables switch to the selection. */
    private void brushNarrows(JsonNode data) throws IOException {
        List<WebElement> overlays = driver.findElements(By.id("timeline-brush"));
        if (overlays.isEmpty()) {
            return;
        }
        WebElement overlay = overlays.get(0);
        new Actions(driver).scrollToElement(overlay).perform();
        int width = overlay.getSize().getWidth();
        new Actions(driver).moveToElement(overlay, -width / 10, 0).clickAndHold()
                .moveByOffset(width / 5, 0).release().perform();
        wait.until(d -> script("return window.report.selection()") != null);
        assertNotNull(script("return window.report.selection()"));
        boolean narrowed = false;
        if (ReportPages.section(data, "mailboxes").get("empty").isNull()) {
            String caption = driver.findElement(By.id("mailbox-table-caption")).getText();
            assertTrue(caption.startsWith("In the selection"), caption);
            long wholeIn = 0;
            for (JsonNode mailbox : ReportPages.section(data, "mailboxes").get("data").get("mailboxes")) {
                wholeIn += mailbox.get("enqueued").asLong();
            }
            long selectedIn = ((Number) script("var rows = document.querySelectorAll('#mailbox-table tbody tr'); var sum = 0;"
                    + "rows.forEach(function (r) { sum += Number(r.children[2].textContent.replace(/[^0-9]/g, '')); });"
                    + "return sum;")).longValue();
            assertTrue(selectedIn < wholeIn, selectedIn + " of " + wholeIn + " messages in the selection");
            narrowed = true;
        }
        String name = data.get("summary").get("file").asText().replaceAll(".*/", "").replaceAll("\\..*", "");
        JsonNode timeline = data.get("timeline");
        long windowNanos = timeline.get("windowNanos").asLong();
        int windows = timeline.get("windows").asInt();
        // The windows the page narrows to, as its windowRange does: [w0, w1] inclusive.
        double from = ((Number) script("return window.report.selection().from")).doubleValue();
        double to = ((Number) script("return window.report.selection().to")).doubleValue();
        int w0 = (int) Math.max(0, Math.floor(from / windowNanos));
        int w1 = (int) Math.min(windows - 1, Math.max(w0, Math.ceil(to / windowNanos) - 1));
        if (ReportPages.section(data, "latency").get("empty").isNull()) {
            String caption = driver.findElement(By.id("latency-selection-caption")).getText();
            assertTrue(caption.startsWith("In the selection"), caption);
            // The per-group table counts the waits of each group in the selected windows.
            long expected = 0;
            for (JsonNode series : timeline.get("groupWaits")) {
                JsonNode cells = series.get("cells");
                for (int i = 0; i < cells.size(); i += 3) {
                    if (cells.get(i).asInt() >= w0 && cells.get(i).asInt() <= w1) {
                        expected += cells.get(i + 2).asLong();
                    }
                }
            }
            long whole = 0;
            for (JsonNode group : ReportPages.section(data, "latency").get("data").get("groups")) {
                whole += group.get("count").asLong();
            }
            assertTrue(expected < whole, expected + " of " + whole + " waits in the selection");
            assertEquals(expected, latencyTableCount());
            assertTrue(driver.findElement(By.id("latency-table-caption")).getText().startsWith("In the selection"));
            // The histogram's bars: the waits of its (up to 4) groups in the selected windows.
            assertEquals(histogramWaits(data, w0, w1), histogramBarCount());
            assertTrue(driver.findElement(By.id("latency-histogram-caption")).getText().startsWith("In the selection"));
            shoot(driver.findElement(By.id("latency")), name + "-latency-brushed");
            narrowed = true;
        }
        JsonNode flame = ReportPages.section(data, "flame");
        boolean spanGraph = flame.get("empty").isNull()
                && "span".equals(flame.get("data").get("graphs").get(0).get("kind").asText());
        long wholeRoot = 0;
        if (flame.get("empty").isNull()) {
            // The first graph is narrowed to the selection widened to whole windows of its time data.
            JsonNode graph = flame.get("data").get("graphs").get(0);
            driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.flame")));
            wait.until(d -> script("return window.flamegraph.narrowed()") != null);
            int g0 = ((Number) script("return window.flamegraph.narrowed().from")).intValue();
            int g1 = ((Number) script("return window.flamegraph.narrowed().to")).intValue();
            long root = ((Number) script("return window.flamegraph.rootTotal()")).longValue();
            String note = driver.findElement(By.id("narrowed")).getText();
            driver.switchTo().defaultContent();
            int step = graph.get("windowStep").asInt();
            assertEquals(Math.floorDiv(w0, step) * step, g0);
            assertEquals(Math.min(windows, (w1 / step + 1) * step), g1);
            assertTrue(note.startsWith("Narrowed to "), note);
            if (spanGraph) {
                // Critical-path time by span-name stack, of the paths whose root starts in the windows.
                wholeRoot = ReportPages.section(data, "critical-path").get("data").get("analysis").get("totalNanos")
                        .asLong();
                assertTrue(root > 0 && root < wholeRoot, root + " of " + wholeRoot + " ns");
            } else {
                String caption = driver.findElement(By.id("hot-caption")).getText();
                assertTrue(caption.startsWith("In the selection"), caption);
                // Its root counts the samples of its kind the timeline has in those windows.
                long expected = 0;
                for (JsonNode series : timeline.get("samples")) {
                    if (series.get("kind").asText().equals(graph.get("kind").asText())) {
                        for (int w = g0; w < g1; w++) {
                            expected += series.get("counts").get(w).asLong();
                        }
                    }
                }
                assertEquals(expected, root, "samples in windows " + g0 + " to " + g1);
                assertTrue(root < graph.get("samples").asLong(), root + " of " + graph.get("samples") + " samples");
            }
            shoot(driver.findElement(By.id("flame")), name + "-flame-brushed");
        }
        shoot(driver.findElement(By.id("timeline")), name + "-timeline-brushed");
        if (narrowed) {
            WebElement table = driver.findElements(By.id("mailbox-table")).isEmpty()
                    ? driver.findElement(By.id("latency")) : driver.findElement(By.id("mailboxes"));
            shoot(table, name + "-brushed-table");
        }
        script("window.report.select(null)");
        assertEquals(null, script("return window.report.selection()"));
        if (ReportPages.section(data, "latency").get("empty").isNull()) {
            long whole = 0;
            for (JsonNode group : ReportPages.section(data, "latency").get("data").get("groups")) {
                whole += group.get("count").asLong();
            }
            assertEquals(whole, latencyTableCount());
            long wholeBars = 0;
            JsonNode groups = ReportPages.section(data, "latency").get("data").get("groups");
            for (int g = 0; g < Math.min(4, groups.size()); g++) {
                wholeBars += groups.get(g).get("count").asLong();
            }
            assertEquals(wholeBars, histogramBarCount());
        }
        if (flame.get("empty").isNull()) {
            driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.flame")));
            wait.until(d -> script("return window.flamegraph.narrowed()") == null);
            assertEquals(spanGraph ? wholeRoot : flame.get("data").get("graphs").get(0).get("samples").asLong(),
                    ((Number) script("return window.flamegraph.rootTotal()")).longValue());
            assertTrue(driver.findElements(By.cssSelector("#narrowed:not([hidden])")).isEmpty(), "no narrowing note");
            driver.switchTo().defaultContent();
        }
    }

    /** The waits the latency histogram's bars stand for, summed. */
    private static long histogramBarCount() {
        return ((Number) script("var sum = 0; document.querySelectorAll('#latency-histogram rect').forEach(function (r) {"
                + " sum += Number(r.getAttribute('data-count')); }); return sum;")).longValue();
    }

    /** The waits of the histogram's groups (the 4 worst) in windows w0 to w1, from the page's per-window data. */
    private static long histogramWaits(JsonNode data, int w0, int w1) {
        JsonNode groups = ReportPages.section(data, "latency").get("data").get("groups");
        long sum = 0;
        for (int g = 0; g < Math.min(4, groups.size()); g++) {
            for (JsonNode series : data.get("timeline").get("groupWaits")) {
                if (series.get("group").equals(groups.get(g).get("group"))
                        && series.get("category").equals(groups.get(g).get("category"))) {
                    JsonNode cells = series.get("cells");
                    for (int i = 0; i < cells.size(); i += 3) {
                        if (cells.get(i).asInt() >= w0 && cells.get(i).asInt() <= w1) {
                            sum += cells.get(i + 2).asLong();
                        }
                    }
                }
            }
        }
        return sum;
    }

    /** The waits the per-group latency table lists, summed over its rows. */
    private static long latencyTableCount() {
        return ((Number) script("var sum = 0; document.querySelectorAll('#latency-table tbody tr').forEach(function (r) {"
                + " sum += Number(r.children[2].textContent.replace(/[^0-9]/g, '')); }); return sum;")).longValue();
    }

    private static Object script(String code, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }

    private static void shoot(WebElement element, String name) throws IOException {
        Files.createDirectories(SHOTS);
        // A screenshot cannot be taller than the window: make the window fit the element.
        int height = element.getSize().getHeight();
        driver.manage().window().setSize(new Dimension(1400, Math.max(1000, height + 200)));
        script("arguments[0].scrollIntoView()", element);
        Path shot = element.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .collect(Collectors.toList());
        assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).collect(Collectors.toList()),
                "console errors");
    }
}
