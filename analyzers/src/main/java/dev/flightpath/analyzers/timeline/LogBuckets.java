package dev.flightpath.analyzers.timeline;

/**
 * Buckets for durations on a log scale, ten to a decade: bucket {@code b} holds
 * {@code [10^(b/10), 10^((b+1)/10))} nanoseconds (each about 26% wide), bucket 0 also holds 0 and
 * 1 ns. Compact enough to embed per time window; a percentile read from them is within one
 * bucket of the exact value.
 */
public final class LogBuckets {
    /** Buckets per decade. */
    public static final int PER_DECADE = 10;
    /** Bucket count: up to 10^19 ns. */
    public static final int COUNT = 19 * PER_DECADE;

    private LogBuckets() {
    }

    public static int of(long nanos) {
        if (nanos <= 1) {
            return 0;
        }
        int bucket = (int) Math.floor(Math.log10(nanos) * PER_DECADE);
        // Guard floating point at exact powers: 10^(b/10) must land in bucket b.
        if (bucket + 1 < COUNT && nanos >= upperNanos(bucket)) {
            bucket++;
        }
        return Math.min(COUNT - 1, Math.max(0, bucket));
    }

    /** The exclusive upper bound of a bucket, rounded up to whole nanoseconds. */
    public static long upperNanos(int bucket) {
        return (long) Math.ceil(Math.pow(10, (bucket + 1) / (double) PER_DECADE));
    }
}
