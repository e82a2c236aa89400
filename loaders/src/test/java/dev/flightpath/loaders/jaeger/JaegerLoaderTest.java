package dev.flightpath.loaders.jaeger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import dev.flightpath.model.SpanStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JaegerLoaderTest {
    @TempDir
    Path directory;

    private Recording load(String json) throws Exception {
        return new JaegerLoader().load(Fixtures.write(directory, "trace.json", json), LoadRequest.everything());
    }

    private static final String TRACE = """
            {"data": [{"traceID": "AB", "spans": [
              {"traceID": "AB", "spanID": "01", "operationName": "root", "processID": "p1",
               "startTime": 1000, "duration": 100, "references": [],
               "tags": [{"key": "sampler.type", "type": "string", "value": "probabilistic"},
                        {"key": "sampler.param", "type": "float64", "value": 0.25},
                        {"key": "span.kind", "type": "string", "value": "server"}]},
              {"traceID": "AB", "spanID": "02", "operationName": "enqueue", "processID": "p1",
               "startTime": 1010, "duration": 20,
               "references": [{"refType": "CHILD_OF", "traceID": "AB", "spanID": "01"}],
               "tags": [{"key": "span.kind", "type": "string", "value": "producer"},
                        {"key": "messaging.destination.name", "type": "string", "value": "jobs"}]},
              {"traceID": "AB", "spanID": "03", "operationName": "work",
               "process": {"serviceName": "worker", "tags": []},
               "startTime": 1200, "duration": 50,
               "references": [{"refType": "FOLLOWS_FROM", "traceID": "AB", "spanID": "02"}],
               "tags": [{"key": "error", "type": "bool", "value": true},
                        {"key": "retries", "type": "int64", "value": "3"}],
               "logs": [{"timestamp": 1201, "fields": []}]},
              {"traceID": "AB", "spanID": "04", "operationName": "join", "processID": "p2",
               "startTime": 1020, "duration": 10,
               "references": [{"refType": "FOLLOWS_FROM", "traceID": "AB", "spanID": "03"},
                              {"refType": "CHILD_OF", "traceID": "AB", "spanID": "01"},
                              {"refType": "CHILD_OF", "traceID": "AB", "spanID": "02"}],
               "tags": [{"key": "otel.status_code", "type": "string", "value": "OK"}]}],
             "processes": {"p1": {"serviceName": "api", "tags": []}, "p2": {"serviceName": "api", "tags": []}}}]}
            """;

    @Test
    void referencesKindsStatusesAndProcesses() throws Exception {
        Recording recording = load(TRACE);
        List<Span> spans = recording.spans();
        assertEquals("ab", spans.get(0).traceId());
        assertEquals(SpanKind.SERVER, spans.get(0).kind());
        assertEquals(1_000_000L, spans.get(0).startNanos());
        assertEquals(1_100_000L, spans.get(0).endNanos());

        assertEquals("01", spans.get(1).parentSpanId());
        assertEquals("", spans.get(2).parentSpanId(), "FOLLOWS_FROM is not a parent");
        assertEquals(List.of(new SpanLink("ab", "02", LinkKind.FOLLOWS_FROM)), spans.get(2).links());
        assertEquals("01", spans.get(3).parentSpanId(), "the first CHILD_OF, even after a FOLLOWS_FROM");
        assertEquals(List.of(new SpanLink("ab", "03", LinkKind.FOLLOWS_FROM), new SpanLink("ab", "02", LinkKind.CHILD_OF)),
                spans.get(3).links());

        assertEquals(SpanStatus.ERROR, spans.get(2).status());
        assertEquals(SpanStatus.OK, spans.get(3).status());
        assertEquals(3L, spans.get(2).attributes().get("retries"));
        assertEquals("worker", recording.processes().get(spans.get(2).processId()).name());
        assertEquals(spans.get(0).processId(), spans.get(3).processId(), "p1 and p2 are both the service api");
        assertEquals(2, recording.processes().size());
        assertEquals(Map.of("span", 4L, "span.log", 1L, "reference", 5L), recording.eventCounts());
    }

    @Test
    void probabilisticSamplerWeighsTheWholeTrace() throws Exception {
        for (Span span : load(TRACE).spans()) {
            assertEquals(4.0, span.samplingWeight(), span.spanId());
        }
    }

    @Test
    void followsFromReferencesAreMessages() throws Exception {
        Recording recording = load(TRACE);
        assertEquals(2, recording.messages().size());
        int api = recording.spans().get(0).processId();
        int worker = recording.spans().get(2).processId();
        // sorted by send: 02 (sent 1010 us) -> 03, then 03 (sent 1200 us) -> 04
        assertEquals(new Message(api, worker, "jobs", "enqueue", 1_010_000L, 1_030_000L, 1_200_000L, 2, 4.0),
                recording.messages().get(0));
        assertEquals(new Message(worker, api, "api", "work", 1_200_000L, 1_250_000L, 1_020_000L, 3, 4.0),
                recording.messages().get(1));
    }

    @Test
    void bareTraceWithProcessesAfterSpans() throws Exception {
        Recording recording = load("""
                {"_comment": "x", "spans": [{"spanID": "a1", "operationName": "op", "processID": "p",
                  "startTime": 5, "duration": 1},
                  {"spanID": "a2", "operationName": "op2", "processID": "p", "startTime": 5, "duration": 1,
                   "references": [{"refType": "CHILD_OF", "spanID": "a1"}, {"refType": "FOLLOWS_FROM", "spanID": "a0"}]}],
                 "traceID": "t-1", "processes": {"p": {"serviceName": "svc"}}}
                """);
        assertEquals("t-1", recording.spans().get(0).traceId(), "the span takes the trace's id");
        assertEquals("a1", recording.spans().get(1).parentSpanId());
        assertEquals(List.of(new SpanLink("t-1", "a0", LinkKind.FOLLOWS_FROM)), recording.spans().get(1).links());
        assertEquals("svc", recording.processes().get(0).name());
    }

    @Test
    void unknownProcessIsAWarning() throws Exception {
        Recording recording = load("""
                {"traceID": "1", "spans": [{"traceID": "1", "spanID": "2", "operationName": "op",
                  "processID": "nope", "startTime": 5, "duration": 1}], "processes": {}}
                """);
        assertEquals(1, new RecordingStats(recording).warnings("missing-process"));
        assertEquals("unknown_service", recording.processes().get(0).name());
    }
}
