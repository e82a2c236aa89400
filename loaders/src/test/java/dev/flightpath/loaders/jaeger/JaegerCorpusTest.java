package dev.flightpath.loaders.jaeger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.loaders.Corpus;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Jaeger file of the corpus, against the stats of MANIFEST.md. */
class JaegerCorpusTest {
    private static Recording load(String name) throws Exception {
        return new JaegerLoader().load(Corpus.file("jaeger", name), LoadRequest.everything());
    }

    // parents = CHILD_OF references minus the second CHILD_OF of the one span that has two
    // (ui-model: 4 CHILD_OF, multiChildOf=1 -> 3 parents and 1 CHILD_OF link).
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "jaeger-ui__api-trace-follows-from-issue115.json,         2, 1,  1,  0, 1, 0, 0",
        "jaeger-analytics-java__jaeger-query-ui-trace.json,       2, 1,  1,  1, 0, 0, 0",
        "jaeger-ui__trace-graph-follows-from-bare-trace.json,    11, 1,  2,  9, 1, 0, 0",
        "jaeger-ui__genai-57-spans-10-processes-bare-trace.json, 57, 1, 10, 56, 0, 0, 0",
        "jaeger-ui__petclinic-spans-grouped-bare-trace.json,     17, 1,  2, 16, 0, 0, 0",
        "jaeger__ui-model-follows-from-warnings-bare-trace.json,  5, 1,  2,  3, 1, 1, 2",
        "CRISP__test-case-18-9-processes.json,                    9, 1,  9,  8, 0, 0, 1",
        "CRISP__test-case-23-3-processes.json,                    9, 1,  3,  8, 0, 0, 0",
        "jaeger-ui__genai-two-traces.json,                        6, 2,  2,  4, 0, 0, 0",
        "jaeger-ui__petclinic-normal-bare-trace.json,             5, 1,  2,  4, 0, 0, 0",
    })
    void matchesTheManifest(String name, int spans, long traces, long services, long withParent,
            long followsFrom, long extraChildOf, long logs) throws Exception {
        Recording recording = load(name);
        RecordingStats stats = new RecordingStats(recording);
        assertEquals(InputFormat.JAEGER_JSON, recording.info().format());
        assertEquals("Jaeger", recording.info().producer());
        assertEquals(spans, recording.spans().size(), "spans");
        assertEquals(traces, recording.traceCount(), "traces");
        assertEquals(services, stats.namedServices(), "services");
        assertEquals(withParent, stats.withParent(), "spans with a parent");
        assertEquals(followsFrom, stats.links(LinkKind.FOLLOWS_FROM), "FOLLOWS_FROM links");
        assertEquals(extraChildOf, stats.links(LinkKind.CHILD_OF), "CHILD_OF links");
        assertEquals(logs, stats.eventCount("span.log"), "logs");
        assertEquals(followsFrom, recording.messages().size(), "a FOLLOWS_FROM in the file is a message");
    }

    @Test
    void followsFromOnlySpanIsARootWithAMessageFromItsPredecessor() throws Exception {
        Recording recording = load("jaeger-ui__api-trace-follows-from-issue115.json");
        Span thread = recording.spans().get(0);
        Span demo = recording.spans().get(1);
        assertEquals("1bdf4201221bb2ac", thread.spanId());
        assertEquals("", thread.parentSpanId());
        assertEquals("ea7cfaca83f0724b", thread.links().get(0).spanId());
        Message message = recording.messages().get(0);
        assertEquals(1_509_533_706_470_949_000L, message.sendNanos());
        assertEquals(1_509_533_706_470_949_000L + 70_406_000L, message.enqueueNanos());
        assertEquals(1_509_533_706_521_220_000L, message.dequeueNanos());
        assertEquals(0, message.handledBySpan());
        assertEquals("issue115", message.mailbox());
        assertEquals("demo", message.messageType());
        assertEquals(demo.processId(), message.senderProcessId());
    }

    @Test
    void duplicateSpanIdIsKeptUnderANewIdWithAWarning() throws Exception {
        Recording recording = load("jaeger__ui-model-follows-from-warnings-bare-trace.json");
        assertEquals(1, new RecordingStats(recording).warnings("duplicate-span-id"));
        assertEquals("0000000000000002#2", recording.spans().get(1).spanId());
        Span four = recording.spans().get(3);
        assertEquals("0000000000000002", four.parentSpanId(), "the first CHILD_OF within the trace");
        assertEquals("[SpanLink[traceId=00000000000000ff, spanId=00000000000000ff, kind=CHILD_OF], "
                + "SpanLink[traceId=0000000000000001, spanId=0000000000000002, kind=FOLLOWS_FROM]]",
                four.links().toString(), "the CHILD_OF into another trace stays a link");
    }
}
