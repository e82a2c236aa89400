package dev.flightpath.analyzers.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.analyzers.mailbox.MailboxAnalyzer;
import dev.flightpath.analyzers.mailbox.MailboxOptions;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import org.junit.jupiter.api.Test;

class TimelineAnalyzerTest {
    private static final long MS = 1_000_000;

    @Test
    void windowsAreRoundAndCoverTheRecording() {
        assertEquals(100 * MS, TimelineAnalyzer.windowNanos(1_000 * MS, 10));
        assertEquals(200 * MS, TimelineAnalyzer.windowNanos(1_001 * MS, 10));
        assertEquals(1_000, TimelineAnalyzer.windowNanos(10, 200), "at least 1 µs");
        assertEquals(20 * MS, TimelineAnalyzer.windowNanos(2_370 * MS, 200));
        assertEquals(50_000_000_000_000_000L, TimelineAnalyzer.windowNanos(Long.MAX_VALUE, 200), "no overflow");
    }

    @Test
    void depthEnqueuesDequeuesAndWaitsPerWindow() {
        Scenario s = new Scenario(0, 1_000 * MS);
        int sender = s.process("main");
        int guild = s.process("guild");
        s.message(sender, guild, "guild", "Post", 100 * MS, 200 * MS)
                .message(sender, guild, "guild", "Post", 110 * MS, 250 * MS)
                .message(sender, guild, "guild", "Post", 120 * MS, 300 * MS)
                .interval(guild, 0, 540 * MS, 550 * MS, 560 * MS)
                .lock(sender, 720 * MS, 5 * MS)
                .cpuSample(guild, 555 * MS, "a.B.c")
                .cpuSample(guild, 999 * MS, "a.B.c");
        Recording recording = s.build();
        Timeline timeline = TimelineAnalyzer.analyze(recording,
                MailboxAnalyzer.analyze(recording, MailboxOptions.defaults()), PauseTable.empty(),
                new TimelineOptions(10, 5));
        assertEquals(10, timeline.windows());
        assertEquals(100 * MS, timeline.windowNanos());
        MailboxSeries guildBox = timeline.mailboxes().get(0);
        // Depth 3 from 120 ms to 200 ms, 2 until 250, 1 until 300, then 0.
        assertArrayEquals(new long[] {0, 3, 2, 0, 0, 0, 0, 0, 0, 0}, guildBox.maxDepth());
        assertArrayEquals(new long[] {0, 3, 0, 0, 0, 0, 0, 0, 0, 0}, guildBox.enqueued());
        assertArrayEquals(new long[] {0, 0, 2, 1, 0, 0, 0, 0, 0, 0}, guildBox.dequeued());
        assertEquals(180 * MS, guildBox.waits().maxNanos()[1]);
        assertEquals(180 * MS, guildBox.waits().percentileNanos(1, 99), "capped at the exact max");
        long p50 = guildBox.waits().percentileNanos(1, 50);
        assertTrue(p50 >= 140 * MS && p50 < 140 * MS * 1.26, "within one bucket of 140 ms: " + p50);
        assertEquals(-1, guildBox.waits().percentileNanos(0, 50));

        assertEquals("scheduler", timeline.waits().get(0).name());
        assertEquals(10 * MS, timeline.waits().get(0).waits().maxNanos()[5]);
        assertEquals("contention", timeline.waits().get(1).name());
        assertEquals(1, timeline.waits().get(1).waits().countsPerWindow()[7]);
        assertEquals(SampleKind.CPU, timeline.samples().get(0).kind());
        assertArrayEquals(new long[] {0, 0, 0, 0, 0, 1, 0, 0, 0, 1}, timeline.samples().get(0).counts());
    }

    /**
     * Ten windows of 100 ms. Readings at 50 and 90 ms (window 0), 150 ms (window 1), none in
     * windows 2–4, 500 ms (window 5: its start), 980 ms (window 9) with the machine's share missing,
     * and one after the end (clamped into window 9).
     */
    @Test
    void cpuLoadIsTheMeanOfTheReadingsInEachWindow() {
        Scenario s = new Scenario(0, 1_000 * MS);
        s.cpuLoad(50 * MS, 0.10, 0.05, 0.50)
                .cpuLoad(90 * MS, 0.30, 0.15, 0.70)
                .cpuLoad(150 * MS, 0.25, 0.00, 0.25)
                .cpuLoad(500 * MS, 0.50, 0.25, 1.00)
                .cpuLoad(980 * MS, 0.20, 0.20, Double.NaN)
                .cpuLoad(1_200 * MS, 0.40, 0.00, 0.80);
        Timeline timeline = TimelineAnalyzer.analyze(s.build(), null, PauseTable.empty(), new TimelineOptions(10, 0));
        CpuLoadSeries load = timeline.cpuLoad().orElseThrow();
        double nan = Double.NaN;
        // Window 0: JVM (0.15 + 0.45) / 2, machine (0.50 + 0.70) / 2. Window 9: JVM (0.40 + 0.40) / 2,
        // machine only the reading that has it.
        assertArrayEquals(new double[] {0.30, 0.25, nan, nan, nan, 0.75, nan, nan, nan, 0.40}, load.jvm(), 1e-12);
        assertArrayEquals(new double[] {0.60, 0.25, nan, nan, nan, 1.00, nan, nan, nan, 0.80}, load.machine(), 1e-12);
        assertArrayEquals(new long[] {2, 1, 0, 0, 0, 1, 0, 0, 0, 2}, load.readings());
    }

    @Test
    void noReadingsNoCpuLoad() {
        Scenario s = new Scenario(0, 1_000 * MS);
        s.cpuSample(s.process("main"), 5 * MS, "a.B.c");
        assertTrue(TimelineAnalyzer.analyze(s.build(), null, PauseTable.empty(), new TimelineOptions(10, 0))
                .cpuLoad().isEmpty());
    }

    /**
     * Times at both ends of the long range (a fuzzed OTLP file had them and the report failed with
     * exit 3): windows are counted and found without overflow, the end saturates.
     */
    @Test
    void timesAtTheEndsOfTheLongRangeStayInTheTimeline() {
        Timeline fromMin = TimelineAnalyzer.analyze(new Scenario(Long.MIN_VALUE, Long.MAX_VALUE).build(), null,
                PauseTable.empty(), new TimelineOptions(200, 5));
        int last = fromMin.windows() - 1;
        assertTrue(fromMin.windows() > 0 && fromMin.windows() <= 200, "windows: " + fromMin.windows());
        assertEquals(0, fromMin.windowOf(Long.MIN_VALUE));
        assertEquals(last, fromMin.windowOf(Long.MAX_VALUE), "2^64 ns after the start: the last window");
        assertEquals(last, fromMin.windowOf(-1));
        Timeline pastMax = TimelineAnalyzer.analyze(new Scenario(1_000, Long.MAX_VALUE).build(), null,
                PauseTable.empty(), new TimelineOptions(200, 5));
        assertEquals(Long.MAX_VALUE, pastMax.endNanos(), "start + duration saturates, never wraps");
        assertEquals(pastMax.windows() - 1, pastMax.windowOf(Long.MAX_VALUE));
    }

    @Test
    void logBucketsHoldTheirBounds() {
        assertEquals(0, LogBuckets.of(0));
        assertEquals(0, LogBuckets.of(1));
        for (long nanos : new long[] {2, 9, 10, 11, 99, 100, 1_000_000, 1_258_925, 999_999_999, 1_000_000_000}) {
            int bucket = LogBuckets.of(nanos);
            assertTrue(nanos < LogBuckets.upperNanos(bucket), nanos + " below the upper bound of " + bucket);
            assertTrue(bucket == 0 || nanos >= LogBuckets.upperNanos(bucket - 1), nanos + " above the lower bound");
        }
        assertEquals(LogBuckets.COUNT - 1, LogBuckets.of(Long.MAX_VALUE));
    }
}
