package dev.flightpath.analyzers.latency;

import dev.flightpath.analyzers.stats.DurationStats;
import java.util.List;

/**
 * The waits of one group in one category.
 *
 * @param group        the group's name (process, scheduler, pool or thread name)
 * @param category     the kind of wait
 * @param stats        count, percentiles (HdrHistogram, three significant digits), exact max and
 *                     total
 * @param histogram    counts per decade of wait (exact), from the lowest to the highest non-empty
 *                     decade
 * @param worstWindows the fixed windows with the highest p99, highest first
 * @param runningNanos for scheduler categories, the time the intervals ran after their waits;
 *                     0 for lock waits
 */
public record LatencyGroup(
        String group,
        LatencyCategory category,
        DurationStats stats,
        List<HistogramBucket> histogram,
        List<WorstWindow> worstWindows,
        long runningNanos) {

    public LatencyGroup {
        histogram = List.copyOf(histogram);
        worstWindows = List.copyOf(worstWindows);
    }

    /**
     * For scheduler categories the share of runnable work's wall time spent waiting to run:
     * {@code total wait / (total wait + running time)}; NaN for lock waits.
     */
    public double waitShare() {
        if (!category.isScheduler()) {
            return Double.NaN;
        }
        double all = (double) stats.totalNanos() + runningNanos;
        return all == 0 ? 0 : stats.totalNanos() / all;
    }
}
