package dev.flightpath.analyzers.criticalpath;

import java.util.Objects;

/**
 * The producer a path's root consumed its message from, when that producer is not on the path
 * (another trace, or a span the root does not lie within).
 *
 * @param traceId        the producer's trace
 * @param spanId         the producer span
 * @param operation      its name
 * @param queueWaitNanos producer end to root start (0 when the root started first)
 */
public record Upstream(String traceId, String spanId, String operation, long queueWaitNanos) {
    public Upstream {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(operation, "operation");
    }
}
