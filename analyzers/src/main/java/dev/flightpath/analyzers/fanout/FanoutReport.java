package dev.flightpath.analyzers.fanout;

import java.util.List;
import java.util.Map;

/**
 * The broadcasts of a recording and what they add up to.
 *
 * @param recordingStartNanos the recording's start, on its clock (send times are on the same clock)
 * @param broadcasts          broadcasts seen
 * @param deliveries          copies seen
 * @param estimated           whether some copy was sampled (weight above 1): counts are then estimates
 * @param estimatedBroadcasts the true number of broadcasts, estimated
 * @param estimatedDeliveries the true number of copies, estimated
 * @param timing              what arrival means: {@code dequeue}, {@code handled} (no dequeue traced:
 *                            end of handling), {@code mixed}, or {@code none} (nothing arrived)
 * @param rules               broadcasts found per rule label
 * @param bySize              per size range that has broadcasts, smallest first
 * @param senders             per sender, most broadcasts first
 * @param slowest             the broadcasts with the longest send-to-last-recipient, slowest first
 * @param slowRecipients      the recipients that were last most often
 * @param all                 every broadcast, by send time (for metrics and charts; not printed)
 * @param options             what the analysis was asked for
 */
public record FanoutReport(long recordingStartNanos, long broadcasts, long deliveries, boolean estimated, Estimate estimatedBroadcasts,
        Estimate estimatedDeliveries, String timing, Map<String, Long> rules, List<SizeBucket> bySize,
        List<SenderSummary> senders, List<BroadcastResult> slowest, List<SlowRecipient> slowRecipients,
        List<BroadcastResult> all, FanoutOptions options) {

    public FanoutReport {
        rules = Map.copyOf(rules);
        bySize = List.copyOf(bySize);
        senders = List.copyOf(senders);
        slowest = List.copyOf(slowest);
        slowRecipients = List.copyOf(slowRecipients);
        all = List.copyOf(all);
    }
}
