package dev.flightpath.analyzers.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.analyzers.latency.GroupBy;
import dev.flightpath.analyzers.latency.LatencyAnalyzer;
import dev.flightpath.analyzers.latency.LatencyCategory;
import dev.flightpath.analyzers.latency.LatencyGroup;
import dev.flightpath.analyzers.latency.LatencyOptions;
import dev.flightpath.analyzers.latency.LatencyReport;
import dev.flightpath.model.PauseKind;
import dev.flightpath.model.Recording;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Latency groups per timeline window: ten windows of 100 ms, waits placed by hand. */
class LatencyWindowsAnalyzerTest {
    private static final long MS = 1_000_000;

    /**
     * guild: wake-up waits of 10 ms (ends at 110 ms) and 2 ms (152 ms), both in window 1, and 30 ms
     * (530 ms) in window 5; a preempted wait of 45 ms (runnable at 555 ms while still running until
     * 560 ms, runs at 600 ms) in window 6. main: a 5 ms lock wait at 720 ms (window 7). A 4 ms GC
     * pause of the whole runtime at 300 ms (window 3).
     */
    private static Recording recording() {
        Scenario s = new Scenario(0, 1_000 * MS);
        int guild = s.process("guild");
        int main = s.process("main");
        return s.interval(guild, 0, 100 * MS, 110 * MS, 120 * MS)
                .interval(guild, 0, 150 * MS, 152 * MS, 160 * MS)
                .interval(guild, 0, 500 * MS, 530 * MS, 560 * MS)
                .interval(guild, 0, 555 * MS, 600 * MS, 610 * MS)
                .lock(main, 720 * MS, 5 * MS)
                .pause(PauseKind.GC, -1, 300 * MS, 4 * MS)
                .build();
    }

    @Test
    void eachGroupsWaitsLandInTheWindowsOfTheirTimes() {
        Recording recording = recording();
        LatencyOptions options = LatencyOptions.by(GroupBy.PROCESS);
        LatencyReport report = LatencyAnalyzer.analyze(recording, options);
        Timeline timeline = TimelineAnalyzer.analyze(recording, null, recording.pauses(), new TimelineOptions(10, 0));
        List<GroupWaitSeries> series = LatencyWindowsAnalyzer.analyze(recording, recording.pauses(), options, timeline,
                report.groups());
        assertEquals(4, series.size());
        GroupWaitSeries preempted = find(series, "guild", LatencyCategory.SCHEDULER_PREEMPTED);
        GroupWaitSeries wakeup = find(series, "guild", LatencyCategory.SCHEDULER_WAKEUP);
        GroupWaitSeries lock = find(series, "main", LatencyCategory.CONTENTION);
        GroupWaitSeries gc = find(series, LatencyAnalyzer.WHOLE_RUNTIME, LatencyCategory.GC_PAUSE);

        assertArrayEquals(new long[] {0, 2, 0, 0, 0, 1, 0, 0, 0, 0}, wakeup.waits().countsPerWindow());
        assertArrayEquals(new long[] {0, 12 * MS, 0, 0, 0, 30 * MS, 0, 0, 0, 0}, wakeup.waits().totalNanos());
        assertEquals(10 * MS, wakeup.waits().maxNanos()[1]);
        assertEquals(-1, wakeup.waits().maxNanos()[2]);
        // p50 of window 1 is the smaller wait, 2 ms, read as its bucket's upper bound.
        long p50 = wakeup.waits().percentileNanos(1, 50);
        assertTrue(p50 >= 2 * MS && p50 < 2 * MS * 1.26, "within one bucket of 2 ms: " + p50);
        assertEquals(10 * MS, wakeup.waits().percentileNanos(1, 99), "capped at the exact max");
        assertArrayEquals(new long[] {0, 0, 0, 0, 0, 0, 1, 0, 0, 0}, preempted.waits().countsPerWindow());
        assertEquals(45 * MS, preempted.waits().maxNanos()[6]);
        assertArrayEquals(new long[] {0, 0, 0, 0, 0, 0, 0, 1, 0, 0}, lock.waits().countsPerWindow());
        assertArrayEquals(new long[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0}, gc.waits().countsPerWindow());
        assertEquals(4 * MS, gc.waits().totalNanos()[3]);
    }

    @Test
    void summedOverAllWindowsTheyAreTheGroupsFigures() {
        Recording recording = recording();
        LatencyOptions options = LatencyOptions.by(GroupBy.PROCESS);
        LatencyReport report = LatencyAnalyzer.analyze(recording, options);
        Timeline timeline = TimelineAnalyzer.analyze(recording, null, recording.pauses(), new TimelineOptions(10, 0));
        List<GroupWaitSeries> series = LatencyWindowsAnalyzer.analyze(recording, recording.pauses(), options, timeline,
                report.groups());
        for (int i = 0; i < series.size(); i++) {
            LatencyGroup group = report.groups().get(i);
            WindowHistogram waits = series.get(i).waits();
            assertEquals(group.group(), series.get(i).group());
            assertEquals(group.stats().count(), sum(waits.countsPerWindow()), group.group());
            assertEquals(group.stats().totalNanos(), sum(waits.totalNanos()), group.group());
            long max = -1;
            for (long m : waits.maxNanos()) {
                max = Math.max(max, m);
            }
            assertEquals(group.stats().maxNanos(), max, group.group());
        }
    }

    @Test
    void groupsNotAskedForAreLeftOut() {
        Recording recording = recording();
        LatencyOptions options = LatencyOptions.by(GroupBy.PROCESS);
        LatencyReport report = LatencyAnalyzer.analyze(recording, options).top(1);
        Timeline timeline = TimelineAnalyzer.analyze(recording, null, recording.pauses(), new TimelineOptions(10, 0));
        List<GroupWaitSeries> series = LatencyWindowsAnalyzer.analyze(recording, recording.pauses(), options, timeline,
                report.groups());
        assertEquals(1, series.size());
        // The worst group: guild's preempted wait (45 ms) beats its wake-ups (42 ms).
        assertEquals(LatencyCategory.SCHEDULER_PREEMPTED, series.get(0).category());
        assertEquals(1, sum(series.get(0).waits().countsPerWindow()));
    }

    private static GroupWaitSeries find(List<GroupWaitSeries> series, String group, LatencyCategory category) {
        return series.stream().filter(s -> s.group().equals(group) && s.category() == category).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + group + " " + category));
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}
