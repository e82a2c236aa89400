package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.flightpath.loaders.FormatDetector;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanLink;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Status;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OTLP protobuf input: the sample's spans, encoded here with the opentelemetry-proto classes as
 * the Collector's file exporter frames them (4-byte big-endian lengths), as a delimited stream
 * (varint lengths) and as one request, read back into the same model as the OTLP JSON loader gives.
 */
class OtlpProtoInputTest {
    private static final int SPANS_PER_REQUEST = 100;

    @TempDir
    Path dir;

    @Test
    void everyFramingGivesTheJsonLoadersModel() throws Exception {
        Recording json = RecordingLoader.load(TestFiles.sample("guild-fanout-otlp.jsonl"), null,
                LoadRequest.everything());
        List<ExportTraceServiceRequest> requests = requests(json);
        assertTrue(requests.size() > 3);
        Path bigEndian = write(dir.resolve("collector.pb"), requests, Framing.BIG_ENDIAN);
        Path varint = write(dir.resolve("delimited.pb"), requests, Framing.VARINT);
        Path single = dir.resolve("single.pb");
        ExportTraceServiceRequest.Builder all = ExportTraceServiceRequest.newBuilder();
        requests.forEach(request -> all.addAllResourceSpans(request.getResourceSpansList()));
        Files.write(single, all.build().toByteArray());
        for (Path file : List.of(bigEndian, varint, single)) {
            assertEquals(InputFormat.OTLP_PROTO, FormatDetector.detect(file), file.toString());
            Recording proto = RecordingLoader.load(file, null, LoadRequest.everything());
            assertEquals(InputFormat.OTLP_PROTO, proto.info().format());
            assertEquals(json.spans(), proto.spans(), file + ": spans");
            assertEquals(json.processes(), proto.processes(), file + ": processes");
            assertEquals(json.messages().size(), proto.messages().size(), file + ": messages");
            assertEquals(json.eventCounts(), proto.eventCounts(), file + ": event counts");
            assertEquals(json.warnings(), proto.warnings(), file + ": warnings");
        }
    }

    @Test
    void linkKindsAndTheirMessagesAgreeWithTheJsonLoader() throws Exception {
        for (String name : List.of("jaeger__memory-otel-traces-events-links-error.json",
                "jaeger__integration-link-attributes.json")) {
            Recording json = RecordingLoader.load(TestFiles.corpus("otlp").resolve(name), null,
                    LoadRequest.everything());
            Path file = write(dir.resolve("links.pb"), requests(json), Framing.BIG_ENDIAN);
            Recording proto = RecordingLoader.load(file, null, LoadRequest.everything());
            assertEquals(links(json), links(proto), name + ": links with their kinds");
            assertTrue(links(json).stream().anyMatch(link -> link.kind() != LinkKind.LINK), name);
            assertEquals(json.messages().size(), proto.messages().size(), name + ": messages");
        }
    }

    private static List<SpanLink> links(Recording recording) {
        return recording.spans().stream().flatMap(span -> span.links().stream()).toList();
    }

    @Test
    void aFileCutInsideARequestKeepsTheCompleteOnes() throws Exception {
        Recording json = RecordingLoader.load(TestFiles.sample("guild-fanout-otlp.jsonl"), null,
                LoadRequest.everything());
        List<ExportTraceServiceRequest> requests = requests(json);
        Path whole = write(dir.resolve("whole.pb"), requests, Framing.BIG_ENDIAN);
        byte[] bytes = Files.readAllBytes(whole);
        int lastSize = requests.get(requests.size() - 1).getSerializedSize();
        Path cut = dir.resolve("cut.pb");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - lastSize / 2));
        Recording partial = RecordingLoader.load(cut, null, LoadRequest.everything());
        int lastSpans = requests.get(requests.size() - 1).getResourceSpans(0).getScopeSpans(0).getSpansCount();
        assertEquals(json.spans().size() - lastSpans, partial.spans().size());
        assertTrue(partial.info().truncated());
        LoadWarning truncated = partial.warnings().stream().filter(w -> w.code().equals("truncated")).findFirst()
                .orElseThrow();
        assertEquals("the file ends inside request " + requests.size() + "; the " + (requests.size() - 1)
                + " complete requests before it were read", truncated.message());
    }

    @Test
    void corruptBytesAreOneLineWithTheRequestNumber() throws Exception {
        Path file = dir.resolve("corrupt.pb");
        byte[] garbage = {0, 0, 0, 6, 0x0a, 0x04, 0x12, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        Files.write(file, garbage);
        CliRun run = CliRun.of("summary", file.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("flightpath summary: corrupt OTLP protobuf '" + file + "': request 1: "),
                run.err());
    }

    private enum Framing { BIG_ENDIAN, VARINT }

    private static Path write(Path file, List<ExportTraceServiceRequest> requests, Framing framing)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (ExportTraceServiceRequest request : requests) {
            if (framing == Framing.BIG_ENDIAN) {
                out.writeInt(request.getSerializedSize());
                request.writeTo(out);
            } else {
                request.writeDelimitedTo(out);
            }
        }
        out.flush();
        return Files.write(file, bytes.toByteArray());
    }

    /** The recording's spans as requests of one resource and at most {@value #SPANS_PER_REQUEST} spans. */
    private static List<ExportTraceServiceRequest> requests(Recording recording) {
        List<ExportTraceServiceRequest> requests = new ArrayList<>();
        Resource.Builder[] resources = new Resource.Builder[recording.processes().size()];
        List<List<io.opentelemetry.proto.trace.v1.Span>> byProcess = new ArrayList<>();
        for (int p = 0; p < resources.length; p++) {
            resources[p] = Resource.newBuilder().addAttributes(keyValue("service.name",
                    recording.processes().get(p).name()));
            byProcess.add(new ArrayList<>());
        }
        for (Span span : recording.spans()) {
            byProcess.get(span.processId()).add(span(span));
        }
        for (int p = 0; p < resources.length; p++) {
            List<io.opentelemetry.proto.trace.v1.Span> spans = byProcess.get(p);
            for (int from = 0; from < spans.size(); from += SPANS_PER_REQUEST) {
                requests.add(ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                        .setResource(resources[p]).addScopeSpans(ScopeSpans.newBuilder().addAllSpans(
                                spans.subList(from, Math.min(spans.size(), from + SPANS_PER_REQUEST))))).build());
            }
        }
        return requests;
    }

    private static io.opentelemetry.proto.trace.v1.Span span(Span span) {
        io.opentelemetry.proto.trace.v1.Span.Builder builder = io.opentelemetry.proto.trace.v1.Span.newBuilder()
                .setTraceId(ByteString.fromHex(span.traceId())).setSpanId(ByteString.fromHex(span.spanId()))
                .setName(span.name()).setStartTimeUnixNano(span.startNanos()).setEndTimeUnixNano(span.endNanos())
                .setKindValue(span.kind().ordinal())
                .setStatus(Status.newBuilder().setCodeValue(span.status().ordinal()));
        if (!span.isRoot()) {
            builder.setParentSpanId(ByteString.fromHex(span.parentSpanId()));
        }
        if (span.samplingWeight() == 2.0) {
            builder.setTraceState("ot=th:8"); // rejection threshold 1/2: kept with p = 0.5
        }
        for (Map.Entry<String, Object> attribute : span.attributes().entrySet()) {
            builder.addAttributes(keyValue(attribute.getKey(), attribute.getValue()));
        }
        for (SpanLink link : span.links()) {
            io.opentelemetry.proto.trace.v1.Span.Link.Builder protoLink = io.opentelemetry.proto.trace.v1.Span.Link
                    .newBuilder().setTraceId(ByteString.fromHex(link.traceId()))
                    .setSpanId(ByteString.fromHex(link.spanId()));
            if (link.kind() != LinkKind.LINK) { // follows_from, child_of, flow
                protoLink.addAttributes(keyValue("opentracing.ref_type", link.kind().name().toLowerCase(Locale.ROOT)));
            }
            builder.addLinks(protoLink);
        }
        return builder.build();
    }

    private static KeyValue keyValue(String key, Object value) {
        AnyValue.Builder any = AnyValue.newBuilder();
        if (value instanceof Long) {
            any.setIntValue((Long) value);
        } else if (value instanceof Double) {
            any.setDoubleValue((Double) value);
        } else if (value instanceof Boolean) {
            any.setBoolValue((Boolean) value);
        } else {
            any.setStringValue(String.valueOf(value));
        }
        return KeyValue.newBuilder().setKey(key).setValue(any).build();
    }
}
