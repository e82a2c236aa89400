package dev.flightpath.analyzers.criticalpath;

import java.util.Objects;

/**
 * One piece of a critical path, attributed to one span.
 *
 * @param spanIndex  index into the recording's spans
 * @param spanId     that span's id
 * @param operation  its name
 * @param process    its process's name
 * @param kind       what the path does meanwhile
 * @param startNanos start, epoch nanoseconds
 * @param endNanos   end (exclusive), epoch nanoseconds; always after the start
 */
public record PathSegment(int spanIndex, String spanId, String operation, String process, SegmentKind kind,
        long startNanos, long endNanos) {
    public PathSegment {
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(kind, "kind");
        if (endNanos <= startNanos) {
            throw new IllegalArgumentException("empty segment " + startNanos + ".." + endNanos);
        }
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }
}
