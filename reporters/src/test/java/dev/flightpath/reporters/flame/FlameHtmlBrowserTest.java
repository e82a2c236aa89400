package dev.flightpath.reporters.flame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.flame.FlameAnalyzer;
import dev.flightpath.analyzers.flame.FlameDiffAnalyzer;
import dev.flightpath.analyzers.flame.FlameOptions;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.SampleKinds;
import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.StackTable;
import dev.flightpath.reporters.HeadlessChromium;
import dev.flightpath.reporters.TestInputs;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML flame graph in a real browser: headless Chromium from the distribution, driven by
 * Selenium through the distribution's chromedriver (explicit paths, so Selenium Manager never runs
 * and nothing is downloaded). Skipped without them, except in CI.
 */
class FlameHtmlBrowserTest {
    private static final Path SCREENSHOT = Path.of("target", "flame-browser.png");
    private static final Path TABLE_SCREENSHOT = Path.of("target", "flame-browser-table.png");
    private static final Path TREE_SCREENSHOT = Path.of("target", "flame-browser-tree.png");
    private static final Path SANDWICH_SCREENSHOT = Path.of("target", "flame-browser-sandwich.png");
    private static final Path HIDDEN_SCREENSHOT = Path.of("target", "flame-browser-hidden.png");
    private static final Path GRAPH_SCREENSHOT = Path.of("target", "flame-browser-graph.png");
    private static final Path MATCH_SCREENSHOT = Path.of("target", "flame-browser-match.png");

    @TempDir
    static Path tmp;

    private static ChromeDriver driver;
    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start(tmp.resolve("profile"), "--window-size=1400,1000");
        driver = browser.driver();
    }

    /**
     * Writes the page {@code flame} writes of a recording's default sample kind: against a baseline
     * when one is given (null for none), with frames without packages when {@code simple}.
     */
    private static void writeFlame(Path recordingFile, Path baselineFile, boolean simple, Path html) throws IOException {
        Recording recording = TestInputs.load(recordingFile);
        SampleKind kind = SampleKinds.defaultKind(SampleKinds.counts(recording)).orElseThrow();
        FlameOptions all = FlameOptions.of(kind);
        FlameOptions options = new FlameOptions(kind, false, all.fromNanos(), all.toNanos(), false, null, List.of(),
                List.of(), false, false, simple);
        FlameTree tree = FlameAnalyzer.build(recording, options);
        FlameHtmlOptions page = new FlameHtmlOptions("Flame graph: " + recordingFile.getFileName() + " ("
                + kind.cliName() + ")", tree.sampleCount() + " samples", 0);
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            if (baselineFile == null) {
                new FlameHtmlReporter().write(tree, page, out);
            } else {
                FlameTree base = FlameAnalyzer.build(TestInputs.load(baselineFile), options);
                new FlameHtmlReporter().write(FlameDiffAnalyzer.diff(tree, base), page, out);
            }
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void zoomSearchAndTableWork() throws IOException {
        Path html = tmp.resolve("kafka.html");
        writeFlame(TestInputs.corpusJfr("jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr"), null, false, html);
        // Icicle layout (root at the top), so the frames clicked are in view without scrolling.
        driver.get(html.toUri() + "#invert=1");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        assertNoConsoleErrors();
        assertEquals("Flame graph: jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr (cpu)", driver.getTitle());

        // Click the widest frame three levels down: the graph zooms to it.
        long node = ((Number) script("return flamegraph.widestAt(3)")).longValue();
        assertTrue(node > 0, "a frame is drawn at depth 3");
        String name = (String) script("return flamegraph.name(arguments[0])", node);
        @SuppressWarnings("unchecked")
        Map<String, Number> point = (Map<String, Number>) script(
                "var r = flamegraph.rectOf(arguments[0]); var c = document.getElementById('canvas').getBoundingClientRect();"
                        + "return {x: Math.round(c.left + r.x + Math.min(r.width / 2, 40)), y: Math.round(c.top + r.y + r.height / 2)};",
                node);
        new Actions(driver).moveToLocation(point.get("x").intValue(), point.get("y").intValue()).click().perform();
        wait.until(d -> ((Number) script("return flamegraph.state().zoom")).longValue() == node);
        assertTrue(driver.findElement(By.id("zoomed")).getText().startsWith("Zoomed to: " + name),
                driver.findElement(By.id("zoomed")).getText());
        assertTrue(driver.getCurrentUrl().contains("zoom=" + node), driver.getCurrentUrl());
        // The pointer rests on the zoomed frame: the tooltip names it with its weight in samples and shares.
        WebElement tooltip = driver.findElement(By.id("tooltip"));
        assertTrue(tooltip.isDisplayed());
        assertTrue(tooltip.getText().startsWith(name), tooltip.getText());
        assertTrue(tooltip.getText().matches("(?s).*Total: [\\d,]+ samples \u2014 \\d+\\.\\d\\d% of all, 100\\.00% of zoomed.*"),
                tooltip.getText());
        // The zoomed frame now spans the whole width.
        double canvasWidth = ((Number) script("return document.getElementById('canvas').getBoundingClientRect().width")).doubleValue();
        double zoomedWidth = ((Number) script("return flamegraph.rectOf(arguments[0]).width", node)).doubleValue();
        assertTrue(zoomedWidth > canvasWidth - 40, zoomedWidth + " of " + canvasWidth);

        // Search: the matched share appears, and the search is in the URL.
        driver.findElement(By.id("reset")).click();
        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("regex");
        WebElement matched = driver.findElement(By.id("matched"));
        wait.until(d -> !matched.getText().isEmpty());
        Matcher share = Pattern.compile("Matched: (\\d+\\.\\d\\d)% \\(([\\d,]+) samples?\\)").matcher(matched.getText());
        assertTrue(share.matches(), matched.getText());
        double percent = Double.parseDouble(share.group(1));
        assertTrue(percent > 0 && percent < 100, matched.getText());
        assertTrue(driver.getCurrentUrl().contains("search=regex"), driver.getCurrentUrl());
        save(SCREENSHOT);

        // The view state survives a reload through the URL hash.
        driver.navigate().refresh();
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        assertEquals("regex", script("return flamegraph.state().search"));
        assertEquals(Boolean.TRUE, script("return flamegraph.state().invert"));

        // The table view lists methods with self and total.
        driver.findElement(By.id("view-toggle")).click();
        WebElement table = driver.findElement(By.id("table"));
        wait.until(d -> table.isDisplayed());
        String header = table.findElement(By.tagName("thead")).getText();
        assertTrue(header.contains("Self") && header.contains("Total"), header);
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertTrue(rows.size() > 10, "rows: " + rows.size());
        List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
        assertEquals(5, cells.size());
        assertTrue(cells.get(0).getText().matches("[\\d,]+ samples?"), cells.get(0).getText());
        assertTrue(cells.get(1).getText().matches("\\d+\\.\\d\\d%"), cells.get(1).getText());
        save(TABLE_SCREENSHOT);
        assertNoConsoleErrors();
    }

    @Test
    void differentialGraphLoadsWithAChangeColumn() throws IOException {
        Path html = tmp.resolve("diff.html");
        writeFlame(TestInputs.corpusJfr("flightpath__async-profiler-4.2-jdk25-virtual-threads.jfr"),
                TestInputs.corpusJfr("flightpath__jdk25-virtual-threads-contention.jfr"), true, html);
        driver.get(html.toUri() + "#view=table");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        assertNoConsoleErrors();
        WebElement table = driver.findElement(By.id("table"));
        assertTrue(table.isDisplayed());
        assertTrue(table.findElement(By.tagName("thead")).getText().contains("\u0394 self share"));
        List<WebElement> cells = table.findElements(By.cssSelector("tbody tr")).get(0).findElements(By.tagName("td"));
        assertEquals(6, cells.size());
        assertTrue(cells.get(4).getText().matches("[+-]\\d+\\.\\d\\d pp"), cells.get(4).getText());
        assertTrue(driver.getPageSource().contains("(only in the baseline)"), "baseline-only methods are marked");
    }

    @Test
    void legendHideTreeAndSandwichWork() throws IOException {
        Path html = tmp.resolve("kafka-views.html");
        writeFlame(TestInputs.corpusJfr("jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr"), null, false, html);
        driver.get(html.toUri() + "#invert=1");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        assertNoConsoleErrors();

        // The legend names the frame kinds this recording has, each with a swatch.
        WebElement legend = driver.findElement(By.id("legend"));
        assertTrue(legend.getText().contains("JIT compiled") && legend.getText().contains("native"), legend.getText());
        assertTrue(legend.findElements(By.className("swatch")).size() >= 3, legend.getText());
        save(GRAPH_SCREENSHOT);

        // Right-click a frame, "Hide": its subtree leaves the graph and its weight leaves its ancestors.
        long node = ((Number) script("return flamegraph.widestAt(3)")).longValue();
        long parent = ((Number) script("return flamegraph.parentOf(arguments[0])", node)).longValue();
        String name = (String) script("return flamegraph.name(arguments[0])", node);
        String parentName = (String) script("return flamegraph.name(arguments[0])", parent);
        double nodeTotal = number("return flamegraph.visibleTotal(arguments[0])", node);
        double rootTotal = number("return flamegraph.visibleTotal(0)");
        rightClick(node);
        WebElement menu = driver.findElement(By.id("menu"));
        wait.until(d -> menu.isDisplayed());
        menu.findElement(By.cssSelector("[data-action=hide]")).click();
        wait.until(d -> number("return flamegraph.visibleTotal(arguments[0])", node) == 0);
        assertEquals(null, script("return flamegraph.rectOf(arguments[0])", node), "a hidden frame is not drawn");
        assertEquals(rootTotal - nodeTotal, number("return flamegraph.visibleTotal(0)"), 1e-9);
        assertTrue(driver.getCurrentUrl().contains("hide=" + node), driver.getCurrentUrl());
        WebElement restore = driver.findElement(By.id("restore"));
        assertTrue(restore.isDisplayed());
        assertEquals("Restore hidden (1)", restore.getText());
        save(HIDDEN_SCREENSHOT);
        restore.click();
        wait.until(d -> number("return flamegraph.visibleTotal(arguments[0])", node) == nodeTotal);
        assertTrue(script("return flamegraph.rectOf(arguments[0])", node) != null, "restored frames are drawn again");
        assertTrue(!restore.isDisplayed());

        // The tree view: the root expanded, its children heaviest first; the hottest path expands to a leaf.
        long widestChild = ((Number) script("return flamegraph.widestAt(1)")).longValue();
        driver.findElement(By.id("tree-toggle")).click();
        WebElement tree = driver.findElement(By.id("tree"));
        wait.until(d -> tree.isDisplayed());
        List<WebElement> rows = tree.findElements(By.className("tree-row"));
        assertTrue(rows.size() >= 2, "rows: " + rows.size());
        assertEquals(String.valueOf(widestChild), rows.get(1).getAttribute("data-node"));
        assertTrue(rows.get(0).getText().matches("(?s).*100\\.00%.*"), rows.get(0).getText());
        // Expanding a row by its toggle adds its children below it; collapsing removes them.
        WebElement toggle = rows.get(1).findElement(By.className("toggle"));
        int before = rows.size();
        toggle.click();
        int expanded = tree.findElements(By.className("tree-row")).size();
        assertTrue(expanded > before, before + " -> " + expanded);
        toggle.click();
        assertEquals(before, tree.findElements(By.className("tree-row")).size());
        driver.findElement(By.id("expand-hot")).click();
        assertTrue(number(DEEPEST_TREE_ROW) >= 3, "expanded to depth " + number(DEEPEST_TREE_ROW));
        save(TREE_SCREENSHOT);

        // Sandwich, from the graph's context menu: the method's callers (its parent among them) and callees.
        driver.findElement(By.id("tree-toggle")).click();
        wait.until(d -> driver.findElement(By.id("canvas")).isDisplayed());
        rightClick(node);
        wait.until(d -> menu.isDisplayed());
        menu.findElement(By.cssSelector("[data-action=sandwich]")).click();
        WebElement sandwich = driver.findElement(By.id("sandwich-view"));
        wait.until(d -> sandwich.isDisplayed());
        assertEquals("sandwich", script("return flamegraph.state().view"));
        assertTrue(driver.findElement(By.id("sandwich-title")).getText().startsWith("Sandwich: " + name),
                driver.findElement(By.id("sandwich-title")).getText());
        String callers = driver.findElement(By.id("callers")).getText();
        assertTrue(callers.contains(parentName), callers);
        assertTrue(callers.matches("(?s)\\d+\\.\\d\\d%.*"), callers);
        assertTrue(!driver.findElement(By.id("callees")).getText().isBlank());
        save(SANDWICH_SCREENSHOT);
        // It survives a reload through the URL hash.
        driver.navigate().refresh();
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        assertEquals("sandwich", script("return flamegraph.state().view"));
        assertTrue(driver.findElement(By.id("sandwich-title")).getText().startsWith("Sandwich: " + name));
        assertNoConsoleErrors();
    }

    /**
     * Stepping through search matches: Enter / Shift+Enter in the search box, the buttons, n / N on the
     * graph; heaviest match first, wrapping around; the index in the URL; hidden matches skipped.
     */
    @Test
    void searchMatchesCanBeSteppedThrough() throws IOException {
        Path html = tmp.resolve("kafka-steps.html");
        writeFlame(TestInputs.corpusJfr("jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr"), null, false, html);
        driver.get(html.toUri() + "#invert=1");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        WebElement nav = driver.findElement(By.id("match-nav"));
        WebElement counter = driver.findElement(By.id("match-count"));
        assertTrue(!nav.isDisplayed(), "no match controls without a search");

        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("regex\\.Pattern");
        wait.until(d -> counter.getText().endsWith(" matches"));
        @SuppressWarnings("unchecked")
        List<Number> order = (List<Number>) script("return flamegraph.matches()");
        int count = order.size();
        assertTrue(count >= 4, "matches: " + count);
        assertEquals(String.format("%,d matches", count), counter.getText());
        assertEquals(-1L, current(), "no current match before stepping");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) script("return flamegraph.matches().map(flamegraph.name)");
        assertTrue(names.stream().allMatch(name -> name.contains("regex.Pattern")), names.toString());
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) script("return flamegraph.matches().map(flamegraph.visibleTotal)");
        for (int k = 1; k < count; k++) {
            assertTrue(widths.get(k - 1).doubleValue() >= widths.get(k).doubleValue(), "heaviest first: " + widths);
        }

        // Enter: the first (heaviest) match is current, zoomed to, drawn and in the URL; again: the second.
        search.sendKeys(Keys.ENTER);
        wait.until(d -> counter.getText().equals("1 of " + count));
        assertEquals(order.get(0).longValue(), current());
        assertEquals(order.get(0).longValue(), ((Number) script("return flamegraph.state().zoom")).longValue());
        assertTrue(script("return flamegraph.rectOf(flamegraph.currentMatch())") != null, "the current match is drawn");
        assertTrue(driver.getCurrentUrl().contains("match=1"), driver.getCurrentUrl());
        search.sendKeys(Keys.ENTER);
        wait.until(d -> counter.getText().equals("2 of " + count));
        assertEquals(order.get(1).longValue(), current());
        // Shift+Enter goes back; before the first it wraps to the last.
        search.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        wait.until(d -> counter.getText().equals("1 of " + count));
        assertEquals(order.get(0).longValue(), current());
        search.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        wait.until(d -> counter.getText().equals(count + " of " + count));
        assertEquals(order.get(count - 1).longValue(), current());

        // The buttons, and n / N with the graph focused.
        WebElement next = driver.findElement(By.id("match-next"));
        next.click();
        wait.until(d -> counter.getText().equals("1 of " + count));
        next.click();
        next.click();
        wait.until(d -> counter.getText().equals("3 of " + count));
        script("document.getElementById('canvas').focus()");
        new Actions(driver).sendKeys("N").perform();
        wait.until(d -> counter.getText().equals("2 of " + count));
        new Actions(driver).sendKeys("n").perform();
        wait.until(d -> counter.getText().equals("3 of " + count));
        long third = order.get(2).longValue();
        assertEquals(third, current());
        assertTrue(driver.getCurrentUrl().contains("match=3"), driver.getCurrentUrl());
        save(MATCH_SCREENSHOT);

        // A link reproduces the current match.
        driver.navigate().refresh();
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        assertEquals(third, current());
        assertEquals("3 of " + count, driver.findElement(By.id("match-count")).getText());
        assertEquals(third, ((Number) script("return flamegraph.state().zoom")).longValue());

        // Hiding the heaviest match takes it out of the steps; the current frame stays current.
        long first = order.get(0).longValue();
        driver.findElement(By.id("reset")).click();
        assertEquals(third, current(), "zooming out keeps the current match");
        rightClick(first);
        WebElement menu = driver.findElement(By.id("menu"));
        wait.until(d -> menu.isDisplayed());
        menu.findElement(By.cssSelector("[data-action=hide]")).click();
        wait.until(d -> number("return flamegraph.visibleTotal(arguments[0])", first) == 0);
        @SuppressWarnings("unchecked")
        List<Number> left = (List<Number>) script("return flamegraph.matches()");
        assertTrue(left.size() < count && !left.stream().map(Number::longValue).collect(Collectors.toList()).contains(first),
                left + " after hiding " + first);
        assertEquals(Boolean.TRUE, script("return flamegraph.matches().every(function (m) { return flamegraph.visibleTotal(m) > 0; })"),
                "only visible matches");
        if (left.stream().anyMatch(m -> m.longValue() == third)) {
            assertEquals(third, current());
        }
        // A full round of "Next" visits every visible match once and no hidden one.
        @SuppressWarnings("unchecked")
        List<Number> round = (List<Number>) script("var seen = []; for (var k = 0; k < arguments[0]; k++) {"
                + " document.getElementById('match-next').click(); seen.push(flamegraph.currentMatch()); } return seen;",
                left.size());
        assertEquals(left.stream().map(Number::longValue).sorted().collect(Collectors.toList()),
                round.stream().map(Number::longValue).sorted().collect(Collectors.toList()));
        assertTrue(driver.findElement(By.id("match-count")).getText().endsWith(" of " + left.size()),
                driver.findElement(By.id("match-count")).getText());

        // Root at the bottom: stepping scrolls the current match into view below the sticky header.
        driver.get(html.toUri() + "#search=regex%5C.Pattern");
        driver.navigate().refresh();
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        script("window.scrollTo(0, 0)");
        driver.findElement(By.id("match-next")).click();
        wait.until(d -> current() == first);
        double top = number("return document.getElementById('canvas').getBoundingClientRect().top"
                + " + flamegraph.rectOf(flamegraph.currentMatch()).y");
        double header = number("return document.querySelector('header').getBoundingClientRect().bottom");
        double height = number("return window.innerHeight");
        assertTrue(top >= header && top + 18 <= height, "row at " + top + ", header to " + header + ", window " + height);
        assertNoConsoleErrors();
    }

    private static long current() {
        return ((Number) script("return flamegraph.currentMatch()")).longValue();
    }

    /** One stack 1,000 frames deep among a few shallow ones: graph, tree and hiding still work. */
    @Test
    void thousandFramesDeepStayUsable() throws IOException {
        StackTable.Builder stacks = new StackTable.Builder();
        SampleTable.Builder samples = new SampleTable.Builder();
        int[] deep = new int[1000];
        for (int level = 0; level < deep.length; level++) {
            deep[deep.length - 1 - level] = stacks.internFrame(new Frame("com.example.Deep.level" + level,
                    level % 3 == 0 ? FrameType.INTERPRETED : FrameType.JIT_COMPILED, 0));
        }
        int deepStack = stacks.internStack(deep);
        for (int s = 0; s < 30; s++) {
            samples.add(s, deepStack, 0, SampleKind.CPU, 1);
        }
        for (int s = 0; s < 10; s++) {
            int[] shallow = {stacks.internFrame(new Frame("com.example.Shallow.leaf" + s, FrameType.NATIVE, 0)), deep[999]};
            samples.add(100 + s, stacks.internStack(shallow), 0, SampleKind.CPU, 1);
        }
        Recording recording = new Recording(new RecordingInfo(InputFormat.JFR, "2.1", "", "", 0, 1, 1, false),
                Map.of(), List.of(new ProcessInfo(0, "1", "main", ProcessKind.THREAD, "")), List.of(),
                MessageTable.empty(), SchedulingTable.empty(), stacks.build(), samples.build(), 0, List.of());
        FlameTree tree = FlameAnalyzer.build(recording, FlameOptions.of(SampleKind.CPU));
        Path html = tmp.resolve("deep.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new FlameHtmlReporter().write(tree, new FlameHtmlOptions("deep", "synthetic", 0), out);
        }
        driver.get(html.toUri() + "#invert=1");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        assertNoConsoleErrors();
        long deepest = ((Number) script("return flamegraph.widestAt(1000)")).longValue();
        assertTrue(deepest > 0, "the 1,000th frame is drawn");
        assertEquals("com.example.Deep.level999", script("return flamegraph.name(arguments[0])", deepest));

        driver.get(html.toUri() + "#view=tree");
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        driver.findElement(By.id("expand-hot")).click();
        List<WebElement> rows = driver.findElement(By.id("tree")).findElements(By.className("tree-row"));
        assertTrue(rows.size() >= 1001, "rows: " + rows.size());
        assertEquals(1000.0, number(DEEPEST_TREE_ROW));

        // Hide the frame at depth 500 (through the URL): everything under it goes, the shallow stacks stay.
        long middle = ((Number) script("var n = 0; for (var i = 0; i < flamegraph.nodeCount; i++) {"
                + " if (flamegraph.name(i) === 'com.example.Deep.level499') { n = i; } } return n;")).longValue();
        driver.get(html.toUri() + "#invert=1&hide=" + middle);
        driver.navigate().refresh();
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        assertEquals(0.0, number("return flamegraph.visibleTotal(arguments[0])", middle));
        assertEquals(10.0, number("return flamegraph.visibleTotal(0)"));
        assertNoConsoleErrors();
    }

    private static final String DEEPEST_TREE_ROW = "return Math.max.apply(null, Array.from("
            + "document.querySelectorAll('#tree .tree-row')).map(function (r) { return +r.dataset.depth; }))";

    private static double number(String code, Object... args) {
        return ((Number) script(code, args)).doubleValue();
    }

    private static void rightClick(long node) {
        script("window.scrollTo(0, 0)");
        @SuppressWarnings("unchecked")
        Map<String, Number> point = (Map<String, Number>) script(
                "var r = flamegraph.rectOf(arguments[0]); var c = document.getElementById('canvas').getBoundingClientRect();"
                        + "return {x: Math.round(c.left + r.x + Math.min(r.width / 2, 40)), y: Math.round(c.top + r.y + r.height / 2)};",
                node);
        new Actions(driver).moveToLocation(point.get("x").intValue(), point.get("y").intValue()).contextClick().perform();
    }

    /** 100,000 distinct stacks, 16 deep (about 1.1 million tree nodes): the page still loads and searches. */
    @Test
    void hundredThousandStacksStayUsable() throws IOException {
        StackTable.Builder stacks = new StackTable.Builder();
        SampleTable.Builder samples = new SampleTable.Builder();
        long seed = 42;
        int depth = 16;
        for (int s = 0; s < 100_000; s++) {
            int[] leafFirst = new int[depth];
            for (int level = 0; level < depth; level++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int choice = (int) ((seed >>> 33) % 8);
                leafFirst[depth - 1 - level] = stacks.internFrame(new Frame(
                        "com.example.level" + level + ".Service" + choice + ".call", FrameType.JIT_COMPILED, 0));
            }
            samples.add(s, stacks.internStack(leafFirst), 0, SampleKind.CPU, 1);
        }
        Recording recording = new Recording(new RecordingInfo(InputFormat.JFR, "2.1", "", "", 0, 1, 1, false),
                Map.of(), List.of(new ProcessInfo(0, "1", "main", ProcessKind.THREAD, "")), List.of(),
                MessageTable.empty(), SchedulingTable.empty(), stacks.build(), samples.build(), 0, List.of());
        FlameTree tree = FlameAnalyzer.build(recording, FlameOptions.of(SampleKind.CPU));
        assertEquals(100_000, tree.collapsed().size());
        Path html = tmp.resolve("large.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new FlameHtmlReporter().write(tree, new FlameHtmlOptions("large", "synthetic", 0), out);
        }
        assertTrue(Files.size(html) < 16L * tree.nodeCount(), "compact: " + Files.size(html) + " bytes for "
                + tree.nodeCount() + " nodes");

        driver.get(html.toUri() + "#search=Service3");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> script("return typeof window.flamegraph === 'object'"));
        assertNoConsoleErrors();
        assertEquals((long) tree.nodeCount(), ((Number) script("return flamegraph.nodeCount")).longValue());
        assertTrue(driver.findElement(By.id("matched")).getText().startsWith("Matched: "),
                driver.findElement(By.id("matched")).getText());
        // Stepping through the (over 100,000) matches: sorting them once, then each step is quick.
        WebElement counter = driver.findElement(By.id("match-count"));
        String matches = counter.getText();
        assertTrue(matches.matches("[\\d,]+ matches"), matches);
        String count = matches.substring(0, matches.indexOf(' '));
        assertTrue(Integer.parseInt(count.replace(",", "")) > 100_000, matches);
        long start = System.nanoTime();
        driver.findElement(By.id("match-next")).click();
        wait.until(d -> counter.getText().equals("1 of " + count));
        driver.findElement(By.id("match-next")).click();
        wait.until(d -> counter.getText().equals("2 of " + count));
        driver.findElement(By.id("match-prev")).click();
        wait.until(d -> counter.getText().equals("1 of " + count));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 10_000, "three steps took " + millis + " ms");
        assertNoConsoleErrors();
    }

    private static Object script(String code, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }

    private static void save(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .collect(Collectors.toList());
        assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).collect(Collectors.toList()),
                "console errors");
    }
}
