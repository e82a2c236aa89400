package dev.flightpath.analyzers.fanout;

/**
 * What {@link FanoutAnalyzer} looks for and how much it lists.
 *
 * @param burstGapNanos      messages without a broadcast id belong to one burst while each is sent
 *                           at most this long after the previous one (rule M2)
 * @param targetPerBucket    traces per size bucket the recommended sampling rate aims to keep
 * @param minSamples         a sampled bucket with fewer kept broadcasts than this is flagged
 * @param topBroadcasts      how many of the slowest broadcasts to list
 * @param slowestRecipients  how many of a broadcast's slowest recipients to list
 * @param topRecipients      how many of the recipients that are slowest most often to list
 */
public record FanoutOptions(long burstGapNanos, long targetPerBucket, long minSamples, int topBroadcasts,
        int slowestRecipients, int topRecipients) {

    public FanoutOptions {
        if (burstGapNanos < 0) {
            throw new IllegalArgumentException("burst gap must not be negative: " + burstGapNanos);
        }
        if (targetPerBucket < 1 || minSamples < 1 || topBroadcasts < 1 || slowestRecipients < 1
                || topRecipients < 1) {
            throw new IllegalArgumentException("target, minimum samples and list lengths must be at least 1");
        }
    }

    /** A 1 ms burst gap, 100 traces per bucket, at least 30 samples, top 10 broadcasts, 3 recipients each. */
    public static FanoutOptions defaults() {
        return new FanoutOptions(1_000_000L, 100, 30, 10, 3, 10);
    }

    public FanoutOptions withBurstGapNanos(long gap) {
        return new FanoutOptions(gap, targetPerBucket, minSamples, topBroadcasts, slowestRecipients, topRecipients);
    }

    public FanoutOptions withTargetPerBucket(long target) {
        return new FanoutOptions(burstGapNanos, target, minSamples, topBroadcasts, slowestRecipients, topRecipients);
    }

    public FanoutOptions withTopBroadcasts(int top) {
        return new FanoutOptions(burstGapNanos, targetPerBucket, minSamples, top, slowestRecipients, topRecipients);
    }
}
