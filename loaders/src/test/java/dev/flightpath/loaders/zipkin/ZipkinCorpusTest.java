package dev.flightpath.loaders.zipkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.Corpus;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Zipkin file of the corpus, against the stats of MANIFEST.md. */
class ZipkinCorpusTest {
    private static Recording load(String name) throws Exception {
        return new ZipkinLoader().load(Corpus.file("zipkin", name), LoadRequest.everything());
    }

    // kinds: server/client/producer/consumer/internal/unspecified; serverHalves: SERVER spans that
    // shared their CLIENT's id and got "<id>-server". netflix: the manifest counts 4 services
    // because one span has no localEndpoint; it shares its id with an 'api' span, so 3 here.
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zipkin__lens-yelp.json,                              16, 1, 1, 6, 4/11/0/0/0/1,   3, 0",
        "zipkin__lens-smartthings-oauth-authorization.json,  175, 1, 1, 8, 77/95/0/0/0/3, 45, 0",
        "zipkin__lens-messaging-kafka.json,                   28, 1, 1, 2, 0/0/9/7/0/12,   0, 6",
        "zipkin__lens-messaging2.json,                        11, 1, 1, 4, 2/4/1/1/0/3,    0, 0",
        "zipkin__lens-skew.json,                               4, 1, 1, 2, 2/1/0/0/0/1,    1, 0",
        "zipkin__lens-simple-db-p6.json,                       5, 1, 1, 1, 1/4/0/0/0/0,    0, 0",
        "zipkin__lens-ascend.json,                             8, 1, 1, 3, 3/3/0/0/0/2,    2, 0",
        "zipkin__lens-netflix.json,                            8, 1, 1, 3, 3/3/0/0/0/2,    2, 0",
        "zipkin__benchmarks-single-span-object-chinese.json,   1, 1, 0, 1, 0/1/0/0/0/0,    0, 0",
    })
    void matchesTheManifest(String name, int spans, long traces, long roots, long services, String kinds,
            long serverHalves, long messages) throws Exception {
        Recording recording = load(name);
        RecordingStats stats = new RecordingStats(recording);
        assertEquals(InputFormat.ZIPKIN_JSON, recording.info().format());
        assertEquals("Zipkin", recording.info().producer());
        assertEquals(spans, recording.spans().size(), "spans");
        assertEquals(traces, recording.traceCount(), "traces");
        assertEquals(roots, stats.roots(), "roots");
        assertEquals(services, stats.namedServices(), "services");
        assertEquals(kinds, stats.kinds(), "kinds");
        assertEquals(serverHalves, recording.spans().stream().filter(s -> s.spanId().contains("-server")).count());
        assertEquals(messages, recording.messages().size(), "messages");
        Set<String> ids = new HashSet<>();
        for (Span span : recording.spans()) {
            assertTrue(ids.add(span.spanId()), "span ids are unique after the split: " + span.spanId());
        }
    }

    @Test
    void skewedServerHalfIsAChildOfItsClientAndWarned() throws Exception {
        Recording recording = load("zipkin__lens-skew.json");
        Span server = recording.spans().stream().filter(s -> s.spanId().equals("74280ae0c10d8062-server"))
                .findFirst().orElseThrow();
        assertEquals("74280ae0c10d8062", server.parentSpanId());
        assertEquals(1, new RecordingStats(recording).warnings("clock-skew"));
    }

    @Test
    void chineseNamesAreRead() throws Exception {
        Recording recording = load("zipkin__benchmarks-single-span-object-chinese.json");
        assertEquals("个人信息查询", recording.spans().get(0).name());
        assertEquals("订单维护服务", recording.processes().get(0).name());
        assertEquals("个人信息服务", recording.spans().get(0).attributes().get("peer.service"));
    }

    @Test
    void v1FileIsRefusedWithAClearMessage() {
        Path file = Corpus.file("zipkin", "zipkin__lens-test-v1-format.json");
        InputDataException e = assertThrows(InputDataException.class,
                () -> new ZipkinLoader().load(file, LoadRequest.everything()));
        assertTrue(e.getMessage().startsWith("unsupported Zipkin v1 JSON '" + file + "': line "), e.getMessage());
        assertTrue(e.getMessage().contains("this span is Zipkin v1"), e.getMessage());
        assertTrue(e.getMessage().contains("only Zipkin v2 is supported"), e.getMessage());
    }
}
