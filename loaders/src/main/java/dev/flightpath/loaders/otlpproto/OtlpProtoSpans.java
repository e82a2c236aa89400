package dev.flightpath.loaders.otlpproto;

import com.google.protobuf.ByteString;
import dev.flightpath.loaders.spans.LinkRefTypes;
import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.SamplingWeights;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import dev.flightpath.model.SpanStatus;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns decoded requests into span drafts with the OTLP JSON loader's mapping and warnings:
 * resources by {@code service.name}, hex ids, kvlists flattened into dotted keys, bytes as base64,
 * links as {@link LinkKind#LINK} (or the kind their
 * {@code opentracing.ref_type} attribute names), events counted, sampling weight from the trace state's threshold
 * or a sample-rate attribute.
 */
final class OtlpProtoSpans {
    private static final String UNKNOWN_SERVICE = "unknown_service";
    private static final HexFormat HEX = HexFormat.of();
    private static final SpanKind[] KINDS = SpanKind.values();
    private static final SpanStatus[] STATUSES = SpanStatus.values();

    private final WarningLog warnings;
    private final ProcessTable processes;
    private final List<SpanDraft> drafts;
    private String producer = "";
    private long events;
    private long links;

    OtlpProtoSpans(WarningLog warnings, ProcessTable processes, List<SpanDraft> drafts) {
        this.warnings = warnings;
        this.processes = processes;
        this.drafts = drafts;
    }

    String producer() {
        return producer;
    }

    long events() {
        return events;
    }

    long links() {
        return links;
    }

    void add(ExportTraceServiceRequest request) {
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            Map<String, Object> resource = new LinkedHashMap<>();
            decodeInto(resourceSpans.getResource().getAttributesList(), "", resource);
            int processId = serviceProcess(resource);
            for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    drafts.add(draft(span, processId));
                }
            }
        }
    }

    private SpanDraft draft(Span span, int processId) {
        SpanDraft draft = new SpanDraft()
                .traceId(hex(span.getTraceId()))
                .spanId(hex(span.getSpanId()))
                .name(span.getName())
                .processId(processId);
        String parent = hex(span.getParentSpanId());
        draft.parentSpanId(parent.chars().allMatch(c -> c == '0') ? "" : parent);
        draft.startNanos(time(draft, span.getStartTimeUnixNano(), "startTimeUnixNano"));
        draft.endNanos(time(draft, span.getEndTimeUnixNano(), "endTimeUnixNano"));
        int kind = span.getKindValue();
        if (kind < 0 || kind >= KINDS.length) {
            warnings.add("invalid-field", "span " + draft.spanId() + " has unknown kind " + kind);
            kind = 0;
        }
        draft.kind(KINDS[kind]);
        int status = span.getStatus().getCodeValue();
        if (status < 0 || status >= STATUSES.length) {
            warnings.add("invalid-field", "span " + draft.spanId() + " has unknown status code " + status);
            status = 0;
        }
        draft.status(STATUSES[status]);
        events += span.getEventsCount();
        for (Span.Link link : span.getLinksList()) {
            links++;
            if (link.getTraceId().isEmpty() || link.getSpanId().isEmpty()) {
                warnings.add("missing-field", "a link of span " + draft.spanId() + " has no trace or span id");
                continue;
            }
            draft.links().add(new SpanLink(hex(link.getTraceId()), hex(link.getSpanId()), linkKind(link)));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        decodeInto(span.getAttributesList(), "", attributes);
        double weight = SamplingWeights.fromTraceState(span.getTraceState());
        if (weight == 1.0) {
            weight = SamplingWeights.fromSampleRateAttribute(attributes);
        }
        draft.samplingWeight(weight);
        draft.attributes(attributes);
        return draft.compact();
    }

    /**
     * A link's kind from its {@code opentracing.ref_type} attribute, decoded as span attributes are
     * (the last of repeated keys counts), so the OTLP JSON loader gives the same kind.
     */
    private static LinkKind linkKind(Span.Link link) {
        if (link.getAttributesCount() == 0) {
            return LinkKind.LINK;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        decodeInto(link.getAttributesList(), "", attributes);
        return LinkRefTypes.kind(attributes.get(LinkRefTypes.REF_TYPE));
    }

    private long time(SpanDraft draft, long nanos, String field) {
        if (nanos == 0) {
            warnings.add("missing-field", "span " + draft.spanId() + " has no " + field + "; 0 assumed");
        }
        return nanos;
    }

    private int serviceProcess(Map<String, Object> resource) {
        Object serviceName = resource.get("service.name");
        String name = serviceName == null ? UNKNOWN_SERVICE : serviceName.toString();
        if (producer.isEmpty() && resource.get("telemetry.sdk.name") != null) {
            Object version = resource.get("telemetry.sdk.version");
            Object language = resource.get("telemetry.sdk.language");
            producer = resource.get("telemetry.sdk.name") + (language == null ? "" : "-" + language)
                    + (version == null ? "" : " " + version);
        }
        return processes.intern(ProcessKind.SERVICE, name, name);
    }

    private static String hex(ByteString bytes) {
        return HEX.formatHex(bytes.toByteArray());
    }

    /** KeyValues into model values; a kvlist is flattened into dotted keys, as the JSON loader does. */
    private static void decodeInto(List<KeyValue> keyValues, String prefix, Map<String, Object> target) {
        for (KeyValue keyValue : keyValues) {
            String key = prefix + keyValue.getKey();
            AnyValue value = keyValue.getValue();
            if (value.hasKvlistValue()) {
                decodeInto(value.getKvlistValue().getValuesList(), key + ".", target);
                continue;
            }
            Object decoded = scalar(value);
            if (decoded != null) {
                target.put(key, decoded);
            }
        }
    }

    private static Object scalar(AnyValue value) {
        switch (value.getValueCase()) {
            case STRING_VALUE:
                return value.getStringValue();
            case BOOL_VALUE:
                return value.getBoolValue();
            case INT_VALUE:
                return value.getIntValue();
            case DOUBLE_VALUE:
                return value.getDoubleValue();
            case BYTES_VALUE:
                return Base64.getEncoder().encodeToString(value.getBytesValue().toByteArray());
            case ARRAY_VALUE:
                List<Object> list = new ArrayList<>();
                for (AnyValue element : value.getArrayValue().getValuesList()) {
                    Object item = scalar(element);
                    if (item != null) {
                        list.add(item);
                    }
                }
                return list;
            default:
                return null;
        }
    }
}
