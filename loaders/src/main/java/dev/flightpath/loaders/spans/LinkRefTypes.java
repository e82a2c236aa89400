package dev.flightpath.loaders.spans;

import dev.flightpath.model.LinkKind;

/**
 * A link's kind from its {@code opentracing.ref_type} attribute, as the OpenTelemetry Jaeger
 * translator writes it ({@code follows_from}, {@code child_of}) and as {@code flightpath convert}
 * writes it (those two and {@code flow} for Chrome flow arrows). The one definition both OTLP
 * loaders, JSON and protobuf, use, so they give a link the same kind.
 */
public final class LinkRefTypes {
    /** The link attribute that holds the reference kind. */
    public static final String REF_TYPE = "opentracing.ref_type";

    private LinkRefTypes() {
    }

    /** The kind for an attribute value; a plain link for any other value or none (null). */
    public static LinkKind kind(Object refType) {
        if (!(refType instanceof String)) {
            return LinkKind.LINK;
        }
        switch ((String) refType) {
            case "follows_from":
                return LinkKind.FOLLOWS_FROM;
            case "child_of":
                return LinkKind.CHILD_OF;
            case "flow":
                return LinkKind.FLOW;
            default:
                return LinkKind.LINK;
        }
    }
}
