package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.analyzers.timeline.WindowHistogram;
import java.util.Objects;

/**
 * One operation's (process's, service's) part of the critical paths per time window, a path in
 * the window its root span starts in. Summed over a range of windows, the figures are those of
 * {@link Contribution} for the paths starting in that range: time and its split exact, paths
 * exact, percentiles to within one {@link dev.flightpath.analyzers.timeline.LogBuckets} bucket.
 *
 * @param name            the operation, process or service
 * @param paths           paths it is on, per window (unweighted, as {@link Contribution#traces()})
 * @param selfNanos       its time of kind self, per window, weighted by the paths' sampling weights
 * @param runningNanos    its time of kind running, per window, weighted
 * @param queueWaitNanos  its time of kind queue-wait, per window, weighted
 * @param perPath         its per-path contribution per window and bucket; each path counts its
 *                        sampling weight in thousandths, rounded (at least 1), as the aggregate's percentiles do
 *                        (so its {@code totalNanos()} is in thousandths too: the kind sums are the totals)
 */
public record OperationWindows(String name, long[] paths, double[] selfNanos, double[] runningNanos,
        double[] queueWaitNanos, WindowHistogram perPath) {
    public OperationWindows {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(perPath, "perPath");
    }

    /** Its time (all kinds) in window {@code w}, weighted. */
    public double totalNanos(int w) {
        return selfNanos[w] + runningNanos[w] + queueWaitNanos[w];
    }
}
