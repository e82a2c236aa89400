package dev.flightpath.loaders.zipkin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.model.Message;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanStatus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipkinLoaderTest {
    @TempDir
    Path directory;

    private Recording load(String json) throws Exception {
        return new ZipkinLoader().load(Fixtures.write(directory, "zipkin.json", json), LoadRequest.everything());
    }

    private static Map<String, String> parents(Recording recording) {
        Map<String, String> parents = new LinkedHashMap<>();
        for (Span span : recording.spans()) {
            parents.put(span.spanId(), span.parentSpanId());
        }
        return parents;
    }

    @Test
    void sharedSpanIsSplitIntoClientAndServerHalves() throws Exception {
        Recording recording = load("""
                [
                 {"traceId": "T", "id": "a", "name": "root", "timestamp": 100, "duration": 100,
                  "localEndpoint": {"serviceName": "frontend"}},
                 {"traceId": "T", "parentId": "a", "id": "b", "kind": "CLIENT", "name": "get", "timestamp": 110,
                  "duration": 50, "localEndpoint": {"serviceName": "frontend"}, "remoteEndpoint": {"serviceName": "backend"}},
                 {"traceId": "T", "parentId": "a", "id": "b", "kind": "SERVER", "shared": true, "name": "get",
                  "timestamp": 115, "duration": 40, "localEndpoint": {"serviceName": "backend"}},
                 {"traceId": "T", "parentId": "b", "id": "c", "name": "query", "timestamp": 120, "duration": 10,
                  "localEndpoint": {"serviceName": "backend"}},
                 {"traceId": "T", "parentId": "b", "id": "d", "name": "client-side", "timestamp": 111, "duration": 2,
                  "localEndpoint": {"serviceName": "frontend"}, "tags": {"error": ""}}
                ]
                """);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("a", "");
        expected.put("b", "a");
        expected.put("b-server", "b");
        expected.put("c", "b-server");
        expected.put("d", "b");
        assertEquals(expected, parents(recording));
        Span server = recording.spans().get(2);
        assertEquals(SpanKind.SERVER, server.kind());
        assertEquals(115_000L, server.startNanos());
        assertEquals(155_000L, server.endNanos());
        assertEquals("backend", recording.processes().get(server.processId()).name());
        assertEquals("backend", recording.spans().get(1).attributes().get("peer.service"));
        assertEquals(SpanStatus.ERROR, recording.spans().get(4).status());
        assertEquals(0, recording.warnings().size(), recording.warnings().toString());
    }

    @Test
    void sameIdAsClientAndServerWithoutSharedFlagIsSplitToo() throws Exception {
        Recording recording = load("""
                [{"traceId": "t", "id": "1", "kind": "SERVER", "name": "s", "timestamp": 20, "duration": 5,
                  "localEndpoint": {"serviceName": "b"}},
                 {"traceId": "t", "id": "1", "kind": "CLIENT", "name": "c", "timestamp": 10, "duration": 30,
                  "localEndpoint": {"serviceName": "a"}}]
                """);
        assertEquals(Map.of("1-server", "1", "1", ""), parents(recording));
    }

    @Test
    void consumerChildOfProducerIsAMessage() throws Exception {
        Recording recording = load("""
                [{"traceId": "t", "id": "1", "kind": "PRODUCER", "name": "send", "timestamp": 10, "duration": 2,
                  "localEndpoint": {"serviceName": "p"}, "tags": {"messaging.destination.name": "topic-a"}},
                 {"traceId": "t", "parentId": "1", "id": "2", "kind": "CONSUMER", "name": "poll", "timestamp": 50,
                  "duration": 3, "localEndpoint": {"serviceName": "c"}}]
                """);
        assertEquals(new Message(0, 1, "topic-a", "send", 10_000L, 12_000L, 50_000L, 1, 1.0),
                recording.messages().get(0));
        assertEquals(0, new RecordingStats(recording).warnings("clock-skew"), "consumers may outlive producers");
    }

    @Test
    void bareSpanObjectWithoutTimestampUsesItsFirstAnnotation() throws Exception {
        Recording recording = load("""
                {"traceId": "t", "id": "1", "name": "x", "annotations": [{"timestamp": 7, "value": "a"},
                 {"timestamp": 3, "value": "b"}], "localEndpoint": {"serviceName": "s"}}
                """);
        assertEquals(3_000L, recording.spans().get(0).startNanos());
        assertEquals(Map.of("span", 1L, "annotation", 2L), recording.eventCounts());
    }
}
