package dev.flightpath.loaders.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import dev.flightpath.model.SpanStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtlpLoaderTest {
    @TempDir
    Path directory;

    private Recording load(String json) throws Exception {
        return new OtlpLoader().load(Fixtures.write(directory, "spans.json", json), LoadRequest.everything());
    }

    private static final String PRODUCER_AND_CONSUMER = """
            {"resourceSpans": [
              {"resource": {"attributes": [
                 {"key": "service.name", "value": {"stringValue": "orders"}},
                 {"key": "telemetry.sdk.name", "value": {"stringValue": "opentelemetry"}},
                 {"key": "telemetry.sdk.language", "value": {"stringValue": "java"}},
                 {"key": "telemetry.sdk.version", "value": {"stringValue": "1.40.0"}}]},
               "scopeSpans": [{"scope": {"name": "s"}, "spans": [
                 {"traceId": "0102030405060708090A0B0C0D0E0F10", "spanId": "AAAAAAAAAAAAAAA1",
                  "name": "publish order", "kind": "SPAN_KIND_PRODUCER",
                  "startTimeUnixNano": "1000", "endTimeUnixNano": 1500,
                  "attributes": [
                    {"key": "messaging.destination.name", "value": {"stringValue": "orders-queue"}},
                    {"key": "messaging.operation.type", "value": {"stringValue": "publish"}}],
                  "events": [{"name": "e1"}, {"name": "e2"}]}]}]},
              {"scopeSpans": [{"spans": [
                 {"traceId": "ffffffffffffffffffffffffffffffff", "spanId": "00000000000000b1",
                  "traceState": "vendor=x,ot=th:8;rv:abcdef01234567",
                  "name": "process order", "kind": 5, "status": {"code": "STATUS_CODE_ERROR"},
                  "startTimeUnixNano": "4000", "endTimeUnixNano": "9000",
                  "links": [{"traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "aaaaaaaaaaaaaaa1",
                             "traceState": "x=1", "attributes": []}]}]}],
               "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "billing"}}]}}
            ]}
            """;

    /** Links as {@code flightpath convert} writes them: the reference kind in an attribute. */
    private static final String TYPED_LINKS = """
            {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "s"}}]},
              "scopeSpans": [{"spans": [
                {"traceId": "000000000000000000000000000000a1", "spanId": "00000000000000a1", "name": "source",
                 "startTimeUnixNano": "100", "endTimeUnixNano": "200"},
                {"traceId": "000000000000000000000000000000b1", "spanId": "00000000000000b1", "name": "follows",
                 "startTimeUnixNano": "300", "endTimeUnixNano": "400",
                 "links": [{"attributes": [{"key": "opentracing.ref_type", "value": {"stringValue": "follows_from"}}],
                            "traceId": "000000000000000000000000000000a1", "spanId": "00000000000000a1"}]},
                {"traceId": "000000000000000000000000000000c1", "spanId": "00000000000000c1", "name": "flow",
                 "startTimeUnixNano": "500", "endTimeUnixNano": "600",
                 "links": [{"traceId": "000000000000000000000000000000a1", "spanId": "00000000000000a1",
                            "attributes": [{"key": "other", "value": {"intValue": "7"}},
                                           {"key": "opentracing.ref_type", "value": {"stringValue": "flow"}}]}]},
                {"traceId": "000000000000000000000000000000a1", "spanId": "00000000000000d1", "name": "child",
                 "parentSpanId": "00000000000000a1", "startTimeUnixNano": "150", "endTimeUnixNano": "160",
                 "links": [{"traceId": "000000000000000000000000000000b1", "spanId": "00000000000000b1",
                            "attributes": [{"key": "opentracing.ref_type", "value": {"stringValue": "child_of"}}]},
                           {"traceId": "000000000000000000000000000000c1", "spanId": "00000000000000c1",
                            "attributes": [{"key": "opentracing.ref_type", "value": {"stringValue": "FOLLOWS_FROM"}}]},
                           {"traceId": "000000000000000000000000000000c1", "spanId": "00000000000000c1",
                            "attributes": [{"key": "opentracing.ref_type", "value": {"intValue": 1}}]},
                           {"traceId": "000000000000000000000000000000c1", "spanId": "00000000000000c1",
                            "attributes": "not a list"}]}]}]}]}
            """;

    @Test
    void aLinksRefTypeAttributeGivesItsKindAndFollowsFromAndFlowMakeMessages() throws Exception {
        Recording recording = load(TYPED_LINKS);
        assertEquals(4, recording.spans().size());
        Map<String, List<SpanLink>> links = new HashMap<>();
        recording.spans().forEach(span -> links.put(span.name(), span.links()));
        String source = "000000000000000000000000000000a1";
        assertEquals(List.of(new SpanLink(source, "00000000000000a1", LinkKind.FOLLOWS_FROM)), links.get("follows"));
        assertEquals(List.of(new SpanLink(source, "00000000000000a1", LinkKind.FLOW)), links.get("flow"));
        String flow = "000000000000000000000000000000c1";
        assertEquals(List.of(new SpanLink("000000000000000000000000000000b1", "00000000000000b1", LinkKind.CHILD_OF),
                new SpanLink(flow, "00000000000000c1", LinkKind.LINK),
                new SpanLink(flow, "00000000000000c1", LinkKind.LINK),
                new SpanLink(flow, "00000000000000c1", LinkKind.LINK)), links.get("child"),
                "values are case-sensitive, as the protobuf loader reads them; a non-string or no list is a plain link");
        assertEquals(2, recording.messages().size(), "source → follows, source → flow");
        for (int row = 0; row < 2; row++) {
            assertEquals(100L, recording.messages().get(row).sendNanos());
            assertEquals(200L, recording.messages().get(row).enqueueNanos());
        }
        assertEquals(List.of(300L, 500L), List.of(recording.messages().get(0).dequeueNanos(),
                recording.messages().get(1).dequeueNanos()));
        assertEquals(List.of(), recording.warnings());
    }

    @Test
    void producerAndLinkedConsumerMakeAMessage() throws Exception {
        Recording recording = load(PRODUCER_AND_CONSUMER);
        assertEquals(2, recording.spans().size());
        Span producer = recording.spans().get(0);
        Span consumer = recording.spans().get(1);
        assertEquals("0102030405060708090a0b0c0d0e0f10", producer.traceId());
        assertEquals("aaaaaaaaaaaaaaa1", producer.spanId());
        assertEquals(SpanKind.PRODUCER, producer.kind());
        assertEquals(SpanKind.CONSUMER, consumer.kind());
        assertEquals(SpanStatus.ERROR, consumer.status());
        assertEquals(List.of(new SpanLink("0102030405060708090a0b0c0d0e0f10", "aaaaaaaaaaaaaaa1", LinkKind.LINK)),
                consumer.links());
        assertEquals("orders", recording.processes().get(producer.processId()).name());
        assertEquals("billing", recording.processes().get(consumer.processId()).name(),
                "the resource comes after its spans");
        assertEquals(ProcessKind.SERVICE, recording.processes().get(consumer.processId()).kind());
        assertEquals(2.0, consumer.samplingWeight(), "th:8 keeps half");
        assertEquals(1.0, producer.samplingWeight());

        assertEquals(1, recording.messages().size());
        Message message = recording.messages().get(0);
        assertEquals(new Message(producer.processId(), consumer.processId(), "orders-queue", "publish",
                1_000L, 1_500L, 4_000L, 1, 2.0), message);

        assertEquals(Map.of("span", 2L, "span.event", 2L, "link", 1L), recording.eventCounts());
        assertEquals("opentelemetry-java 1.40.0", recording.info().producer());
        assertEquals(1_000L, recording.info().startNanos());
        assertEquals(8_000L, recording.info().durationNanos());
        assertEquals(List.of(), recording.warnings());
    }

    @Test
    void consumerChildOfProducerInJsonLinesWithSnakeCaseAndBase64Ids() throws Exception {
        String lines = """
                {"resource_spans": [{"resource": {"attributes": [{"key": "service.name", "value": {"string_value": "a"}}]},
                 "scope_spans": [{"spans": [{"trace_id": "AQIDBAUGBwgJCgsMDQ4PEA==", "span_id": "AQIDBAUGBwg=",
                  "name": "send", "kind": "SPAN_KIND_PRODUCER", "start_time_unix_nano": 10, "end_time_unix_nano": 20}]}]}]}
                {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "b"}}]},
                 "instrumentationLibrarySpans": [{"spans": [{"traceId": "0102030405060708090a0b0c0d0e0f10",
                  "spanId": "1111111111111111", "parentSpanId": "0102030405060708",
                  "name": "receive", "kind": "CONSUMER", "startTimeUnixNano": "50", "endTimeUnixNano": "70"}]}]}]}
                """;
        Recording recording = load(lines);
        assertEquals("0102030405060708090a0b0c0d0e0f10", recording.spans().get(0).traceId());
        assertEquals("0102030405060708", recording.spans().get(0).spanId());
        assertEquals("0102030405060708", recording.spans().get(1).parentSpanId());
        assertEquals(1, recording.traceCount());
        Message message = recording.messages().get(0);
        assertEquals("b", message.mailbox(), "no destination: the consumer's service");
        assertEquals("send", message.messageType(), "no operation type: the producer's name");
        assertEquals(10L, message.sendNanos());
        assertEquals(20L, message.enqueueNanos());
        assertEquals(50L, message.dequeueNanos());
        assertEquals(1, message.handledBySpan());
    }

    @Test
    void attributeUnionsAreDecoded() throws Exception {
        Recording recording = load("""
                {"resourceSpans": [{"scopeSpans": [{"spans": [{"traceId": "01", "spanId": "02", "name": "n",
                 "startTimeUnixNano": "1", "endTimeUnixNano": "2", "attributes": [
                  {"key": "s", "value": {"stringValue": "text"}},
                  {"key": "i1", "value": {"intValue": "123"}},
                  {"key": "i2", "value": {"intValue": 456}},
                  {"key": "d", "value": {"doubleValue": 2.5}},
                  {"key": "b", "value": {"boolValue": true}},
                  {"key": "bytes", "value": {"bytesValue": "AAAwOQ=="}},
                  {"key": "arr", "value": {"arrayValue": {"values": [{"stringValue": "x"}, {"intValue": "7"}]}}},
                  {"key": "kv", "value": {"kvlistValue": {"values": [{"key": "inner", "value": {"boolValue": false}}]}}},
                  {"key": "empty", "value": {}}]}]}]}]}
                """);
        Map<String, Object> attributes = recording.spans().get(0).attributes();
        assertEquals(Map.of("s", "text", "i1", 123L, "i2", 456L, "d", 2.5, "b", true, "bytes", "AAAwOQ==",
                "arr", List.of("x", 7L), "kv.inner", false), attributes);
        assertEquals("unknown_service", recording.processes().get(0).name());
    }

    @Test
    void tempoBatchesAndJaegerResultWrapper() throws Exception {
        String span = "{\"traceId\": \"01\", \"spanId\": \"02\", \"name\": \"n\", \"kind\": 2,"
                + " \"startTimeUnixNano\": \"5\", \"endTimeUnixNano\": \"6\"}";
        Recording tempo = load("{\"batches\": [{\"scopeSpans\": [{\"spans\": [" + span + "]}]}]}");
        Recording apiV3 = load("{\"result\": {\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [" + span + "]}]}]}}");
        assertEquals(tempo.spans(), apiV3.spans());
        assertEquals(SpanKind.SERVER, tempo.spans().get(0).kind());
    }

    @Test
    void jsonLinesCutOffMidLineKeepTheCompleteLines() throws Exception {
        String line = "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"traceId\": \"01\", \"spanId\": \"%s\","
                + " \"name\": \"n\", \"startTimeUnixNano\": \"1\", \"endTimeUnixNano\": \"2\", \"events\": [{}]}]}]}]}\n";
        String full = String.format(Locale.ROOT, line, "a1") + String.format(Locale.ROOT, line, "a2") + String.format(Locale.ROOT, line, "a3");
        Recording recording = load(full.substring(0, full.length() - 20));
        assertEquals(2, recording.spans().size());
        assertEquals(true, recording.info().truncated());
        assertEquals(1, new RecordingStats(recording).warnings("truncated"));
        assertEquals(2L, recording.eventCounts().get("span.event"));
    }

    @Test
    void nullArraysAreEmpty() throws Exception {
        Recording recording = load("{\"resourceSpans\": [{\"scopeSpans\": null}, {\"scopeSpans\": [{\"spans\": null}]}]}"
                + "{\"resourceSpans\": null} {\"result\": null}");
        assertEquals(0, recording.spans().size());
        assertEquals(1, new RecordingStats(recording).warnings("no-spans"));
    }

    @Test
    void sampleRateAttributeGivesTheWeightWhenTheTraceStateHasNone() throws Exception {
        Recording recording = load("""
                {"resourceSpans": [{"scopeSpans": [{"spans": [{"traceId": "01", "spanId": "02", "name": "n",
                 "startTimeUnixNano": "1", "endTimeUnixNano": "2",
                 "attributes": [{"key": "SampleRate", "value": {"intValue": "10"}}]}]}]}]}
                """);
        assertEquals(10.0, recording.spans().get(0).samplingWeight());
    }

    @Test
    void unknownKindIsAWarning() throws Exception {
        Recording recording = load("""
                {"resourceSpans": [{"scopeSpans": [{"spans": [{"traceId": "01", "spanId": "02", "name": "n",
                 "kind": "SPAN_KIND_WEIRD", "startTimeUnixNano": {"x": 1}, "endTimeUnixNano": "2"}]}]}]}
                """);
        assertEquals(SpanKind.UNSPECIFIED, recording.spans().get(0).kind());
        assertEquals(2, new RecordingStats(recording).warnings("invalid-field"));
        assertEquals(0L, recording.spans().get(0).startNanos());
    }
}
