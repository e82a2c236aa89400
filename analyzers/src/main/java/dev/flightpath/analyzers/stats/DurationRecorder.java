package dev.flightpath.analyzers.stats;

import org.HdrHistogram.Histogram;

/**
 * Records durations into an HdrHistogram (three significant digits, auto-resizing) and keeps the
 * exact maximum and sum beside it, since the histogram only knows them to its precision.
 */
public final class DurationRecorder {
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
    private long count;
    private long maxNanos;
    private long totalNanos;

    /** Records {@code nanos} (negative values count as 0) {@code times} times. */
    public void record(long nanos, long times) {
        if (times <= 0) {
            return;
        }
        long value = Math.max(0, nanos);
        histogram.recordValueWithCount(value, times);
        count += times;
        maxNanos = Math.max(maxNanos, value);
        totalNanos = saturatingAdd(totalNanos, saturatingMultiply(value, times));
    }

    public long count() {
        return count;
    }

    public DurationStats stats() {
        if (count == 0) {
            return DurationStats.empty();
        }
        return new DurationStats(count, at(50.0), at(90.0), at(99.0), at(99.9), maxNanos, totalNanos);
    }

    /** HdrHistogram reports the top of a value's bucket, which can pass the exact maximum. */
    private long at(double percentile) {
        return Math.min(histogram.getValueAtPercentile(percentile), maxNanos);
    }

    static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
    }
}
