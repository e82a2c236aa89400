package dev.flightpath.loaders.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.Corpus;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every OTLP file of the corpus, against the stats of MANIFEST.md. */
class OtlpCorpusTest {
    private static Recording load(String name) throws Exception {
        return new OtlpLoader().load(Corpus.file("otlp", name), LoadRequest.everything());
    }

    // kinds: server/client/producer/consumer/internal/unspecified. The api_v3 resource has no
    // attributes, so its one span runs in "unknown_service", which is not a named service (the
    // manifest's services=0).
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "opentelemetry-proto__examples-trace.json,             1,  1, 0,  0, 0, 1, 1/0/0/0/0/0",
        "jaeger__memory-otel-traces-events-links-error.json,   4,  2, 0,  8, 8, 1, 1/1/1/1/0/0",
        "jaeger__integration-example-trace-3-resources.json,   5,  1, 5, 10, 0, 3, 1/1/0/0/0/3",
        "jaeger__integration-link-attributes.json,             1,  1, 1,  0, 3, 1, 0/0/0/0/0/1",
        "jaeger-ui__otlp-telemetrygen.json,                    2,  1, 0,  0, 0, 1, 2/0/0/0/0/0",
        "jaeger-ui__otlp-nodejs-sdk-4-resourcespans.json,      4,  1, 1,  0, 0, 1, 0/0/0/0/4/0",
        "jaeger-ui__otlp-genai-agent-trace.json,               8,  1, 1,  0, 0, 1, 1/1/0/0/6/0",
        "otlp2parquet__traces-jsonlines.jsonl,                19, 19, 6,  6, 0, 8, 3/6/0/0/10/0",
        "kiali__tempo-trace-by-id-batches-istio-bookinfo.json, 8,  1, 1,  8, 0, 5, 4/4/0/0/0/0",
        "jaeger__apiv3-GetTrace-result-wrapper.json,           1,  1, 1,  0, 0, 0, 1/0/0/0/0/0",
    })
    void matchesTheManifest(String name, int spans, long traces, long roots, long events, long links,
            long services, String kinds) throws Exception {
        Recording recording = load(name);
        RecordingStats stats = new RecordingStats(recording);
        assertEquals(InputFormat.OTLP_JSON, recording.info().format());
        assertEquals(spans, recording.spans().size(), "spans");
        assertEquals(spans, stats.eventCount("span"), "span count");
        assertEquals(traces, recording.traceCount(), "traces");
        assertEquals(roots, stats.roots(), "roots");
        assertEquals(events, stats.eventCount("span.event"), "span events");
        assertEquals(links, stats.eventCount("link"), "links counted");
        long kept = 0;
        for (LinkKind kind : LinkKind.values()) {
            kept += stats.links(kind);
        }
        assertEquals(links, kept, "links kept");
        assertEquals(services, stats.namedServices(), "services");
        assertEquals(kinds, stats.kinds(), "kinds");
        assertEquals(1, recording.info().chunkCount());
        for (Span span : recording.spans()) {
            assertTrue(span.traceId().matches("[0-9a-f]{32}"), span.traceId());
            assertTrue(span.spanId().matches("[0-9a-f]{16}(#\\d+)?"), span.spanId());
        }
    }

    @Test
    void errorStatusesAndProducerConsumerLinkOfTheJaegerMemoryFixture() throws Exception {
        Recording recording = load("jaeger__memory-otel-traces-events-links-error.json");
        assertEquals(4, new RecordingStats(recording).status(SpanStatus.ERROR));
        RecordingStats stats = new RecordingStats(recording);
        assertEquals(4, stats.links(LinkKind.FOLLOWS_FROM), "each span's opentracing.ref_type=follows_from link");
        assertEquals(4, stats.links(LinkKind.CHILD_OF), "each span's opentracing.ref_type=child_of link");
        // Every span follows from span 4 of trace 1: spans 2, 3 and 5 make messages from it (5, a
        // CONSUMER linking to the PRODUCER 4, makes one message, not two); 4 following itself makes none.
        assertEquals(3, recording.messages().size(), "messages from span 4 to spans 2, 3 and 5");
    }

    @Test
    void linkKindsOfTheJaegerLinkAttributesFixture() throws Exception {
        RecordingStats stats = new RecordingStats(load("jaeger__integration-link-attributes.json"));
        assertEquals(2, stats.links(LinkKind.CHILD_OF), "opentracing.ref_type=child_of, first of six attributes");
        assertEquals(1, stats.links(LinkKind.FOLLOWS_FROM));
        assertEquals(0, stats.links(LinkKind.LINK));
    }

    @Test
    void base64IdsBecomeHex() throws Exception {
        Recording recording = load("otlp2parquet__traces-jsonlines.jsonl");
        Span first = recording.spans().get(0);
        // "aYQql5kRA2zz6CIIbsqgBw==" and "Wmn8F4uo+Dc=" in the file
        assertEquals("69842a979911036cf3e822086ecaa007", first.traceId());
        assertEquals("5a69fc178ba8f837", first.spanId());
        assertEquals("opentelemetry-python 1.37.0", recording.info().producer());
        assertEquals(1_760_738_064_624_180_000L, first.startNanos());
    }

    @Test
    void upperCaseHexIsLowerCased() throws Exception {
        Span span = load("opentelemetry-proto__examples-trace.json").spans().get(0);
        assertEquals("5b8efff798038103d269b633813fc60c", span.traceId());
        assertEquals("eee19b7ec3c1b173", span.parentSpanId());
        assertEquals("my.service", load("opentelemetry-proto__examples-trace.json").processes().get(0).name());
    }
}
