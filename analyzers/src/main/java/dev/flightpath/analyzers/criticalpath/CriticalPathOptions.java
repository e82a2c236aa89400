package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.model.Span;
import java.util.Objects;

/**
 * What to analyse.
 *
 * @param traceId  only the paths of this trace, or null for all
 * @param groupBy  what to add critical-path time up by
 * @param slowest  how many of the slowest paths to keep with their segments
 * @param fromNanos only the paths whose root span starts at or after this, or {@link Long#MIN_VALUE}
 * @param toNanos   only the paths whose root span starts before this, or {@link Long#MAX_VALUE}
 */
public record CriticalPathOptions(String traceId, GroupBy groupBy, int slowest, long fromNanos, long toNanos) {
    public CriticalPathOptions {
        Objects.requireNonNull(groupBy, "groupBy");
        if (slowest < 0) {
            throw new IllegalArgumentException("negative slowest " + slowest);
        }
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException("empty range [" + fromNanos + ", " + toNanos + ")");
        }
    }

    /** Every path (of the trace, when one is given). */
    public CriticalPathOptions(String traceId, GroupBy groupBy, int slowest) {
        this(traceId, groupBy, slowest, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public static CriticalPathOptions defaults() {
        return new CriticalPathOptions(null, GroupBy.OPERATION, 10);
    }

    /** Only the paths whose root span starts in {@code [fromNanos, toNanos)}. */
    public CriticalPathOptions withRange(long fromNanos, long toNanos) {
        return new CriticalPathOptions(traceId, groupBy, slowest, fromNanos, toNanos);
    }

    /** Whether the path of this root span is analysed: its trace, and its start in the range. */
    public boolean includes(Span root) {
        return (traceId == null || traceId.equals(root.traceId()))
                && root.startNanos() >= fromNanos && root.startNanos() < toNanos;
    }
}
