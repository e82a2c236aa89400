package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The progress bar's text, computed by hand. */
class ProgressLineTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void showsShareBytesSpeedAndTimeLeft() {
        // 100 of 400 MB in 2 s: 50 MB/s, so the 300 MB left take 6 s; the bar's 38 marks are 9 done (25%).
        String line = ProgressLine.render("big.json", 100_000_000L, 400_000_000L, 2 * SECOND, 200);
        assertEquals("reading big.json [" + "=".repeat(9) + ">" + " ".repeat(28) + "]  25% 100.0/400.0 MB, "
                + "50.0 MB/s, 6s left", line);
    }

    @Test
    void aFullBarHasNoTimeLeft() {
        String line = ProgressLine.render("a.jfr", 10_000_000L, 10_000_000L, SECOND, 100);
        assertTrue(line.contains("100% 10.0/10.0 MB, 10.0 MB/s"), line);
        assertTrue(line.endsWith("MB/s"), line);
        assertTrue(line.contains("[" + "=".repeat(line.indexOf(']') - line.indexOf('[') - 1) + "]"), line);
    }

    @Test
    void fitsANarrowTerminal() {
        String line = ProgressLine.render("a-very-long-recording-name.jfr", 5_000_000L, 10_000_000L, SECOND, 50);
        assertTrue(line.length() <= 50, line);
        assertTrue(line.endsWith(" 50% 5.0/10.0 MB, 5.0 MB/s, 1s left"), line);
    }

    @Test
    void nothingReadYet() {
        assertEquals("reading x [>" + " ".repeat(37) + "]   0% 0.0/1.0 MB, 0.0 MB/s",
                ProgressLine.render("x", 0, 1_000_000L, 0, 100));
    }

    @Test
    void theBarDoesNotMoveAsTheFiguresGrow() {
        String early = ProgressLine.render("x.jfr", 1_000_000L, 900_000_000L, SECOND, 100);
        String late = ProgressLine.render("x.jfr", 899_000_000L, 900_000_000L, 100 * SECOND, 100);
        assertEquals(early.indexOf(']'), late.indexOf(']'));
    }

    @Test
    void longWaitsInMinutesAndHours() {
        assertEquals("59s", ProgressLine.duration(58.2));
        assertEquals("2m05s", ProgressLine.duration(125));
        assertEquals("1h03m", ProgressLine.duration(3780));
    }
}
