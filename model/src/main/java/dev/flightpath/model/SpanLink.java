package dev.flightpath.model;

import java.util.Objects;

/** A reference from one span to another, possibly in another trace. */
public record SpanLink(String traceId, String spanId, LinkKind kind) {
    public SpanLink {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(kind, "kind");
    }
}
