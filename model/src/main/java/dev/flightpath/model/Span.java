package dev.flightpath.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One timed operation of a trace.
 *
 * @param traceId        lower-case hex where the source uses hex ids, else the source's text
 * @param spanId         unique within its trace
 * @param parentSpanId   the parent's span id, or empty for a root
 * @param links          references to other spans besides the parent
 * @param name           the operation name
 * @param processId      the {@link ProcessInfo#id()} of the service or process that ran it
 * @param startNanos     start, nanoseconds since the Unix epoch
 * @param endNanos       end, nanoseconds since the Unix epoch; a loader never stores
 *                       {@code endNanos < startNanos} (it clamps and warns)
 * @param kind           the span kind
 * @param status         the status code
 * @param attributes     attribute values: String, Long, Double, Boolean, or List of those
 * @param samplingWeight how many spans this one stands for: 1 for unsampled data, 1/p for a span
 *                       kept with probability p
 */
public record Span(
        String traceId,
        String spanId,
        String parentSpanId,
        List<SpanLink> links,
        String name,
        int processId,
        long startNanos,
        long endNanos,
        SpanKind kind,
        SpanStatus status,
        Map<String, Object> attributes,
        double samplingWeight) {

    public Span {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(parentSpanId, "parentSpanId");
        links = List.copyOf(links);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        attributes = Map.copyOf(attributes);
        if (endNanos < startNanos) {
            throw new IllegalArgumentException("span " + spanId + " ends before it starts");
        }
        if (!(samplingWeight >= 1.0) || Double.isInfinite(samplingWeight)) {
            throw new IllegalArgumentException("sampling weight must be finite and >= 1: " + samplingWeight);
        }
    }

    public boolean isRoot() {
        return parentSpanId.isEmpty();
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }
}
