package dev.flightpath.model;

/** How a span refers to another span besides its parent. */
public enum LinkKind {
    /** An OpenTelemetry link (for example a consumer linking to its producer). */
    LINK,
    /** A Jaeger/OpenTracing FOLLOWS_FROM reference. */
    FOLLOWS_FROM,
    /** A second CHILD_OF reference (the first one is the parent). */
    CHILD_OF,
    /** A Chrome trace flow arrow from the linked slice into this one. */
    FLOW
}
