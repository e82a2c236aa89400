package dev.flightpath.loaders.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanLink;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromeLoaderTest {
    @TempDir
    Path directory;

    private Recording load(String json) throws Exception {
        return new ChromeLoader().load(Fixtures.write(directory, "trace.json", json), LoadRequest.everything());
    }

    private static String summary(Recording recording) {
        return recording.spans().stream()
                .map(s -> s.spanId() + ":" + s.name() + "<" + s.parentSpanId() + ">[" + s.startNanos() + "," + s.endNanos() + "]")
                .collect(Collectors.joining(" "));
    }

    @Test
    void beginEndPairsAndCompleteEventsNestPerThread() throws Exception {
        Recording recording = load("""
                {"traceEvents": [
                  {"ph": "M", "pid": 1, "tid": 7, "name": "thread_name", "args": {"name": "main"}},
                  {"ph": "M", "pid": 1, "tid": 0, "name": "process_name", "args": {"name": "browser"}},
                  {"ph": "B", "pid": 1, "tid": 7, "ts": 10, "name": "outer", "cat": "c", "args": {"n": 1}},
                  {"ph": "X", "pid": 1, "tid": 7, "ts": 12.5, "dur": 2, "name": "leaf"},
                  {"ph": "B", "pid": 1, "tid": 8, "ts": 11, "name": "other-thread"},
                  {"ph": "E", "pid": 1, "tid": 7, "ts": 20, "args": {"result": "ok"}},
                  {"ph": "X", "pid": 1, "tid": 7, "ts": 30, "dur": 10, "name": "late-parent"},
                  {"ph": "X", "pid": 1, "tid": 7, "ts": 25, "dur": 30, "name": "written-after-child"},
                  {"ph": "C", "pid": 1, "ts": 31, "name": "counter", "args": {"v": 3}},
                  {"ph": "i", "pid": 1, "tid": 7, "ts": 32, "name": "instant"},
                  {"ph": "E", "pid": 1, "tid": 7, "ts": 33}
                ], "displayTimeUnit": "ns", "metadata": {"product-version": "Chrome/1.2"}}
                """);
        assertEquals("1:outer<>[10000,20000] 2:leaf<1>[12500,14500] 3:other-thread<>[11000,55000]"
                + " 4:late-parent<5>[30000,40000] 5:written-after-child<>[25000,55000]", summary(recording));
        Span outer = recording.spans().get(0);
        ProcessInfo main = recording.processes().get(outer.processId());
        assertEquals(ProcessKind.THREAD, main.kind());
        assertEquals("main", main.name());
        assertEquals("1/7", main.externalId());
        assertEquals("c", outer.attributes().get("category"));
        assertEquals(1L, outer.attributes().get("args.n"));
        assertEquals("ok", outer.attributes().get("args.result"), "E args are merged");
        assertEquals(true, recording.processes().stream().anyMatch(p -> p.kind() == ProcessKind.OS_PROCESS
                && p.name().equals("browser")));
        assertEquals("Chrome/1.2", recording.info().producer());
        assertEquals(1, new RecordingStats(recording).warnings("unterminated-slice"), "other-thread");
        assertEquals(1, new RecordingStats(recording).warnings("unmatched-end"), recording.warnings().toString());
        assertEquals(3L, recording.eventCounts().get("ph:X"));
        assertEquals(1L, recording.eventCounts().get("ph:C"));
        assertEquals("chrome", outer.traceId());
    }

    @Test
    void flowEventsLinkSlicesAndBecomeMessages() throws Exception {
        Recording recording = load("""
                [
                  {"ph": "X", "pid": 1, "tid": 1, "ts": 100, "dur": 50, "name": "post"},
                  {"ph": "s", "pid": 1, "tid": 1, "ts": 120, "id": "0x1", "cat": "ipc", "name": "flow"},
                  {"ph": "f", "pid": 2, "tid": 5, "ts": 300, "id": "0x1", "cat": "ipc", "name": "flow"},
                  {"ph": "X", "pid": 2, "tid": 5, "ts": 310, "dur": 40, "name": "handle"},
                  {"ph": "X", "pid": 2, "tid": 5, "ts": 400, "dur": 10, "name": "reply", "bind_id": "r", "flow_out": true},
                  {"ph": "X", "pid": 1, "tid": 1, "ts": 500, "dur": 10, "name": "on-reply", "bind_id": "r", "flow_in": true}
                ]
                """);
        Span post = recording.spans().get(0);
        Span handle = recording.spans().get(1);
        Span onReply = recording.spans().get(3);
        assertEquals(List.of(new SpanLink("chrome", "1", LinkKind.FLOW)), handle.links(),
                "an f without bp=e binds to the next slice");
        assertEquals(List.of(new SpanLink("chrome", "3", LinkKind.FLOW)), onReply.links());
        assertEquals(2, recording.messages().size());
        Message first = recording.messages().get(0);
        assertEquals(new Message(post.processId(), handle.processId(), "thread 5", "post",
                100_000L, 150_000L, 310_000L, 1, 1.0), first);
        assertEquals(3, recording.messages().get(1).handledBySpan());
    }

    @Test
    void nestableAsyncSlicesNestByCategoryAndId() throws Exception {
        Recording recording = load("""
                {"traceEvents": [
                  {"ph": "b", "pid": 1, "tid": 1, "ts": 1, "cat": "net", "id": "0x5", "name": "request"},
                  {"ph": "b", "pid": 1, "tid": 2, "ts": 2, "cat": "net", "id": "0x5", "name": "dns"},
                  {"ph": "b", "pid": 1, "tid": 1, "ts": 2, "cat": "net", "id2": {"local": "0x5"}, "name": "other"},
                  {"ph": "n", "pid": 1, "tid": 1, "ts": 3, "cat": "net", "id": "0x5", "name": "mark"},
                  {"ph": "e", "pid": 1, "tid": 2, "ts": 4, "cat": "net", "id": "0x5", "name": "dns"},
                  {"ph": "e", "pid": 1, "tid": 1, "ts": 9, "cat": "net", "id": "0x5", "name": "request"},
                  {"ph": "e", "pid": 1, "tid": 1, "ts": 9, "cat": "net", "id2": {"local": "0x5"}}
                ]}
                """);
        assertEquals("1:request<>[1000,9000] 2:dns<1>[2000,4000] 3:other<>[2000,9000]", summary(recording));
        assertEquals(List.of(), recording.warnings());
    }

    @Test
    void emptyArrayIsAnEmptyTrace() throws Exception {
        Recording recording = load("[]");
        assertEquals(0, recording.spans().size());
        assertEquals(1, new RecordingStats(recording).warnings("no-spans"));
    }
}
