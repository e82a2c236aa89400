package dev.flightpath.analyzers.mailbox;

import java.util.List;

/**
 * A stretch in which a mailbox's depth stayed strictly above the threshold.
 *
 * @param startNanos          when the depth rose above the threshold
 * @param peakAtNanos         when it first reached its peak
 * @param peakDepth           the peak
 * @param endNanos            when it fell back to the threshold, or the window end
 * @param ongoing             it had not ended when the window ended
 * @param in                  messages enqueued from start to end (weighted)
 * @param out                 messages dequeued from start to end (weighted)
 * @param queuedMessageNanos  the area under the depth curve during the episode
 * @param handlingSpans       what the receiver was doing: span names by time overlapping the
 *                            episode, most first
 * @param sampledFrames       leaf frames of the receiver's CPU/wall samples in the episode, most
 *                            first
 */
public record Episode(
        long startNanos,
        long peakAtNanos,
        long peakDepth,
        long endNanos,
        boolean ongoing,
        long in,
        long out,
        double queuedMessageNanos,
        List<NamedAmount> handlingSpans,
        List<NamedAmount> sampledFrames) {

    public Episode {
        handlingSpans = List.copyOf(handlingSpans);
        sampledFrames = List.copyOf(sampledFrames);
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** Messages in per second during the episode. */
    public double inPerSecond() {
        return perSecond(in);
    }

    /** Messages out per second during the episode. */
    public double outPerSecond() {
        return perSecond(out);
    }

    private double perSecond(long messages) {
        return durationNanos() == 0 ? 0 : messages * 1e9 / durationNanos();
    }

    Episode withActivity(List<NamedAmount> spans, List<NamedAmount> frames) {
        return new Episode(startNanos, peakAtNanos, peakDepth, endNanos, ongoing, in, out, queuedMessageNanos,
                spans, frames);
    }
}
