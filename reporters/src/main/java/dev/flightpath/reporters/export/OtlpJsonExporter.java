package dev.flightpath.reporters.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanLink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes OTLP JSON lines: per process, {@code ExportTraceServiceRequest}s of at most
 * {@value #SPANS_PER_LINE} spans, the process a resource with {@code service.name}. Spans keep
 * their ids ({@link OtlpIds}), parent, times, kind, status, attributes, links and sampling weight
 * (as a {@code SampleRate} attribute); a link's kind is its {@code opentracing.ref_type} attribute
 * ({@link OtlpLinkKinds}), which Jaeger and flightpath's OTLP loaders read back. Messages that no span stands for (BEAM and JFR recorder
 * data) become a PRODUCER span on the sender from send to enqueue and a CONSUMER child span on the
 * receiver at the dequeue, with {@code messaging.destination.name} and
 * {@code messaging.operation.type}, which is what the span loaders read back as a message.
 */
public final class OtlpJsonExporter {
    static final int SPANS_PER_LINE = 10_000;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** A span to write, with the model process it belongs to. */

    public ExportResult write(Recording recording, OutputStream out) throws IOException {
        OtlpIds ids = new OtlpIds();
        Map<Integer, List<Span>> byProcess = new TreeMap<>();
        for (Span span : recording.spans()) {
            byProcess.computeIfAbsent(span.processId(), p -> new ArrayList<>()).add(span);
        }
        long[] messageCounts = addMessageSpans(recording, byProcess);
        long lines = 0;
        long written = 0;
        try (JsonGenerator json = JSON.createGenerator(new NonClosingStream(out), JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            for (Map.Entry<Integer, List<Span>> process : byProcess.entrySet()) {
                List<Span> spans = process.getValue();
                for (int from = 0; from < spans.size(); from += SPANS_PER_LINE) {
                    writeRequest(json, recording, process.getKey(), spans.subList(from,
                            Math.min(spans.size(), from + SPANS_PER_LINE)), ids);
                    lines++;
                }
                written += spans.size();
            }
            json.writeRaw('\n');
        }
        out.flush();
        List<String> dropped = new ArrayList<>(NotExported.lines(recording, EnumSet.of(DataKind.SPANS,
                DataKind.MESSAGES), "OTLP traces hold spans only"));
        if (messageCounts[1] > 0) {
            dropped.add(NotExported.count(messageCounts[1]) + " messages never received or with an unknown "
                    + "sender or receiver (a producer/consumer pair needs both ends)");
        }
        if (ids.hashed() > 0) {
            dropped.add(NotExported.count(ids.hashed()) + " ids that were not hex (replaced by hashes; parents and "
                    + "links still match)");
        }
        return new ExportResult(NotExported.count(written) + " spans (" + NotExported.count(messageCounts[0])
                + " of them producer/consumer pairs for messages) in " + NotExported.count(lines) + " requests",
                dropped);
    }

    /** Producer and consumer spans for the messages no span handles; returns {added spans, dropped messages}. */
    private static long[] addMessageSpans(Recording recording, Map<Integer, List<Span>> byProcess) {
        MessageTable messages = recording.messages();
        long added = 0;
        long dropped = 0;
        for (int row = 0; row < messages.size(); row++) {
            if (messages.handledBySpan(row) >= 0) {
                continue;
            }
            int sender = messages.senderProcessId(row);
            int receiver = messages.receiverProcessId(row);
            if (sender < 0 || receiver < 0 || messages.dequeueNanos(row) == Message.NEVER
                    || messages.sendNanos(row) == Message.NEVER || messages.enqueueNanos(row) == Message.NEVER) {
                dropped++;
                continue;
            }
            String traceId = "message-" + row;
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("messaging.destination.name", messages.mailbox(row));
            if (!messages.messageType(row).isEmpty()) {
                attributes.put("messaging.operation.type", messages.messageType(row));
            }
            String name = messages.messageType(row).isEmpty() ? messages.mailbox(row) : messages.messageType(row);
            Span producer = new Span(traceId, "send", "", List.of(), "send " + name, sender,
                    messages.sendNanos(row), messages.enqueueNanos(row), dev.flightpath.model.SpanKind.PRODUCER,
                    dev.flightpath.model.SpanStatus.UNSET, attributes, 1.0);
            Span consumer = new Span(traceId, "receive", "send", List.of(), "receive " + name, receiver,
                    messages.dequeueNanos(row), messages.dequeueNanos(row), dev.flightpath.model.SpanKind.CONSUMER,
                    dev.flightpath.model.SpanStatus.UNSET, attributes, messages.weight(row) >= 1 ? messages.weight(row)
                    : 1.0);
            byProcess.computeIfAbsent(sender, p -> new ArrayList<>()).add(producer);
            byProcess.computeIfAbsent(receiver, p -> new ArrayList<>()).add(consumer);
            added += 2;
        }
        return new long[] {added, dropped};
    }

    private static void writeRequest(JsonGenerator json, Recording recording, int processId, List<Span> spans,
            OtlpIds ids) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("resourceSpans");
        json.writeStartObject();
        json.writeObjectFieldStart("resource");
        json.writeArrayFieldStart("attributes");
        writeAttribute(json, "service.name", ProcessNames.name(recording, processId));
        if (processId >= 0 && processId < recording.processes().size()) {
            writeAttribute(json, "flightpath.process.kind", recording.processes().get(processId).kind().name());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeArrayFieldStart("scopeSpans");
        json.writeStartObject();
        json.writeObjectFieldStart("scope");
        json.writeStringField("name", "flightpath convert");
        json.writeEndObject();
        json.writeArrayFieldStart("spans");
        for (Span span : spans) {
            writeSpan(json, span, ids);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeSpan(JsonGenerator json, Span span, OtlpIds ids) throws IOException {
        json.writeStartObject();
        json.writeStringField("traceId", ids.traceId(span.traceId()));
        json.writeStringField("spanId", ids.spanId(span.spanId()));
        if (!span.isRoot()) {
            json.writeStringField("parentSpanId", ids.spanId(span.parentSpanId()));
        }
        json.writeStringField("name", span.name());
        json.writeNumberField("kind", span.kind().ordinal());
        json.writeStringField("startTimeUnixNano", Long.toString(span.startNanos()));
        json.writeStringField("endTimeUnixNano", Long.toString(span.endNanos()));
        json.writeArrayFieldStart("attributes");
        for (Map.Entry<String, Object> attribute : new TreeMap<>(span.attributes()).entrySet()) {
            writeAttribute(json, attribute.getKey(), attribute.getValue());
        }
        if (span.samplingWeight() != 1.0 && !span.attributes().containsKey("SampleRate")) {
            writeAttribute(json, "SampleRate", span.samplingWeight());
        }
        json.writeEndArray();
        if (!span.links().isEmpty()) {
            json.writeArrayFieldStart("links");
            for (SpanLink link : span.links()) {
                json.writeStartObject();
                json.writeStringField("traceId", ids.traceId(link.traceId()));
                json.writeStringField("spanId", ids.spanId(link.spanId()));
                String refType = OtlpLinkKinds.refType(link.kind());
                if (refType != null) {
                    json.writeArrayFieldStart("attributes");
                    writeAttribute(json, OtlpLinkKinds.REF_TYPE, refType);
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart("status");
        json.writeNumberField("code", span.status().ordinal());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeAttribute(JsonGenerator json, String key, Object value) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", key);
        json.writeFieldName("value");
        writeAnyValue(json, value);
        json.writeEndObject();
    }

    private static void writeAnyValue(JsonGenerator json, Object value) throws IOException {
        json.writeStartObject();
        if (value instanceof Long || value instanceof Integer) {
            json.writeStringField("intValue", value.toString());
        } else if (value instanceof Double) {
            json.writeNumberField("doubleValue", (Double) value);
        } else if (value instanceof Boolean) {
            json.writeBooleanField("boolValue", (Boolean) value);
        } else if (value instanceof List) {
            json.writeObjectFieldStart("arrayValue");
            json.writeArrayFieldStart("values");
            for (Object element : (List<?>) value) {
                writeAnyValue(json, element);
            }
            json.writeEndArray();
            json.writeEndObject();
        } else {
            json.writeStringField("stringValue", String.valueOf(value));
        }
        json.writeEndObject();
    }
}
