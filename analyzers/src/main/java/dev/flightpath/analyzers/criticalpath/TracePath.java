package dev.flightpath.analyzers.criticalpath;

import java.util.List;
import java.util.Objects;

/**
 * The critical path of one root span: segments in time order that tile the root's time exactly.
 *
 * @param traceId      the root's trace
 * @param rootSpanId   the root span
 * @param operation    the root's name
 * @param startNanos   the root's start, epoch nanoseconds
 * @param endNanos     the root's end
 * @param weight       the root's sampling weight
 * @param segments     contiguous, in time order, from {@code startNanos} to {@code endNanos}
 * @param upstream     the producer the root consumed its message from, or null
 */
public record TracePath(String traceId, String rootSpanId, String operation, long startNanos, long endNanos,
        double weight, List<PathSegment> segments, Upstream upstream) {
    public TracePath {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(rootSpanId, "rootSpanId");
        Objects.requireNonNull(operation, "operation");
        segments = List.copyOf(segments);
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }
}
