package dev.flightpath.analyzers.mailbox;

import dev.flightpath.analyzers.stats.DurationStats;
import java.util.List;

/**
 * One mailbox (a mailbox name at one receiving process) over the window. Counts are weighted:
 * a message of sampling weight 100 counts 100 (weights are rounded to whole messages, at least 1).
 * {@code depthAtStart + enqueued == dequeued + leftAtEnd} always holds.
 *
 * @param mailbox            the mailbox name
 * @param processId          the receiver's process id, or -1 when unknown
 * @param process            the receiver's name, or "unknown"
 * @param depthAtStart       messages already waiting when the window starts
 * @param enqueued           messages enqueued in the window
 * @param dequeued           messages dequeued in the window
 * @param leftAtEnd          messages still waiting at the window's end; over the whole recording,
 *                           the messages never dequeued
 * @param maxDepth           the greatest depth
 * @param maxDepthAtNanos    when it was first reached (the window start if the mailbox was never
 *                           non-empty)
 * @param meanDepth          time-weighted mean depth over the window
 * @param depthP50           time-weighted median depth: the mailbox was at most this deep half
 *                           the time
 * @param depthP90           time-weighted 90th percentile of depth
 * @param depthP99           time-weighted 99th percentile of depth
 * @param timeOverNanos      time with depth strictly above the threshold
 * @param queuedMessageNanos the area under the depth curve (message-nanoseconds spent waiting in
 *                           the window, including messages never dequeued): the ranking's badness
 * @param queueWait          enqueue → dequeue times of the messages enqueued in the window and
 *                           dequeued (at any time)
 * @param topSendersByCount  senders with the most messages
 * @param topSendersByWait   senders whose messages waited longest in total
 * @param topTypesByCount    message types with the most messages
 * @param topTypesByWait     message types whose messages waited longest in total
 * @param episodeCount       stretches with depth above the threshold
 * @param worstEpisode       the episode with the greatest area under the depth curve, or null
 * @param depthSparkline     the maximum depth in each of equal time buckets across the window
 * @param estimated          some message of this mailbox had a weight other than 1
 * @param dequeueSeen        some message of this mailbox was dequeued at some time in the
 *                           recording; false when its receiver was never seen taking a message
 *                           (no traced dequeue point, or it never took one), so its depth is
 *                           every message received and the mailbox ranks after the others
 */
public record MailboxStats(
        String mailbox,
        int processId,
        String process,
        long depthAtStart,
        long enqueued,
        long dequeued,
        long leftAtEnd,
        long maxDepth,
        long maxDepthAtNanos,
        double meanDepth,
        long depthP50,
        long depthP90,
        long depthP99,
        long timeOverNanos,
        double queuedMessageNanos,
        DurationStats queueWait,
        List<Contributor> topSendersByCount,
        List<Contributor> topSendersByWait,
        List<Contributor> topTypesByCount,
        List<Contributor> topTypesByWait,
        int episodeCount,
        Episode worstEpisode,
        List<Long> depthSparkline,
        boolean estimated,
        boolean dequeueSeen) {

    public MailboxStats {
        topSendersByCount = List.copyOf(topSendersByCount);
        topSendersByWait = List.copyOf(topSendersByWait);
        topTypesByCount = List.copyOf(topTypesByCount);
        topTypesByWait = List.copyOf(topTypesByWait);
        depthSparkline = List.copyOf(depthSparkline);
    }
}
