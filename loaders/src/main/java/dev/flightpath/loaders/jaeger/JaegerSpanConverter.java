package dev.flightpath.loaders.jaeger;

import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanIds;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import dev.flightpath.model.SpanStatus;
import java.util.Locale;
import java.util.Map;

/** Turns one Jaeger span object into a {@link SpanDraft} (the process is resolved later). */
final class JaegerSpanConverter {
    private static final long NANOS_PER_MICRO = 1_000L;
    /** Start plus duration in nanoseconds cannot overflow below this. */
    private static final long MAX_MICROS = Long.MAX_VALUE / NANOS_PER_MICRO / 2;

    private final WarningLog warnings;
    private long logs;
    private long references;

    JaegerSpanConverter(WarningLog warnings) {
        this.warnings = warnings;
    }

    long logs() {
        return logs;
    }

    long references() {
        return references;
    }

    /** The draft; its trace id is empty when the span has none (the trace's is filled in later). */
    SpanDraft convert(Map<String, Object> span) {
        SpanDraft draft = new SpanDraft()
                .traceId(SpanIds.normalise(JsonValues.string(span, "traceID", "traceId")))
                .spanId(SpanIds.normalise(JsonValues.string(span, "spanID", "spanId")))
                .name(JsonValues.string(span, "operationName"));
        long startMicros = micros(span, draft, "startTime");
        long durationMicros = micros(span, draft, "duration");
        draft.startNanos(Math.multiplyExact(startMicros, NANOS_PER_MICRO));
        draft.endNanos(draft.startNanos() + Math.multiplyExact(durationMicros, NANOS_PER_MICRO));

        readReferences(span, draft);
        JaegerTags.decodeInto(JsonValues.array(span, "tags"), draft.attributes());
        logs += JsonValues.array(span, "logs").size();
        draft.kind(kind(draft.attributes().get("span.kind")));
        draft.status(status(draft.attributes()));
        return draft;
    }

    /**
     * The first CHILD_OF reference is the parent and later ones become CHILD_OF links. FOLLOWS_FROM
     * references become FOLLOWS_FROM links and never the parent (see package-info).
     */
    private void readReferences(Map<String, Object> span, SpanDraft draft) {
        for (Object element : JsonValues.array(span, "references")) {
            Map<String, Object> reference = JsonValues.asObject(element);
            if (reference == null) {
                continue;
            }
            references++;
            String refType = JsonValues.string(reference, "refType");
            String spanId = SpanIds.normalise(JsonValues.string(reference, "spanID", "spanId"));
            String traceId = SpanIds.normalise(JsonValues.string(reference, "traceID", "traceId"));
            if (spanId == null) {
                warnings.add("missing-field", "a reference of span " + draft.spanId() + " has no spanID");
                continue;
            }
            if (traceId == null) {
                traceId = draft.traceId();
            }
            boolean followsFrom = "FOLLOWS_FROM".equalsIgnoreCase(refType);
            boolean sameTrace = draft.traceId().isEmpty() || traceId.equals(draft.traceId());
            if (!followsFrom && draft.parentSpanId().isEmpty() && sameTrace) {
                draft.parentSpanId(spanId);
            } else {
                draft.links().add(new SpanLink(traceId, spanId, followsFrom ? LinkKind.FOLLOWS_FROM : LinkKind.CHILD_OF));
            }
        }
        String legacyParent = SpanIds.normalise(JsonValues.string(span, "parentSpanID"));
        if (draft.parentSpanId().isEmpty() && legacyParent != null && !SpanIds.isEmptyId(legacyParent)) {
            draft.parentSpanId(legacyParent);
        }
    }

    private long micros(Map<String, Object> span, SpanDraft draft, String field) {
        Object value = span.get(field);
        if (value == null) {
            warnings.add("missing-field", "span " + draft.spanId() + " has no " + field + "; 0 assumed");
            return 0;
        }
        Long micros = JsonValues.toLong(value);
        if (micros == null) {
            Double fractional = JsonValues.toDouble(value);
            if (fractional != null && Double.isFinite(fractional) && Math.abs(fractional) < MAX_MICROS) {
                return Math.round(fractional);
            }
            warnings.add("invalid-field", "span " + draft.spanId() + " has " + field
                    + " that is not a number: " + value + "; 0 assumed");
            return 0;
        }
        if (micros > MAX_MICROS || micros < -MAX_MICROS) {
            warnings.add("invalid-field", "span " + draft.spanId() + " has " + field + " out of range: "
                    + micros + "; 0 assumed");
            return 0;
        }
        return micros;
    }

    static SpanKind kind(Object tag) {
        if (tag == null) {
            return SpanKind.UNSPECIFIED;
        }
        switch (tag.toString().toLowerCase(Locale.ROOT)) {
            case "server":
                return SpanKind.SERVER;
            case "client":
                return SpanKind.CLIENT;
            case "producer":
                return SpanKind.PRODUCER;
            case "consumer":
                return SpanKind.CONSUMER;
            case "internal":
                return SpanKind.INTERNAL;
            default:
                return SpanKind.UNSPECIFIED;
        }
    }

    /** {@code otel.status_code} wins; else an {@code error} tag that is true makes it ERROR. */
    static SpanStatus status(Map<String, Object> tags) {
        Object otelStatus = tags.get("otel.status_code");
        if (otelStatus != null) {
            String code = otelStatus.toString().toUpperCase(Locale.ROOT);
            if (code.equals("ERROR")) {
                return SpanStatus.ERROR;
            }
            if (code.equals("OK")) {
                return SpanStatus.OK;
            }
        }
        Object error = tags.get("error");
        if (Boolean.TRUE.equals(error) || (error != null && "true".equalsIgnoreCase(error.toString()))) {
            return SpanStatus.ERROR;
        }
        return SpanStatus.UNSET;
    }
}
