package dev.flightpath.cli;

import dev.flightpath.reporters.HeadlessChromium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exported speedscope files opened in the speedscope web app itself (its npm package, pinned
 * in {@code test-tools/package.json} and installed by {@code .ci/run}), in headless Chromium: the
 * file loads without errors, and speedscope's own profile list shows every profile with the total
 * weight flightpath counted. The app is opened the way its command-line launcher opens a local
 * file: {@code #localProfilePath=} a script that hands it the file in base64.
 */
class ConvertSpeedscopeBrowserTest {
    private static final Path APP = TestFiles.root().resolve("test-tools/node_modules/speedscope/dist/release/index.html");
    private static final Pattern WEIGHT = Pattern.compile("([0-9.,]+) ?([A-Za-z\u00b5]*)");

    @TempDir
    static Path dir;

    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isRegularFile(APP)) {
            String why = "the speedscope app is not installed at " + APP + " (npm ci --prefix test-tools)";
            if (Corpus.inCi()) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"), "--window-size=1400,900",
                "--allow-file-access-from-files");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void sampledProfilesShowFlightpathsTotals() throws Exception {
        Path source = TestFiles.sample("guild-fanout-jdk17.jfr");
        Map<String, String> shown = open(source, "jfr");
        Recording recording = RecordingLoader.load(source, null, LoadRequest.of(DataKind.SAMPLES));
        Map<String, long[]> expected = totalsByProfile(recording);
        assertEquals(expected.keySet(), shown.keySet(), "one profile per (kind, thread)");
        for (Map.Entry<String, long[]> profile : expected.entrySet()) {
            String unit = profile.getValue()[1] == 0 ? "none" : profile.getValue()[1] == 1 ? "bytes" : "nanoseconds";
            assertWeight(profile.getValue()[0], unit, shown.get(profile.getKey()), profile.getKey());
        }
    }

    @Test
    void spansOpenAsEventedProfiles() throws Exception {
        Path source = TestFiles.sample("guild-fanout-otlp.jsonl");
        Map<String, String> shown = open(source, "otlp");
        Recording recording = RecordingLoader.load(source, null, LoadRequest.of(DataKind.SPANS));
        List<String> services = recording.processes().stream().map(ProcessInfo::name).collect(Collectors.toList());
        assertTrue(shown.size() >= services.size(), shown.toString());
        for (String name : shown.keySet()) {
            assertTrue(name.endsWith("(spans)") && services.stream().anyMatch(name::startsWith), name);
        }
        for (String service : services) {
            assertTrue(shown.keySet().stream().anyMatch(name -> name.startsWith(service)), service + " in " + shown);
        }
    }

    /** Converts, opens the file in speedscope and returns its profile list: name to total weight as shown. */
    private static Map<String, String> open(Path source, String label) throws Exception {
        Path out = dir.resolve(label + ".speedscope.json");
        CliRun run = CliRun.of("convert", source.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path script = dir.resolve(label + "-profile.js");
        Files.writeString(script, "speedscope.loadFileFromBase64(\"" + out.getFileName() + "\", \""
                + Base64.getEncoder().encodeToString(Files.readAllBytes(out)) + "\")", StandardCharsets.UTF_8);
        ChromeDriver driver = browser.driver();
        driver.get("about:blank"); // a new hash alone would not reload the app
        driver.get(APP.toUri() + "#localProfilePath=" + script.toAbsolutePath().toString().substring(1));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> !driver.findElements(By.cssSelector("canvas")).isEmpty() && !profileList(driver).isEmpty());
        assertTrue(driver.getTitle().contains("speedscope"), driver.getTitle());
        assertTrue(!driver.findElement(By.tagName("body")).getText().contains("Something went wrong"),
                "speedscope shows an error");
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).collect(Collectors.toList());
        assertEquals(List.of(), severe, "browser console errors");
        return profileList(driver);
    }

    /** speedscope's profile selector: the table headed "Total Weight", one row per profile. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> profileList(ChromeDriver driver) {
        Object rows = ((JavascriptExecutor) driver).executeScript(
                "const table = [...document.querySelectorAll('table')]"
                        + ".find(t => t.tHead && t.tHead.textContent.includes('Total Weight'));"
                        + "if (!table) return [];"
                        + "return [...table.tBodies[0].rows].map(r => [r.cells[1].textContent, r.cells[2].textContent]);");
        Map<String, String> list = new LinkedHashMap<>();
        for (List<String> row : (List<List<String>>) rows) {
            list.put(row.get(0), row.get(1));
        }
        return list;
    }

    /** Per "thread (kind)": {total weight, 0 counted / 1 bytes / 2 nanoseconds}. */
    private static Map<String, long[]> totalsByProfile(Recording recording) {
        SampleTable samples = recording.samples();
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (int row = 0; row < samples.size(); row++) {
            if (samples.stackId(row) < 0) {
                continue;
            }
            SampleKind kind = samples.kind(row);
            int processId = samples.processId(row);
            String thread = processId < 0 ? "[unknown thread]" : recording.processes().get(processId).name();
            long[] total = totals.computeIfAbsent(thread + " (" + kind.cliName() + ")", k -> new long[] {0,
                    kind.valueUnit().equals("samples") ? 0 : kind.valueUnit().equals("bytes") ? 1 : 2});
            total[0] += kind.valueUnit().equals("samples") ? 1 : samples.value(row);
        }
        return totals;
    }

    /** speedscope shows counts as they are and bytes and times with two decimals in a scaled unit. */
    private static void assertWeight(long expected, String unit, String shown, String profile) {
        Matcher matcher = WEIGHT.matcher(shown.trim());
        assertTrue(matcher.matches(), profile + ": unreadable weight '" + shown + "'");
        double number = Double.parseDouble(matcher.group(1).replace(",", ""));
        String scale = matcher.group(2);
        if (unit.equals("none")) {
            assertEquals(expected, (long) number, profile);
            return;
        }
        double factor = unitFactor(scale.toLowerCase(Locale.ROOT).replace('\u00b5', 'u'), unit);
        double tolerance = 0.005 * factor + 1e-9;
        assertTrue(Math.abs(number * factor - expected) <= tolerance, profile + ": shown " + shown + ", flightpath "
                + expected + " " + unit);
    }

    private static double unitFactor(String scale, String unit) {
        if (unit.equals("bytes")) {
            switch (scale) {
                case "b":
                case "bytes":
                    return 1;
                case "kb":
                    return 1024;
                case "mb":
                    return 1024.0 * 1024;
                case "gb":
                    return 1024.0 * 1024 * 1024;
                default:
                    throw new AssertionError("unknown byte unit " + scale);
            }
        }
        switch (scale) {
            case "ns":
                return 1;
            case "us":
                return 1e3;
            case "ms":
                return 1e6;
            case "s":
                return 1e9;
            default:
                throw new AssertionError("unknown time unit " + scale);
        }
    }
}
