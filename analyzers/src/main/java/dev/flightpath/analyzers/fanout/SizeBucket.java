package dev.flightpath.analyzers.fanout;

/**
 * The broadcasts of one size range.
 *
 * @param sizeMin             smallest size in the range
 * @param sizeMax             largest size in the range, {@link #UNBOUNDED} for the last range
 * @param broadcasts          broadcasts seen (kept by sampling)
 * @param deliveries          copies seen
 * @param estimatedBroadcasts the true number of broadcasts, estimated from the sampling weights
 * @param estimatedDeliveries the true number of copies, likewise
 * @param toLastP50Nanos      weighted median of send-to-last-recipient over the delivered broadcasts
 * @param toLastP95Nanos      its 95th percentile
 * @param toLastP99Nanos      its 99th percentile
 * @param toLastMaxNanos      its maximum
 * @param samplingRate        broadcasts seen / estimated true broadcasts (1 when unsampled)
 * @param recommendedRate     the sampling rate that keeps the target number of broadcasts
 * @param fewSamples          the bucket is sampled and its estimate rests on too few broadcasts
 */
public record SizeBucket(int sizeMin, int sizeMax, long broadcasts, long deliveries, Estimate estimatedBroadcasts,
        Estimate estimatedDeliveries, long toLastP50Nanos, long toLastP95Nanos, long toLastP99Nanos,
        long toLastMaxNanos, double samplingRate, double recommendedRate, boolean fewSamples) {

    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /** The size ranges: 1, 2–10, 11–100, 101–1,000, more. */
    static final int[][] RANGES = {{1, 1}, {2, 10}, {11, 100}, {101, 1000}, {1001, UNBOUNDED}};

    /** The index in {@link #RANGES} of the range holding {@code size}. */
    static int rangeOf(int size) {
        for (int i = 0; i < RANGES.length; i++) {
            if (size <= RANGES[i][1]) {
                return i;
            }
        }
        return RANGES.length - 1;
    }
}
