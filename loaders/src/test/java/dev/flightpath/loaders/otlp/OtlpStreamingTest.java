package dev.flightpath.loaders.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spans are streamed, not read as trees: the fields must still mean what a JSON object says. */
class OtlpStreamingTest {
    @TempDir
    Path directory;

    private Recording load(String json) throws Exception {
        return new OtlpLoader().load(Fixtures.write(directory, "spans.json", json), LoadRequest.everything());
    }

    @Test
    void repeatedFieldsTakeTheLastValueNullIsAbsentAndCamelCaseWins() throws Exception {
        Recording recording = load("""
                {"resourceSpans": [{"scopeSpans": [{"spans": [
                 {"name": "first", "trace_id": "AB", "traceId": null, "spanId": "0a", "span_id": "0b",
                  "kind": 2, "kind": null, "kind": 4, "startTimeUnixNano": "10", "start_time_unix_nano": "11",
                  "endTimeUnixNano": 30, "status": {"code": 2}, "status": {"message": "x"},
                  "attributes": [{"key": "a", "value": {"stringValue": "1"}}],
                  "attributes": [{"value": {"intValue": "2"}, "key": "b"}],
                  "events": [{}, {}], "events": [{}], "name": "second"}]}]}]}
                """);
        Span span = recording.spans().get(0);
        assertEquals("0".repeat(30) + "ab", span.traceId(), "trace_id is used when traceId is null (short hex: padded)");
        assertEquals("000000000000000a", span.spanId(), "spanId wins over span_id");
        assertEquals("second", span.name());
        assertEquals(SpanKind.PRODUCER, span.kind());
        assertEquals(10L, span.startNanos());
        assertEquals(30L, span.endNanos());
        assertEquals(dev.flightpath.model.SpanStatus.UNSET, span.status(), "the last status has no code");
        assertEquals(Map.of("b", 2L), span.attributes());
        assertEquals(1L, recording.eventCounts().get("span.event"));
    }

    @Test
    void warningsNameTheSpanIdEvenWhenItComesLast() throws Exception {
        Recording recording = load("""
                {"resourceSpans": [{"scopeSpans": [{"spans": [
                 {"kind": "SPAN_KIND_NONSENSE", "startTimeUnixNano": {"x": 1}, "endTimeUnixNano": "12345678901234567890123",
                  "traceId": "00000000000000000000000000000001", "spanId": "000000000000000c"}]}]}]}
                """);
        List<LoadWarning> warnings = recording.warnings();
        assertEquals("invalid-field", warnings.get(0).code());
        assertTrue(warnings.get(0).message().startsWith("span 000000000000000c has startTimeUnixNano that is not an integer: {x=1}"),
                warnings.get(0).message());
        assertEquals(3, warnings.get(0).count(), "start, end and kind");
    }

    @Test
    void repeatedTextIsSharedNotCopied() throws Exception {
        Recording recording = load("""
                {"resourceSpans": [{"scopeSpans": [{"spans": [
                 {"traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "0000000000000001", "name": "op",
                  "startTimeUnixNano": "1", "endTimeUnixNano": "9",
                  "attributes": [{"key": "messaging.destination.name", "value": {"stringValue": "q"}}]},
                 {"traceId": "0102030405060708090a0b0c0d0e0f10", "spanId": "0000000000000002",
                  "parentSpanId": "0000000000000001", "name": "op", "startTimeUnixNano": "2", "endTimeUnixNano": "3",
                  "attributes": [{"key": "messaging.destination.name", "value": {"stringValue": "q"}}]}]}]}]}
                """);
        Span parent = recording.spans().get(0);
        Span child = recording.spans().get(1);
        assertSame(parent.traceId(), child.traceId());
        assertSame(parent.name(), child.name());
        assertSame(parent.spanId(), child.parentSpanId(), "the parent's id is shared with its child");
        Map.Entry<String, Object> parentAttribute = parent.attributes().entrySet().iterator().next();
        Map.Entry<String, Object> childAttribute = child.attributes().entrySet().iterator().next();
        assertSame(parentAttribute.getKey(), childAttribute.getKey());
        assertSame(parentAttribute.getValue(), childAttribute.getValue());
    }
}
