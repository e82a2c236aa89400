package dev.flightpath.reporters.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.reporters.HeadlessChromium;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages' formatter ({@code web/format.js}, run in headless Chromium) and {@link Units} follow
 * the same rules: both give the hand-written answers of a table of cases (unit boundaries, rounding
 * half up, moving to the next unit where three figures would round to 1000), and the same text for
 * seeded random values of every magnitude.
 */
class UnitsAgreementTest {
    /** Nanoseconds and what both must write. */
    private static final Object[][] DURATIONS = {
        {0L, "0 ns"}, {999L, "999 ns"}, {1_000L, "1.00 µs"}, {1_005L, "1.01 µs"}, {1_004L, "1.00 µs"},
        {9_995L, "10.0 µs"}, {12_345L, "12.3 µs"}, {99_950L, "100 µs"}, {123_456L, "123 µs"},
        {999_499L, "999 µs"}, {999_500L, "1.00 ms"}, {999_700L, "1.00 ms"}, {4_560_000L, "4.56 ms"},
        {999_499_999L, "999 ms"}, {999_500_000L, "1.00 s"}, {10_015_000_000L, "10.02 s"},
        {3_599_994_999_999L, "3599.99 s"}, {3_600_000_000_000L, "1 h 00 min"}, {3_720_000_000_000L, "1 h 02 min"},
        {-1_500L, "-1.50 µs"}, {-3_720_000_000_000L, "-1 h 02 min"},
    };
    /** Fractions and what both must write as a percentage. */
    private static final Object[][] PERCENTS = {
        {0.0, "0.0%"}, {0.1234, "12.3%"}, {0.00125, "0.1%"}, {0.0125, "1.3%"}, {1.0, "100.0%"}, {0.99951, "100.0%"},
    };

    @TempDir
    static Path tmp;

    private static HeadlessChromium browser;

    @BeforeAll
    static void openFormatter() throws IOException {
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        Path page = tmp.resolve("format.html");
        try (InputStream script = Units.class.getResourceAsStream("/dev/flightpath/reporters/web/format.js")) {
            Files.writeString(page, "<!DOCTYPE html><meta charset=\"utf-8\"><script>\n"
                    + new String(script.readAllBytes(), StandardCharsets.UTF_8) + "</script>", StandardCharsets.UTF_8);
        }
        browser.driver().get(page.toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> inBrowser(String function, List<? extends Number> values) {
        return (List<String>) browser.driver().executeScript(
                "return arguments[0].map(function (v) { return FlightpathFormat." + function + "(v); });", values);
    }

    @Test
    void bothGiveTheTablesAnswers() {
        List<Long> nanos = new ArrayList<>();
        for (Object[] row : DURATIONS) {
            assertEquals(row[1], Units.duration((Long) row[0]), "Java, " + row[0] + " ns");
            nanos.add((Long) row[0]);
        }
        List<String> js = inBrowser("duration", nanos);
        for (int i = 0; i < DURATIONS.length; i++) {
            assertEquals(DURATIONS[i][1], js.get(i), "format.js, " + DURATIONS[i][0] + " ns");
        }
        List<Double> fractions = new ArrayList<>();
        for (Object[] row : PERCENTS) {
            assertEquals(row[1], Units.percent((Double) row[0]), "Java, " + row[0]);
            fractions.add((Double) row[0]);
        }
        List<String> jsPercents = inBrowser("percent", fractions);
        for (int i = 0; i < PERCENTS.length; i++) {
            assertEquals(PERCENTS[i][1], jsPercents.get(i), "format.js, " + PERCENTS[i][0]);
        }
    }

    @Test
    void bothWriteTheSameForRandomValuesOfEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(17);
        List<Long> nanos = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            long magnitude = (long) Math.pow(10, random.nextInt(14));
            long value = random.nextLong(1, 10 * magnitude);
            nanos.add(random.nextInt(10) == 0 ? -value : value);
            counts.add(random.nextInt(10) == 0 ? -value : value);
            fractions.add(random.nextInt(4) == 0 ? random.nextInt(100_001) / 100_000.0 : random.nextDouble());
        }
        List<String> durations = inBrowser("duration", nanos);
        List<String> countTexts = inBrowser("count", counts);
        List<String> percents = inBrowser("percent", fractions);
        for (int i = 0; i < nanos.size(); i++) {
            assertEquals(Units.duration(nanos.get(i)), durations.get(i), nanos.get(i) + " ns");
            assertEquals(Units.count(counts.get(i)), countTexts.get(i), "count " + counts.get(i));
            assertEquals(Units.percent(fractions.get(i)), percents.get(i), "fraction " + fractions.get(i));
        }
    }
}
