package dev.flightpath.loaders.otlp;

import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanStatus;
import java.util.Locale;

/** OTLP span kinds and status codes, given as integers or as enum names. */
final class OtlpEnums {
    private static final SpanKind[] KINDS = SpanKind.values();
    private static final SpanStatus[] STATUSES = SpanStatus.values();

    private OtlpEnums() {
    }

    /** 0 to 5, {@code SPAN_KIND_SERVER} or {@code SERVER}; null when not recognised. */
    static SpanKind kind(Object value) {
        if (value == null) {
            return SpanKind.UNSPECIFIED;
        }
        Long number = JsonValues.toLong(value);
        if (number != null) {
            return number >= 0 && number < KINDS.length ? KINDS[number.intValue()] : null;
        }
        String name = value.toString().toUpperCase(Locale.ROOT);
        if (name.startsWith("SPAN_KIND_")) {
            name = name.substring("SPAN_KIND_".length());
        }
        for (SpanKind kind : KINDS) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** 0 to 2, {@code STATUS_CODE_ERROR} or {@code ERROR}; null when not recognised. */
    static SpanStatus status(Object value) {
        if (value == null) {
            return SpanStatus.UNSET;
        }
        Long number = JsonValues.toLong(value);
        if (number != null) {
            return number >= 0 && number < STATUSES.length ? STATUSES[number.intValue()] : null;
        }
        String name = value.toString().toUpperCase(Locale.ROOT);
        if (name.startsWith("STATUS_CODE_")) {
            name = name.substring("STATUS_CODE_".length());
        }
        for (SpanStatus status : STATUSES) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }
}
