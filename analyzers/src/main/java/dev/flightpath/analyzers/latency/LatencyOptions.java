package dev.flightpath.analyzers.latency;

import java.util.Objects;

/**
 * What {@link LatencyAnalyzer} computes.
 *
 * @param groupBy      how waits are grouped
 * @param windowNanos  the width of the fixed windows in which worst moments are sought, or 0 to
 *                     choose one: the smallest 1, 2 or 5 × 10^k nanoseconds (at least 1 ms) that
 *                     cuts the recording into at most 50 windows
 * @param worstWindows how many worst windows to list per group
 */
public record LatencyOptions(GroupBy groupBy, long windowNanos, int worstWindows) {
    public LatencyOptions {
        Objects.requireNonNull(groupBy, "groupBy");
        if (windowNanos < 0) {
            throw new IllegalArgumentException("negative window " + windowNanos);
        }
        if (worstWindows < 0) {
            throw new IllegalArgumentException("negative worstWindows " + worstWindows);
        }
    }

    public static LatencyOptions by(GroupBy groupBy) {
        return new LatencyOptions(groupBy, 0, 3);
    }

    public LatencyOptions withWindowNanos(long window) {
        return new LatencyOptions(groupBy, window, worstWindows);
    }
}
