package dev.flightpath.analyzers.timeline;

import dev.flightpath.analyzers.latency.LatencyCategory;

/**
 * The waits of one latency group per timeline window, so a page can give the group's percentiles
 * in any range of windows (to within one {@link LogBuckets} bucket; max and total exact).
 *
 * @param group    the group's name, as in the latency analysis
 * @param category the kind of wait
 * @param waits    the waits per window and bucket, each in the window of its time (a scheduler
 *                 wait's running start, a lock wait's sample, a pause's start)
 */
public record GroupWaitSeries(String group, LatencyCategory category, WindowHistogram waits) {
}
