package dev.flightpath.loaders.otlp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.flightpath.loaders.spans.JsonTree;
import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanRecordingAssembler;
import dev.flightpath.loaders.spans.StreamWalker;
import dev.flightpath.loaders.spans.StringInterner;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.ProcessKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams an OTLP JSON file: one or more root objects (JSON lines), each a TracesData /
 * ExportTraceServiceRequest ({@code resourceSpans}), a Tempo response ({@code batches}) or a
 * Jaeger api_v3 response ({@code result.resourceSpans}). Spans are streamed straight into drafts
 * ({@link OtlpSpanReader}); only a resource object is read as a tree. The spans of one resource
 * are kept until the resource's own attributes are known (JSON does not promise that
 * {@code resource} comes before {@code scopeSpans}).
 */
final class OtlpStreamReader {
    static final String UNKNOWN_SERVICE = "unknown_service";

    private final StreamWalker walker;
    private final JsonParser parser;
    private final WarningLog warnings;
    private final ProcessTable processes;
    private final OtlpSpanReader spanReader;
    private final List<SpanDraft> drafts = new ArrayList<>();
    private String producer = "";

    OtlpStreamReader(JsonParser parser, Path file, WarningLog warnings, ProcessTable processes) {
        this.parser = parser;
        this.walker = new StreamWalker(parser, file, "invalid OTLP JSON");
        this.warnings = warnings;
        this.processes = processes;
        this.spanReader = new OtlpSpanReader(walker, warnings, new StringInterner());
    }

    List<SpanDraft> drafts() {
        return drafts;
    }

    String producer() {
        return producer;
    }

    long events() {
        return spanReader.events();
    }

    long links() {
        return spanReader.links();
    }

    void readAll() throws IOException, InputDataException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw walker.error("the file holds no JSON value");
        }
        int completeRequests = 0;
        while (token != null) {
            walker.expect(JsonToken.START_OBJECT, "each top-level value");
            int draftsBefore = drafts.size();
            long eventsBefore = spanReader.events();
            long linksBefore = spanReader.links();
            try {
                readRequest();
            } catch (JsonEOFException e) {
                if (completeRequests == 0) {
                    throw e;
                }
                // The file exporter was stopped mid-line: keep the complete requests before it.
                drafts.subList(draftsBefore, drafts.size()).clear();
                spanReader.rollBack(eventsBefore, linksBefore);
                warnings.add(SpanRecordingAssembler.TRUNCATED, "the file ends inside request "
                        + (completeRequests + 1) + "; the " + completeRequests + " complete requests before it were read");
                return;
            }
            completeRequests++;
            token = parser.nextToken();
        }
    }

    /** One request object; the parser is on its START_OBJECT. */
    private void readRequest() throws IOException, InputDataException {
        while (walker.next() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            walker.next();
            switch (field) {
                case "resourceSpans":
                case "resource_spans":
                case "batches":
                    readResourceSpansArray(field);
                    break;
                case "result":
                    if (parser.currentToken() != JsonToken.VALUE_NULL) {
                        walker.expect(JsonToken.START_OBJECT, "'result'");
                        readRequest();
                    }
                    break;
                default:
                    parser.skipChildren();
                    break;
            }
        }
    }

    private void readResourceSpansArray(String field) throws IOException, InputDataException {
        if (!walker.arrayOrNull("'" + field + "'")) {
            return;
        }
        while (walker.next() != JsonToken.END_ARRAY) {
            walker.expect(JsonToken.START_OBJECT, "each element of '" + field + "'");
            readResourceSpans();
        }
    }

    private void readResourceSpans() throws IOException, InputDataException {
        Map<String, Object> resourceAttributes = new LinkedHashMap<>();
        int firstDraft = drafts.size();
        while (walker.next() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            walker.next();
            switch (field) {
                case "resource":
                    Map<String, Object> resource = JsonValues.asObject(JsonTree.read(parser));
                    if (resource != null) {
                        OtlpAttributes.decodeInto(JsonValues.array(resource, "attributes"), "", resourceAttributes);
                    }
                    break;
                case "scopeSpans":
                case "scope_spans":
                case "instrumentationLibrarySpans":
                case "instrumentation_library_spans":
                    if (!walker.arrayOrNull("'" + field + "'")) {
                        break;
                    }
                    while (walker.next() != JsonToken.END_ARRAY) {
                        walker.expect(JsonToken.START_OBJECT, "each element of '" + field + "'");
                        readScopeSpans();
                    }
                    break;
                default:
                    parser.skipChildren();
                    break;
            }
        }
        int processId = serviceProcess(resourceAttributes);
        for (int i = firstDraft; i < drafts.size(); i++) {
            drafts.get(i).processId(processId);
        }
    }

    private void readScopeSpans() throws IOException, InputDataException {
        while (walker.next() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            walker.next();
            if (!field.equals("spans")) {
                parser.skipChildren();
                continue;
            }
            if (!walker.arrayOrNull("'spans'")) {
                continue;
            }
            while (walker.next() != JsonToken.END_ARRAY) {
                walker.expect(JsonToken.START_OBJECT, "each span");
                drafts.add(spanReader.read());
            }
        }
    }

    private int serviceProcess(Map<String, Object> resourceAttributes) {
        Object serviceName = resourceAttributes.get("service.name");
        String name = serviceName == null ? UNKNOWN_SERVICE : serviceName.toString();
        if (producer.isEmpty() && resourceAttributes.get("telemetry.sdk.name") != null) {
            Object version = resourceAttributes.get("telemetry.sdk.version");
            Object language = resourceAttributes.get("telemetry.sdk.language");
            producer = resourceAttributes.get("telemetry.sdk.name")
                    + (language == null ? "" : "-" + language)
                    + (version == null ? "" : " " + version);
        }
        return processes.intern(ProcessKind.SERVICE, name, name);
    }
}
