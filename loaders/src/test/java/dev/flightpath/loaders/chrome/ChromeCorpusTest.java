package dev.flightpath.loaders.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.loaders.Corpus;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Chrome file of the corpus, against the stats of MANIFEST.md: events, pids, threads and
 * phases. Every begin (B, X, b, S) is a span, so spans = B + X + b + S of the manifest.
 */
class ChromeCorpusTest {
    private static Recording load(String name) throws Exception {
        return new ChromeLoader().load(Corpus.file("chrome", name), LoadRequest.everything());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "catapult__async-begin-end.json                       |    35 | 4 |   6 | S=11 F=10 T=7 B=3 E=3 b=1",
        "catapult__big-trace-BE.json                          |  1866 | 4 |   4 | B=933 E=933",
        "catapult__flow-chrome.json                           |  5017 | 4 |  25 | B=1625 E=1622 f=886 s=866 M=18",
        "catapult__instance-counters.json                     |    12 | 1 |   1 | C=8 B=2 E=2",
        "catapult__instant-events.json                        |     5 | 2 |   3 | i=5",
        "catapult__nestable-async.json                        |    20 | 1 |   1 | b=9 e=9 n=2",
        "catapult__simple-trace.json                          |    37 | 2 |   5 | B=8 E=8 I=6 C=5 X=4 P=3 M=3",
        "catapult__x-event-trace.json                         |  4027 | 1 |   5 | X=2799 B=442 E=442 T=124 i=59 S=53 F=53 C=42 M=9 D=2 N=2",
        "catapult__main-thread-has-unclosed-slices.json       |  3386 | 2 |  22 | B=1684 E=1680 M=22",
        "catapult__nanoseconds-displayTimeUnit.json           |    16 | 1 |   1 | B=8 E=8",
        "catapult__webview-flow-v2.json                       |  9334 | 1 |  39 | X=8041 B=568 E=568 R=73 M=43 O=14 I=14 S=5 F=5 N=2 c=1",
        "catapult__tcmalloc-systemTraceEvents.json            |  5296 | 4 |   5 | B=2639 E=2639 O=13 M=5",
        "speedscope__chrome116-devtools-performance-trace.json |  3108 | 4 |  19 | X=2456 b=234 e=234 I=97 M=28 P=17 R=13 s=13 f=13 O=2 N=1",
        "speedscope__chrome69-simple.json                     |  1364 | 2 |  32 | X=927 B=140 E=140 I=49 M=38 P=22 R=14 S=9 D=7 N=7 F=6 T=3 O=2",
        "speedscope__trace-event-simple-partial-unterminated.json |  6 | 1 |   1 | B=2 X=2 E=2",
        "speedscope__trace-event-multiprocess.json            |    17 | 4 |   8 | M=9 X=8",
        "speedscope__trace-event-too-many-end-events.json     |     6 | 1 |   1 | E=4 B=2",
        "perfetto__flow-events-json-v1.json                   |    10 | 5 |   5 | X=5 s=2 f=2 t=1",
        "perfetto__flow-events-json-v2.json                   |     8 | 5 |   5 | X=5 B=1 i=1 E=1",
        "bazel-invocation-analyzer__bazel-profile-tiny.json   |   707 | 1 |  25 | X=528 C=122 M=50 i=7",
        "bazel-invocation-analyzer__bazel-profile-with-queuing.json | 16342 | 1 | 94 | X=12778 C=3369 M=188 i=7",
        "ClangBuildAnalyzer__clang19-ftime-trace-main.json    |   747 | 1 | 149 | X=531 b=107 e=107 M=2",
        "ClangBuildAnalyzer__clang14-ftime-trace-obj_exporter.json | 562 | 1 | 20 | X=560 M=2",
    })
    void matchesTheManifest(String name, long events, long pids, long threads, String phases) throws Exception {
        Recording recording = load(name);
        RecordingStats stats = new RecordingStats(recording);
        Map<String, Long> expected = new TreeMap<>();
        for (String phase : phases.trim().split(" ")) {
            String[] parts = phase.split("=");
            expected.put("ph:" + parts[0], Long.parseLong(parts[1]));
        }
        assertEquals(InputFormat.CHROME_JSON, recording.info().format());
        assertEquals(expected, new TreeMap<>(recording.eventCounts()), "events per phase");
        assertEquals(events, recording.totalEvents(), "events");
        assertEquals(pids, stats.processes(ProcessKind.OS_PROCESS), "pids");
        assertEquals(threads, stats.processes(ProcessKind.THREAD), "threads");
        long begins = expected.getOrDefault("ph:B", 0L) + expected.getOrDefault("ph:X", 0L)
                + expected.getOrDefault("ph:b", 0L) + expected.getOrDefault("ph:S", 0L);
        assertEquals(begins, recording.spans().size(), "spans");
        assertEquals(recording.spans().isEmpty() ? 0 : 1, recording.traceCount());
        for (Span span : recording.spans()) {
            assertEquals(ProcessKind.THREAD, recording.processes().get(span.processId()).kind());
        }
    }

    /**
     * Perfetto's expected flow table for these two files (test/trace_processor/diff_tests/parser/
     * parsing: test_flow_events_json_v1 and _v2, Apache-2.0): v2's third flow_in on 0x402
     * (SomeOtherSlice) is a second end of the hop that OtherSlice continued.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"perfetto__flow-events-json-v1.json, 'OtherSlice->SomeSlice, SenderA->OtherSlice, SenderB->Blergh'",
            "perfetto__flow-events-json-v2.json, 'OtherSlice->SomeOtherSlice, OtherSlice->SomeSlice, "
                    + "SenderA->OtherSlice, SenderB->Blergh'"})
    void perfettoFlowFixturesGivePerfettosFlowTable(String name, String expected) throws Exception {
        Recording recording = load(name);
        int count = expected.split(", ").length;
        assertEquals(count, new RecordingStats(recording).links(LinkKind.FLOW));
        assertEquals(count, recording.messages().size());
        Map<String, String> flows = new TreeMap<>();
        for (Span span : recording.spans()) {
            for (var link : span.links()) {
                Span from = recording.spans().get(Integer.parseInt(link.spanId()) - 1);
                flows.put(from.name() + "->" + span.name(), link.kind().name());
            }
        }
        assertEquals("[" + expected + "]", flows.keySet().toString());
    }

    @Test
    void unclosedSlicesAreClosedAtTheEndAndWarned() throws Exception {
        Recording recording = load("catapult__main-thread-has-unclosed-slices.json");
        assertEquals(4, new RecordingStats(recording).warnings("unterminated-slice"));
        long end = recording.info().startNanos() + recording.info().durationNanos();
        assertEquals(true, recording.spans().stream().filter(s -> s.endNanos() == end).count() >= 4,
                "the four unclosed slices end at the trace's last timestamp");
    }

    @Test
    void tooManyEndEventsAreIgnoredWithAWarning() throws Exception {
        Recording recording = load("speedscope__trace-event-too-many-end-events.json");
        assertEquals(2, new RecordingStats(recording).warnings("unmatched-end"));
        assertEquals("alpha,beta", recording.spans().stream().map(Span::name).collect(Collectors.joining(",")));
        assertEquals("1", recording.spans().get(1).parentSpanId());
        assertEquals(13_000L, recording.spans().get(1).endNanos());
    }

    @Test
    void partialArrayIsReadUpToItsLastEvent() throws Exception {
        Recording recording = load("speedscope__trace-event-simple-partial-unterminated.json");
        assertEquals("alpha,beta,gamma,epsilon", recording.spans().stream().map(Span::name).collect(Collectors.joining(",")));
        assertEquals("2", recording.spans().get(2).parentSpanId(), "gamma is inside beta");
    }

    @Test
    void metadataNamesThreadsAndProducer() throws Exception {
        Recording recording = load("catapult__flow-chrome.json");
        assertEquals("Chrome/30.0.1574.0", recording.info().producer());
        assertEquals(3, new RecordingStats(recording).warnings("unterminated-slice"));
        assertEquals(true, recording.processes().stream().anyMatch(p -> p.kind() == ProcessKind.THREAD
                && p.name().equals("CrBrowserMain")));
    }

    @Test
    void fractionalMicrosecondsBecomeNanoseconds() throws Exception {
        Recording recording = load("catapult__nanoseconds-displayTimeUnit.json");
        Span us1 = recording.spans().get(0);
        Span us2 = recording.spans().get(1);
        assertEquals("us1", us1.name());
        assertEquals(0L, us1.startNanos());
        assertEquals(1_100L, us1.endNanos());
        assertEquals(1_100L, us2.startNanos());
        assertEquals(1_300L, us2.endNanos());
        assertEquals("", us2.parentSpanId(), "us2 starts when us1 ends: a sibling, not a child");
    }
}
