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
 * @param fromNanos    only waits whose time (a scheduler wait's running start, a lock wait's sample
 *                     time, a pause's start) is at or after this, or {@link Long#MIN_VALUE}
 * @param toNanos      only waits whose time is before this, or {@link Long#MAX_VALUE}
 * @param waits        how lock samples are told apart: contention, idle, other wait
 */
public record LatencyOptions(GroupBy groupBy, long windowNanos, int worstWindows, long fromNanos, long toNanos,
        WaitClassifier waits) {
    public LatencyOptions {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(waits, "waits");
        if (windowNanos < 0) {
            throw new IllegalArgumentException("negative window " + windowNanos);
        }
        if (worstWindows < 0) {
            throw new IllegalArgumentException("negative worstWindows " + worstWindows);
        }
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException("empty range [" + fromNanos + ", " + toNanos + ")");
        }
    }

    /** Every wait of the recording. */
    public LatencyOptions(GroupBy groupBy, long windowNanos, int worstWindows) {
        this(groupBy, windowNanos, worstWindows, Long.MIN_VALUE, Long.MAX_VALUE, WaitClassifier.standard());
    }

    public static LatencyOptions by(GroupBy groupBy) {
        return new LatencyOptions(groupBy, 0, 3);
    }

    public LatencyOptions withWindowNanos(long window) {
        return new LatencyOptions(groupBy, window, worstWindows, fromNanos, toNanos, waits);
    }

    /** Only the waits whose time is in {@code [fromNanos, toNanos)}. */
    public LatencyOptions withRange(long fromNanos, long toNanos) {
        return new LatencyOptions(groupBy, windowNanos, worstWindows, fromNanos, toNanos, waits);
    }

    /** Lock samples told apart by {@code classifier}. */
    public LatencyOptions withWaits(WaitClassifier classifier) {
        return new LatencyOptions(groupBy, windowNanos, worstWindows, fromNanos, toNanos, classifier);
    }

    /** Whether a range narrower than the whole recording was asked for. */
    public boolean ranged() {
        return fromNanos != Long.MIN_VALUE || toNanos != Long.MAX_VALUE;
    }

    public boolean inRange(long timeNanos) {
        return timeNanos >= fromNanos && timeNanos < toNanos;
    }
}
