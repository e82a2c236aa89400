package dev.flightpath.loaders.zipkin;

import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.SamplingWeights;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanIds;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns one Zipkin v2 span object into a {@link ZipkinSpan}; tells v1 spans apart. */
final class ZipkinSpanConverter {
    private static final long NANOS_PER_MICRO = 1_000L;
    /** Start plus duration in nanoseconds cannot overflow below this. */
    private static final long MAX_MICROS = Long.MAX_VALUE / NANOS_PER_MICRO / 2;

    private final WarningLog warnings;
    private long annotations;

    ZipkinSpanConverter(WarningLog warnings) {
        this.warnings = warnings;
    }

    long annotations() {
        return annotations;
    }

    /**
     * A v1 span has {@code binaryAnnotations}, or annotations that carry their own
     * {@code endpoint}, and neither {@code kind} nor {@code localEndpoint}.
     */
    static boolean isV1(Map<String, Object> span) {
        if (span.containsKey("binaryAnnotations")) {
            return true;
        }
        if (span.containsKey("kind") || span.containsKey("localEndpoint")) {
            return false;
        }
        for (Object element : JsonValues.array(span, "annotations")) {
            Map<String, Object> annotation = JsonValues.asObject(element);
            if (annotation != null && annotation.containsKey("endpoint")) {
                return true;
            }
        }
        return false;
    }

    /** The span, or null when it has no usable time (logged). */
    ZipkinSpan convert(Map<String, Object> span) {
        SpanDraft draft = new SpanDraft()
                .traceId(SpanIds.normalise(JsonValues.string(span, "traceId")))
                .spanId(SpanIds.normalise(JsonValues.string(span, "id")))
                .name(JsonValues.string(span, "name"));
        String parent = SpanIds.normalise(JsonValues.string(span, "parentId"));
        draft.parentSpanId(SpanIds.isEmptyId(parent) ? "" : parent);
        List<Object> annotationList = JsonValues.array(span, "annotations");
        annotations += annotationList.size();

        Long timestamp = JsonValues.integer(span, "timestamp");
        if (timestamp == null) {
            timestamp = earliestAnnotation(annotationList);
        }
        if (timestamp == null || timestamp > MAX_MICROS || timestamp < -MAX_MICROS) {
            warnings.add("missing-field", "span " + draft.spanId() + " has no usable timestamp; skipped");
            return null;
        }
        Long duration = JsonValues.integer(span, "duration");
        long durationMicros = duration == null || duration > MAX_MICROS || duration < -MAX_MICROS
                ? 0 : duration;
        draft.startNanos(timestamp * NANOS_PER_MICRO);
        draft.endNanos(draft.startNanos() + durationMicros * NANOS_PER_MICRO);
        draft.kind(kind(JsonValues.string(span, "kind")));

        Map<String, Object> tags = JsonValues.object(span, "tags");
        if (tags != null) {
            for (Map.Entry<String, Object> tag : tags.entrySet()) {
                if (tag.getValue() != null && !(tag.getValue() instanceof Map) && !(tag.getValue() instanceof List)) {
                    draft.attributes().put(tag.getKey(), tag.getValue().toString());
                }
            }
        }
        Map<String, Object> remote = JsonValues.object(span, "remoteEndpoint");
        String remoteService = remote == null ? null : JsonValues.string(remote, "serviceName");
        if (remoteService != null) {
            draft.attributes().putIfAbsent("peer.service", remoteService);
        }
        draft.status(draft.attributes().containsKey("error") ? SpanStatus.ERROR : SpanStatus.UNSET);
        draft.samplingWeight(SamplingWeights.fromSampleRateAttribute(draft.attributes()));

        Map<String, Object> local = JsonValues.object(span, "localEndpoint");
        String service = local == null ? null : JsonValues.string(local, "serviceName");
        return new ZipkinSpan(draft, service == null || service.isEmpty() ? null : service,
                JsonValues.bool(span, "shared"));
    }

    private static Long earliestAnnotation(List<Object> annotationList) {
        Long earliest = null;
        for (Object element : annotationList) {
            Map<String, Object> annotation = JsonValues.asObject(element);
            Long time = annotation == null ? null : JsonValues.integer(annotation, "timestamp");
            if (time != null && (earliest == null || time < earliest)) {
                earliest = time;
            }
        }
        return earliest;
    }

    static SpanKind kind(String kind) {
        if (kind == null) {
            return SpanKind.UNSPECIFIED;
        }
        switch (kind.toUpperCase(Locale.ROOT)) {
            case "CLIENT":
                return SpanKind.CLIENT;
            case "SERVER":
                return SpanKind.SERVER;
            case "PRODUCER":
                return SpanKind.PRODUCER;
            case "CONSUMER":
                return SpanKind.CONSUMER;
            default:
                return SpanKind.UNSPECIFIED;
        }
    }
}
