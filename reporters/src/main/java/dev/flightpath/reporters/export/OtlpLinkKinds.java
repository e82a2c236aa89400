package dev.flightpath.reporters.export;

import dev.flightpath.model.LinkKind;

/**
 * How a link's kind survives OTLP, which has plain links only: the OpenTelemetry Jaeger
 * translator's {@code opentracing.ref_type} attribute ({@code follows_from}, {@code child_of}),
 * and {@code flow} for Chrome flow arrows.
 */
final class OtlpLinkKinds {
    static final String REF_TYPE = "opentracing.ref_type";

    private OtlpLinkKinds() {
    }

    /** The attribute value for a kind, or null for a plain OpenTelemetry link. */
    static String refType(LinkKind kind) {
        switch (kind) {
            case FOLLOWS_FROM:
                return "follows_from";
            case CHILD_OF:
                return "child_of";
            case FLOW:
                return "flow";
            default:
                return null;
        }
    }
}
