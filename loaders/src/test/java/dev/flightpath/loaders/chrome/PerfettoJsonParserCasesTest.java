package dev.flightpath.loaders.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Perfetto's JSON trace parser tests (google/perfetto, test/trace_processor/diff_tests/parser/json/
 * tests.py, Apache-2.0), re-expressed: each input is rewritten here with the events that matter
 * and each expected slice table as Perfetto states it (ts, dur in ns). The flow tables of
 * flow_events_json_v1/v2 are checked on the corpus copies in {@link ChromeCorpusTest}.
 * Differences: Perfetto keeps a slice whose end never came with dur -1; flightpath closes it at
 * the end of the trace with an {@code unterminated-slice} warning.
 */
class PerfettoJsonParserCasesTest {
    @TempDir
    Path directory;

    private Recording load(String json) throws Exception {
        return new ChromeLoader().load(Fixtures.write(directory, "trace.json", json), LoadRequest.everything());
    }

    private static String table(Recording recording) {
        return recording.spans().stream().sorted((a, b) -> Long.compare(a.startNanos(), b.startNanos()))
                .map(s -> s.name() + " " + s.startNanos() + " " + s.durationNanos())
                .collect(Collectors.joining(", "));
    }

    /** test_json_trailing_comma: "Bar" 4890000 3764289708, "Foo" 3473608458 295555500. */
    @Test
    void trailingCommaInTheEventArray() throws Exception {
        Recording recording = load("""
                {"displayTimeUnit":"ms","traceEvents":[
                {"name":"Foo","ph":"X","tid":0,"ts":3473608.458,"dur":295555.500},
                {"name":"Bar","ph":"X","tid":0,"ts":4890.000,"dur":3764289.708},
                ]}
                """);
        assertEquals("Bar 4890000 3764289708, Foo 3473608458 295555500", table(recording));
    }

    /** test_json_incomplete: an array cut off after a trailing comma still gives its slice. */
    @Test
    void arrayCutOffAfterATrailingComma() throws Exception {
        Recording recording = load("""
                [
                {"name":"typecheck","ph":"X","ts":4619295550.000,"dur":8000.000,"pid":306339,"tid":3},
                """);
        assertEquals("typecheck 4619295550000 8000000", table(recording));
    }

    /**
     * test_json_metadata: a B/E pair with a counter between them, an E without a name, and X
     * events with a pid only or neither pid nor tid.
     */
    @Test
    void slicesAroundCountersAndMetadata() throws Exception {
        Recording recording = load("""
                [{"ph":"B","pid":30,"tid":31,"ts":790,"name":"ActivityOnThread31","cat":"test_cat_setup"},
                 {"ph":"C","pid":30,"tid":31,"ts":800,"name":"MyCounters","cat":"stats","args":{"counter1_float":100.5}},
                 {"ph":"E","pid":30,"tid":31,"ts":815,"name":"ActivityOnThread31","cat":"test_cat_setup"},
                 {"ph":"M","pid":30,"tid":0,"ts":830,"name":"process_name","args":{"name":"MyProcess30"}},
                 {"ph":"M","pid":30,"tid":31,"ts":840,"name":"thread_name","args":{"name":"MyRevisedThread31Name"}},
                 {"ph":"B","pid":30,"tid":32,"ts":900,"name":"EventMissingCatAndArgs"},
                 {"ph":"E","pid":30,"tid":32,"ts":950},
                 {"ph":"X","pid":33,"ts":960,"dur":10,"name":"PidOnlyEvent","cat":"special_pids"},
                 {"ph":"X","ts":970,"dur":10,"name":"NoPidNoTidEvent","cat":"special_pids"}]
                """);
        assertEquals("ActivityOnThread31 790000 25000, EventMissingCatAndArgs 900000 50000, "
                + "PidOnlyEvent 960000 10000, NoPidNoTidEvent 970000 10000", table(recording));
        Span activity = recording.spans().get(0);
        assertEquals("MyRevisedThread31Name", recording.processes().get(activity.processId()).name());
    }

    /**
     * test_json_all_slice_types: an E whose name is not the open B's closes nothing, so
     * "BeginEvent" stays open (Perfetto: dur -1; flightpath: closed at the trace's last time, 350 µs).
     */
    @Test
    void endWithAnotherNameClosesNothing() throws Exception {
        Recording recording = load("""
                [{"ph":"B","pid":10,"tid":11,"ts":100,"name":"BeginEvent","cat":"cat1"},
                 {"ph":"E","pid":10,"tid":11,"ts":200,"name":"EndEvent","cat":"cat1"},
                 {"ph":"X","pid":10,"tid":12,"ts":250,"dur":50,"name":"CompleteEvent"},
                 {"ph":"i","pid":10,"tid":11,"ts":350,"name":"Instanti","s":"t"}]
                """);
        assertEquals("BeginEvent 100000 250000, CompleteEvent 250000 50000", table(recording));
        RecordingStats stats = new RecordingStats(recording);
        assertEquals(1, stats.warnings("unmatched-end"));
        assertEquals(1, stats.warnings("unterminated-slice"));
    }
}
