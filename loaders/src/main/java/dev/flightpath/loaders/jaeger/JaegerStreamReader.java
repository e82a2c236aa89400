package dev.flightpath.loaders.jaeger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.flightpath.loaders.spans.JsonTree;
import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.SamplingWeights;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanIds;
import dev.flightpath.loaders.spans.StreamWalker;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.SpanLink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a Jaeger JSON file: a query-API response {@code {"data": [trace, ...]}} (or
 * {@code {"data": trace}}), one bare trace {@code {traceID, spans, processes}}, or a bare array of
 * spans that each embed their {@code process} (Jaeger's anonymizer and storage exports). One span object at a time is read as a tree and
 * converted at once; the drafts of a trace wait for its {@code processes} map and {@code traceID}
 * (which may come after the spans) to get their process and, if they lack one, their trace id.
 */
final class JaegerStreamReader {
    private static final String UNKNOWN_SERVICE = "unknown_service";

    private final JsonParser parser;
    private final StreamWalker walker;
    private final WarningLog warnings;
    private final ProcessTable processes;
    private final JaegerSpanConverter converter;
    private final List<SpanDraft> drafts = new ArrayList<>();
    private long traces;

    JaegerStreamReader(JsonParser parser, Path file, WarningLog warnings, ProcessTable processes) {
        this.parser = parser;
        this.walker = new StreamWalker(parser, file, "invalid Jaeger JSON");
        this.warnings = warnings;
        this.processes = processes;
        this.converter = new JaegerSpanConverter(warnings);
    }

    List<SpanDraft> drafts() {
        return drafts;
    }

    long logs() {
        return converter.logs();
    }

    long references() {
        return converter.references();
    }

    long traces() {
        return traces;
    }

    void readAll() throws IOException, InputDataException {
        if (parser.nextToken() == null) {
            throw walker.error("the file holds no JSON value");
        }
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            TraceBuffer spans = new TraceBuffer();
            readSpans(spans);
            finish(spans);
        } else {
            walker.expect(JsonToken.START_OBJECT, "the top-level value");
            readTraceObject(true);
        }
        if (parser.nextToken() != null) {
            throw walker.error("unexpected content after the top-level object");
        }
    }

    /** A trace object (or the response wrapper when {@code top}); the parser is on START_OBJECT. */
    private void readTraceObject(boolean top) throws IOException, InputDataException {
        TraceBuffer trace = new TraceBuffer();
        while (walker.next() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            walker.next();
            switch (field) {
                case "data":
                    if (!top) {
                        parser.skipChildren();
                        break;
                    }
                    if (parser.currentToken() == JsonToken.START_OBJECT) {
                        readTraceObject(false); // one trace, as GET /api/traces/{id} of some versions
                        break;
                    }
                    if (!walker.arrayOrNull("'data'")) {
                        break;
                    }
                    while (walker.next() != JsonToken.END_ARRAY) {
                        walker.expect(JsonToken.START_OBJECT, "each trace in 'data'");
                        readTraceObject(false);
                    }
                    break;
                case "traceID":
                    trace.traceId = parser.currentToken().isScalarValue() ? parser.getText() : null;
                    parser.skipChildren();
                    break;
                case "spans":
                    trace.present = true;
                    if (walker.arrayOrNull("'spans'")) {
                        readSpans(trace);
                    }
                    break;
                case "processes":
                    Map<String, Object> map = JsonValues.asObject(JsonTree.read(parser));
                    if (map != null) {
                        trace.processes.putAll(map);
                    }
                    break;
                default:
                    parser.skipChildren();
                    break;
            }
        }
        if (trace.present) {
            finish(trace);
        }
    }

    /** The span objects of the array the parser is on. */
    private void readSpans(TraceBuffer trace) throws IOException, InputDataException {
        while (walker.next() != JsonToken.END_ARRAY) {
            walker.expect(JsonToken.START_OBJECT, "each span");
            Map<String, Object> span = JsonValues.asObject(JsonTree.read(parser));
            trace.spans.add(converter.convert(span));
            trace.processRefs.add(processRef(span));
        }
    }

    private void finish(TraceBuffer trace) {
        traces++;
        Map<String, Integer> processIds = new HashMap<>();
        String traceId = SpanIds.normalise(trace.traceId);
        double traceWeight = 1.0;
        for (int i = 0; i < trace.spans.size(); i++) {
            SpanDraft draft = trace.spans.get(i);
            if (draft.traceId().isEmpty() && traceId != null) {
                draft.traceId(traceId);
                draft.links().replaceAll(link -> link.traceId().isEmpty()
                        ? new SpanLink(traceId, link.spanId(), link.kind()) : link);
            }
            draft.processId(process(trace.processRefs.get(i), trace.processes, processIds, draft));
            traceWeight = Math.max(traceWeight, samplerWeight(draft.attributes()));
        }
        // A Jaeger client records its sampler on the root span only, but it decided for the trace.
        for (SpanDraft draft : trace.spans) {
            draft.samplingWeight(Math.max(traceWeight, SamplingWeights.fromSampleRateAttribute(draft.attributes())));
        }
        drafts.addAll(trace.spans);
    }

    /** The span's embedded process, or its key into the trace's {@code processes}. */
    private static ProcessRef processRef(Map<String, Object> span) {
        Map<String, Object> embedded = JsonValues.object(span, "process");
        if (embedded != null) {
            String name = JsonValues.string(embedded, "serviceName");
            return new ProcessRef(null, name == null ? "" : name);
        }
        return new ProcessRef(JsonValues.string(span, "processID", "processId"), null);
    }

    private int process(ProcessRef ref, Map<String, Object> processMap, Map<String, Integer> processIds,
            SpanDraft draft) {
        if (ref.embeddedService() != null) {
            return service(ref.embeddedService(), processIds, null);
        }
        Map<String, Object> process = ref.key() == null ? null : JsonValues.object(processMap, ref.key());
        if (process == null) {
            warnings.add("missing-process", "span " + draft.spanId() + " names process "
                    + ref.key() + ", which the trace does not list");
            return processes.intern(ProcessKind.SERVICE, UNKNOWN_SERVICE, UNKNOWN_SERVICE);
        }
        String name = JsonValues.string(process, "serviceName");
        return service(name == null ? "" : name, processIds, ref.key());
    }

    private int service(String serviceName, Map<String, Integer> processIds, String key) {
        if (key != null && processIds.containsKey(key)) {
            return processIds.get(key);
        }
        String name = serviceName;
        if (name.isEmpty()) {
            name = UNKNOWN_SERVICE;
        }
        int id = processes.intern(ProcessKind.SERVICE, name, name);
        if (key != null) {
            processIds.put(key, id);
        }
        return id;
    }

    private static double samplerWeight(Map<String, Object> tags) {
        Object type = tags.get("sampler.type");
        if (type == null || !"probabilistic".equals(type.toString())) {
            return 1.0;
        }
        Double param = JsonValues.toDouble(tags.get("sampler.param"));
        return param == null ? 1.0 : SamplingWeights.fromProbability(param);
    }

    /** A span's process: a key into the trace's {@code processes}, or an embedded service name. */
    private record ProcessRef(String key, String embeddedService) {
    }

    /** What one trace object holds until it ends. */
    private static final class TraceBuffer {
        String traceId;
        boolean present;
        final List<SpanDraft> spans = new ArrayList<>();
        final List<ProcessRef> processRefs = new ArrayList<>();
        final Map<String, Object> processes = new LinkedHashMap<>();
    }
}
