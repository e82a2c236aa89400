package dev.flightpath.analyzers.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Checks of {@link DurationStats} against values computed exactly by sorting. */
public final class StatsAssertions {
    private StatsAssertions() {
    }

    public static void assertMonotone(DurationStats stats, String where) {
        assertTrue(stats.p50Nanos() <= stats.p90Nanos(), where);
        assertTrue(stats.p90Nanos() <= stats.p99Nanos(), where);
        assertTrue(stats.p99Nanos() <= stats.p999Nanos(), where);
        assertTrue(stats.p999Nanos() <= stats.maxNanos(), where);
    }

    /**
     * Every percentile within HdrHistogram's stated precision (three significant digits: 0.1%) of
     * the exact nearest-rank value; count, max and total exact.
     *
     * @param values pairs of (value, weight)
     */
    public static void assertWithinPrecision(List<long[]> values, DurationStats stats, String where) {
        List<long[]> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingLong(v -> v[0]));
        long count = 0;
        long total = 0;
        for (long[] v : sorted) {
            count += v[1];
            total += v[0] * v[1];
        }
        assertEquals(count, stats.count(), where);
        if (count == 0) {
            assertEquals(DurationStats.empty(), stats, where);
            return;
        }
        assertEquals(sorted.get(sorted.size() - 1)[0], stats.maxNanos(), where);
        assertEquals(total, stats.totalNanos(), where);
        double[] percentiles = {50, 90, 99, 99.9};
        long[] reported = {stats.p50Nanos(), stats.p90Nanos(), stats.p99Nanos(), stats.p999Nanos()};
        for (int i = 0; i < percentiles.length; i++) {
            long exact = exact(sorted, WeightedPercentile.rank(percentiles[i], count));
            assertTrue(Math.abs(reported[i] - exact) <= exact / 1000.0,
                    where + ": p" + percentiles[i] + " " + reported[i] + " vs exact " + exact);
        }
    }

    private static long exact(List<long[]> sorted, long rank) {
        long cumulative = 0;
        for (long[] v : sorted) {
            cumulative += v[1];
            if (cumulative >= rank) {
                return v[0];
            }
        }
        throw new AssertionError("rank beyond count");
    }
}
