package dev.flightpath.loaders.otlp;

import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.SamplingWeights;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanIds;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import dev.flightpath.model.SpanStatus;
import java.util.Map;

/** Turns one OTLP span object into a {@link SpanDraft}, counting its events and links. */
final class OtlpSpanConverter {
    private final WarningLog warnings;
    private long events;
    private long links;

    OtlpSpanConverter(WarningLog warnings) {
        this.warnings = warnings;
    }

    long events() {
        return events;
    }

    long links() {
        return links;
    }

    /** Forgets the events and links counted since the counts were these. */
    void rollBack(long eventCount, long linkCount) {
        events = eventCount;
        links = linkCount;
    }

    SpanDraft convert(Map<String, Object> span) {
        SpanDraft draft = new SpanDraft()
                .traceId(SpanIds.normaliseOtlp(JsonValues.string(span, "traceId", "trace_id"), 16))
                .spanId(SpanIds.normaliseOtlp(JsonValues.string(span, "spanId", "span_id"), 8))
                .name(JsonValues.string(span, "name"));
        String parent = SpanIds.normaliseOtlp(JsonValues.string(span, "parentSpanId", "parent_span_id"), 8);
        draft.parentSpanId(SpanIds.isEmptyId(parent) ? "" : parent);
        draft.startNanos(time(span, draft, "startTimeUnixNano", "start_time_unix_nano"));
        draft.endNanos(time(span, draft, "endTimeUnixNano", "end_time_unix_nano"));

        Object kindValue = JsonValues.field(span, "kind");
        SpanKind kind = OtlpEnums.kind(kindValue);
        if (kind == null) {
            warnings.add("invalid-field", "span " + draft.spanId() + " has unknown kind " + kindValue);
            kind = SpanKind.UNSPECIFIED;
        }
        draft.kind(kind);
        Map<String, Object> statusObject = JsonValues.object(span, "status");
        Object code = statusObject == null ? null : JsonValues.field(statusObject, "code");
        SpanStatus status = OtlpEnums.status(code);
        if (status == null) {
            warnings.add("invalid-field", "span " + draft.spanId() + " has unknown status code " + code);
            status = SpanStatus.UNSET;
        }
        draft.status(status);

        OtlpAttributes.decodeInto(JsonValues.array(span, "attributes"), "", draft.attributes());
        events += JsonValues.array(span, "events").size();
        for (Object element : JsonValues.array(span, "links")) {
            Map<String, Object> link = JsonValues.asObject(element);
            if (link == null) {
                continue;
            }
            links++;
            String traceId = SpanIds.normaliseOtlp(JsonValues.string(link, "traceId", "trace_id"), 16);
            String spanId = SpanIds.normaliseOtlp(JsonValues.string(link, "spanId", "span_id"), 8);
            if (traceId == null || spanId == null) {
                warnings.add("missing-field", "a link of span " + draft.spanId() + " has no trace or span id");
                continue;
            }
            draft.links().add(new SpanLink(traceId, spanId, LinkKind.LINK));
        }

        double weight = SamplingWeights.fromTraceState(JsonValues.string(span, "traceState", "trace_state"));
        if (weight == 1.0) {
            weight = SamplingWeights.fromSampleRateAttribute(draft.attributes());
        }
        draft.samplingWeight(weight);
        return draft;
    }

    private long time(Map<String, Object> span, SpanDraft draft, String... names) {
        Object value = JsonValues.field(span, names);
        if (value == null) {
            warnings.add("missing-field", "span " + draft.spanId() + " has no " + names[0] + "; 0 assumed");
            return 0;
        }
        Long nanos = JsonValues.toLong(value);
        if (nanos == null) {
            warnings.add("invalid-field", "span " + draft.spanId() + " has " + names[0]
                    + " that is not an integer: " + value + "; 0 assumed");
            return 0;
        }
        return nanos;
    }
}
