package dev.flightpath.analyzers.stats;

/**
 * Percentiles of a set of durations (or any non-negative amounts), as {@link DurationRecorder}
 * measures them: percentiles come from an HdrHistogram with three significant digits (so are
 * within 0.1% of the exact value) and never exceed {@code maxNanos}, which is exact.
 *
 * @param count      how many values (weighted: a value recorded with count 100 counts 100)
 * @param p50Nanos   median
 * @param p90Nanos   90th percentile
 * @param p99Nanos   99th percentile
 * @param p999Nanos  99.9th percentile
 * @param maxNanos   the exact largest value
 * @param totalNanos the exact (weighted) sum, saturating at {@link Long#MAX_VALUE}
 */
public record DurationStats(
        long count, long p50Nanos, long p90Nanos, long p99Nanos, long p999Nanos, long maxNanos, long totalNanos) {

    public static DurationStats empty() {
        return new DurationStats(0, 0, 0, 0, 0, 0, 0);
    }
}
