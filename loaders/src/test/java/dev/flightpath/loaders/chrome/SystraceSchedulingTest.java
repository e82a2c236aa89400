package dev.flightpath.loaders.chrome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.flightpath.loaders.Corpus;
import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.spans.JsonInput;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of {@code systemTraceEvents} on hand-written ftrace text, each answer worked out by
 * hand. Intervals are shown as {@code comm@cpu since..from-to} in microseconds of the ftrace clock
 * ({@code -} for no runnable time), in the order they ended.
 */
class SystraceSchedulingTest {
    private static final String SWITCH = "sched_switch: prev_comm=%s prev_pid=%d prev_prio=120 prev_state=%s"
            + " ==> next_comm=%s next_pid=%d next_prio=120";

    @TempDir
    Path directory;

    private static String sw(String task, int cpu, String time, String prev, int prevPid, String state, String next,
            int nextPid) {
        return String.format(Locale.ROOT, "  %s [%03d] d..3 %s: " + SWITCH, task, cpu, time, prev, prevPid,
                state, next, nextPid);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private Recording load(LoadRequest request, String... lines) throws Exception {
        String body = "{\"traceEvents\": [], \"systemTraceEvents\": \"" + json(String.join("\n", lines) + "\n") + "\"}";
        return new ChromeLoader().load(Fixtures.write(directory, "trace.json", body), request);
    }

    private Recording load(String... lines) throws Exception {
        return load(LoadRequest.of(DataKind.SCHEDULING), lines);
    }

    private static String intervals(Recording recording) {
        SchedulingTable table = recording.scheduling();
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            SchedulingInterval interval = table.get(row);
            String since = interval.hasRunnableSince() ? Long.toString(interval.runnableSinceNanos() / 1000) : "-";
            rows.add(recording.processes().get(interval.processId()).name() + "@" + interval.schedulerId() + " "
                    + since + ".." + interval.runningFromNanos() / 1000 + "-" + interval.runningToNanos() / 1000);
        }
        return String.join(" | ", rows);
    }

    private static LoadWarning warning(Recording recording, String code) {
        return recording.warnings().stream().filter(w -> w.code().equals(code)).findFirst().orElse(null);
    }

    @Test
    void wakeupThenSwitchIn() throws Exception {
        Recording recording = load(
                "# tracer: nop",
                "#           TASK-PID     CPU#  ||||    TIMESTAMP  FUNCTION",
                sw("app-1", 0, "1.000000", "app", 1, "S", "worker", 2),
                "  worker-2 [000] d..3 1.000100: sched_wakeup: comm=app pid=1 prio=120 target_cpu=000",
                sw("worker-2", 0, "1.000300", "worker", 2, "S", "app", 1),
                sw("app-1", 0, "1.000500", "app", 1, "S", "swapper/0", 0));
        assertEquals("worker@0 -..1000000-1000300 | app@0 1000100..1000300-1000500", intervals(recording));
        assertEquals(200_000, recording.scheduling().get(1).schedulerLatencyNanos());
        assertEquals(3L, recording.eventCounts().get("systrace:sched_switch"));
        assertEquals(1L, recording.eventCounts().get("systrace:sched_wakeup"));
        assertEquals(List.of(), recording.warnings().stream().filter(w -> !w.code().equals("no-spans")).toList());
    }

    @Test
    void preemptedWithRAndRPlusStaysRunnableAndSwapperIsNoProcess() throws Exception {
        Recording recording = load(
                "  <idle>-0 [000] 2.000000: " + String.format(Locale.ROOT, SWITCH, "swapper/0", 0, "R", "a", 1),
                "  a-1 [000] 2.000100: " + String.format(Locale.ROOT, SWITCH, "a", 1, "R+", "b", 2),
                "  b-2 [000] 2.000200: " + String.format(Locale.ROOT, SWITCH, "b", 2, "R", "a", 1),
                "  a-1 [000] 2.000400: " + String.format(Locale.ROOT, SWITCH, "a", 1, "D", "b", 2),
                "  b-2 [000] 2.000500: " + String.format(Locale.ROOT, SWITCH, "b", 2, "S", "swapper/0", 0));
        assertEquals("a@0 -..2000000-2000100 | b@0 -..2000100-2000200 | a@0 2000100..2000200-2000400"
                + " | b@0 2000200..2000400-2000500", intervals(recording));
        assertEquals(List.of("a", "b"), recording.processes().stream().map(ProcessInfo::name).toList());
        for (ProcessInfo process : recording.processes()) {
            assertEquals(ProcessKind.THREAD, process.kind());
        }
        assertEquals("1", recording.processes().get(0).externalId());
    }

    @Test
    void wakingBeforeWakeupCountsFromTheWaking() throws Exception {
        Recording recording = load(
                sw("x-5", 1, "3.000000", "x", 5, "S", "swapper/1", 0),
                "  y-6 [000] d..3 3.000100: sched_waking: comm=x pid=5 prio=120 target_cpu=001",
                "  <idle>-0 [001] dNh3 3.000150: sched_wakeup: comm=x pid=5 prio=120 target_cpu=001",
                sw("<idle>-0", 1, "3.000400", "swapper/1", 0, "R", "x", 5),
                sw("x-5", 1, "3.000600", "x", 5, "S", "swapper/1", 0),
                // older kernels: success=0 is no wake-up; wakeup_new makes a new thread runnable
                "  y-6 [000] d..3 3.000700: sched_wakeup: comm=x pid=5 prio=120 success=0 target_cpu=001",
                "  y-6 [000] d..3 3.000800: sched_wakeup_new: comm=n pid=9 prio=120 success=1 target_cpu=001",
                "  y-6 [000] d..3 3.000850: sched_wakeup: comm=x pid=5 prio=120 success=1 target_cpu=001",
                sw("<idle>-0", 1, "3.001000", "swapper/1", 0, "R", "n", 9),
                sw("n-9", 1, "3.001100", "n", 9, "S", "x", 5),
                sw("x-5", 1, "3.001200", "x", 5, "S", "swapper/1", 0));
        assertEquals("x@1 3000100..3000400-3000600 | n@1 3000800..3001000-3001100 | x@1 3000850..3001100-3001200",
                intervals(recording));
    }

    @Test
    void aWakeUpWhileRunningIsIgnored() throws Exception {
        Recording recording = load(
                sw("a-1", 0, "1.000000", "swapper/0", 0, "R", "a", 1),
                "  b-2 [001] d..3 1.000100: sched_waking: comm=a pid=1 prio=120 target_cpu=000",
                sw("a-1", 0, "1.000200", "a", 1, "S", "swapper/0", 0),
                sw("a-1", 0, "1.000300", "swapper/0", 0, "R", "a", 1),
                sw("a-1", 0, "1.000400", "a", 1, "S", "swapper/0", 0));
        assertEquals("a@0 -..1000000-1000200 | a@0 -..1000300-1000400", intervals(recording));
    }

    @Test
    void unclosedIntervalsEndAtTheLastEventAndUnopenedOnesAreDropped() throws Exception {
        Recording recording = load(
                // c was running before the capture began: its first switch-out opens nothing
                sw("c-3", 0, "5.000000", "c", 3, "R", "d", 4),
                "  d-4 [000] d..3 5.000100: sched_wakeup: comm=e pid=5 prio=120 target_cpu=001",
                sw("<idle>-0", 1, "5.000200", "swapper/1", 0, "R", "e", 5),
                // f becomes runnable and never runs: no interval
                "  d-4 [000] d..3 5.000300: sched_waking: comm=f pid=6 prio=120 target_cpu=000",
                "  d-4 [000] d..3 5.000900: sched_stat_runtime: comm=d pid=4 runtime=1 [ns] vruntime=2 [ns]");
        assertEquals("d@0 -..5000000-5000900 | e@1 5000100..5000200-5000900", intervals(recording));
        assertEquals(1L, recording.eventCounts().get("systrace:sched_stat_runtime"));
        RecordingInfo info = recording.info();
        assertEquals(RecordingInfo.TimeBase.MONOTONIC, info.timeBase());
        assertEquals(5_000_000_000L, info.startNanos());
        assertEquals(900_000L, info.durationNanos());
    }

    @Test
    void twoCpusAndAMigratingThread() throws Exception {
        Recording recording = load(
                sw("<idle>-0", 0, "1.000000", "swapper/0", 0, "R", "a", 1),
                sw("<idle>-0", 1, "1.000010", "swapper/1", 0, "R", "b", 2),
                sw("a-1", 0, "1.000100", "a", 1, "R+", "c", 3),
                sw("b-2", 1, "1.000150", "b", 2, "S", "a", 1),
                sw("c-3", 0, "1.000200", "c", 3, "S", "swapper/0", 0),
                sw("a-1", 1, "1.000300", "a", 1, "S", "swapper/1", 0));
        assertEquals("a@0 -..1000000-1000100 | b@1 -..1000010-1000150 | c@0 -..1000100-1000200"
                + " | a@1 1000100..1000150-1000300", intervals(recording));
    }

    @Test
    void theTidFollowsTheLastDashBeforeTheCpuColumn() {
        FtraceLine line = FtraceLine.parse(
                "   kworker/0:1-events-123   (  123) [001] d..3 4.000001: sched_switch: prev_comm=x prev_pid=1");
        assertNotNull(line);
        assertEquals(123, line.tid());
        assertEquals(1, line.cpu());
        assertEquals(4_000_001_000L, line.timeNanos());
        assertEquals("sched_switch", line.event());
        FtraceLine spaced = FtraceLine.parse("Binder thread-12 foo-77 (-----) [002] 9.5: sched_waking: comm=a pid=1");
        assertNotNull(spaced);
        assertEquals(77, spaced.tid());
        assertEquals(9_500_000_000L, spaced.timeNanos());
        FtraceLine nanos = FtraceLine.parse("perf-9 [000] 1.123456789: sched_waking: comm=a pid=1");
        assertEquals(1_123_456_789L, nanos.timeNanos());
    }

    @Test
    void commsWithBlanksAndDashesNameTheThreads() throws Exception {
        Recording recording = load(
                "  kworker/0:1-events-123 (  123) [000] d..3 1.000000: " + String.format(Locale.ROOT, SWITCH,
                        "kworker/0:1-events", 123, "S", "Binder thread", 77),
                "  Binder thread-77 (   70) [000] d..3 1.000050: sched_waking: comm=kworker/0:1-events pid=123 prio=120"
                        + " target_cpu=000",
                "  Binder thread-77 (   70) [000] d..3 1.000100: " + String.format(Locale.ROOT, SWITCH,
                        "Binder thread", 77, "S", "kworker/0:1-events", 123),
                "  kworker/0:1-events-123 (  123) [000] d..3 1.000200: " + String.format(Locale.ROOT, SWITCH,
                        "kworker/0:1-events", 123, "S", "swapper/0", 0));
        assertEquals("Binder thread@0 -..1000000-1000100 | kworker/0:1-events@0 1000050..1000100-1000200",
                intervals(recording));
        assertEquals("77", recording.processes().get(0).externalId());
    }

    @Test
    void theClockSyncMarkerMovesTheSystraceOntoTheTraceEventsClock() throws Exception {
        String text = String.join("\n",
                "  atrace-9 (    9) [000] ...1 4.000000: tracing_mark_write: trace_event_clock_sync: parent_ts=10.000000",
                sw("a-1", 0, "4.000100", "swapper/0", 0, "R", "a", 1),
                sw("a-1", 0, "4.000300", "a", 1, "S", "swapper/0", 0)) + "\n";
        String body = "{\"traceEvents\": [{\"ph\": \"X\", \"pid\": 1, \"tid\": 1, \"ts\": 10000050, \"dur\": 1000,"
                + " \"name\": \"work\"}], \"systemTraceEvents\": \"" + json(text) + "\"}";
        Recording recording = new ChromeLoader().load(Fixtures.write(directory, "sync.json", body),
                LoadRequest.everything());
        assertEquals("a@0 -..10000100-10000300", intervals(recording));
        RecordingInfo info = recording.info();
        assertEquals(RecordingInfo.TimeBase.EPOCH, info.timeBase());
        assertEquals(10_000_050_000L, info.startNanos()); // the X event; markers are outside the range
        assertEquals(1_000_000L, info.durationNanos()); // to the end of the X event
        assertEquals(1, recording.spans().size());
    }

    @Test
    void perfettosEqualityMarkerAtTheEndIsNeitherBackwardsNorInTheTimeRange() throws Exception {
        Recording recording = load(
                sw("a-1", 0, "7.000000", "swapper/0", 0, "R", "a", 1),
                sw("a-1", 0, "7.000300", "a", 1, "S", "swapper/0", 0),
                "<...>-12345 (-----) [000] ...1 0.000000: tracing_mark_write: trace_event_clock_sync: parent_ts=0");
        assertEquals("a@0 -..7000000-7000300", intervals(recording));
        assertEquals(List.of("no-spans"), recording.warnings().stream().map(LoadWarning::code).toList());
        assertEquals(7_000_000_000L, recording.info().startNanos());
        assertEquals(300_000L, recording.info().durationNanos());
        assertEquals(1L, recording.eventCounts().get("systrace:tracing_mark_write"));
    }

    @Test
    void onlyReadWhenSchedulingIsAsked() throws Exception {
        Recording recording = load(LoadRequest.of(DataKind.SPANS),
                sw("a-1", 0, "1.000000", "swapper/0", 0, "R", "a", 1),
                sw("a-1", 0, "1.000300", "a", 1, "S", "swapper/0", 0));
        assertEquals(0, recording.scheduling().size());
        assertEquals(List.of(), recording.processes());
        assertNull(recording.eventCounts().get("systrace:sched_switch"));
        assertEquals(0, recording.info().durationNanos());
    }

    @Test
    void garbageTruncatedAndAbsurdLinesAreSkippedWithOneWarningNamingTheFirst() throws Exception {
        Recording recording = load(
                sw("a-1", 0, "1.000000", "swapper/0", 0, "R", "a", 1),
                "hello world",
                "  a-1 [000] 99999999999.000000: sched_waking: comm=b pid=2 prio=120",
                "  a-1 [000] 1.0000001234567: sched_waking: comm=b pid=2 prio=120",
                "  a-1 [000] 1.000100: sched_waking: comm=b pid=99999999999 prio=120",
                "  a-1 [000] -1.000100: sched_waking: comm=b pid=2 prio=120",
                "  a-1 [000] 1.000100: sched_switch: prev_comm=a prev_pid=1 prev_prio=120 prev_state=S ==> next_co",
                sw("a-1", 0, "1.000300", "a", 1, "S", "swapper/0", 0),
                "  a-1 [000] 1.0004");
        assertEquals("a@0 -..1000000-1000300", intervals(recording));
        LoadWarning unparsed = warning(recording, "systrace-unparsed-line");
        assertEquals(7, unparsed.count());
        assertTrue(unparsed.message().startsWith("systemTraceEvents at line 1, column 42: line 2 is not an ftrace event line"), unparsed.message());
    }

    @Test
    void aLineEarlierThanTheOneBeforeIsSkipped() throws Exception {
        Recording recording = load(
                sw("a-1", 0, "1.000000", "swapper/0", 0, "R", "a", 1),
                sw("a-1", 0, "1.000300", "a", 1, "S", "swapper/0", 0),
                sw("a-1", 0, "0.000100", "swapper/0", 0, "R", "a", 1),
                sw("a-1", 0, "1.000400", "swapper/0", 0, "R", "a", 1),
                sw("a-1", 0, "1.000500", "a", 1, "S", "swapper/0", 0));
        assertEquals("a@0 -..1000000-1000300 | a@0 -..1000400-1000500", intervals(recording));
        LoadWarning backwards = warning(recording, "systrace-time-backwards");
        assertEquals(1, backwards.count());
        assertTrue(backwards.message().contains(": line 3 "), backwards.message());
    }

    @Test
    void anEnormousLineIsSkippedWithoutKeepingIt() throws Exception {
        Recording recording = load(
                sw("a-1", 0, "1.000000", "swapper/0", 0, "R", "a", 1),
                "  a-1 [000] 1.000100: tracing_mark_write: " + "x".repeat(3 * SystraceLines.MAX_LINE_CHARS),
                "-1 ".repeat(20_000),
                sw("a-1", 0, "1.000300", "a", 1, "S", "swapper/0", 0));
        assertEquals("a@0 -..1000000-1000300", intervals(recording));
        assertEquals(1, warning(recording, "systrace-long-line").count());
        assertEquals(1, warning(recording, "systrace-unparsed-line").count());
    }

    @Test
    void aSwitchInOfARunningThreadDropsTheEarlierInterval() throws Exception {
        Recording recording = load(
                sw("a-1", 0, "1.000000", "swapper/0", 0, "R", "a", 1),
                sw("a-1", 1, "1.000100", "swapper/1", 0, "R", "a", 1),
                sw("a-1", 1, "1.000300", "a", 1, "S", "swapper/1", 0));
        assertEquals("a@1 -..1000100-1000300", intervals(recording));
        assertEquals(1, warning(recording, "systrace-missing-switch").count());
    }

    @Test
    void aLostSwitchOnACpuDropsTheIntervalOfTheThreadSwitchedInThere() throws Exception {
        Recording recording = load(
                sw("<idle>-0", 0, "1.000000", "swapper/0", 0, "R", "x", 1),
                // lost: x ==> y on CPU 0
                sw("y-2", 0, "1.000200", "y", 2, "S", "z", 3),
                sw("z-3", 0, "1.000300", "z", 3, "S", "swapper/0", 0),
                sw("<idle>-0", 1, "1.000400", "swapper/1", 0, "R", "x", 1),
                sw("x-1", 1, "1.000500", "x", 1, "S", "swapper/1", 0));
        assertEquals("z@0 -..1000200-1000300 | x@1 -..1000400-1000500", intervals(recording));
        LoadWarning warning = warning(recording, "systrace-missing-switch");
        assertEquals(1, warning.count());
        assertEquals("systemTraceEvents at line 1, column 42: line 2 switches out thread 2 on CPU 0, where thread 1"
                + " was switched in last with no switch in between; the open interval of thread 1 (x) is dropped",
                warning.message());
    }

    @Test
    void aThreadIsNamedByTheLastCommItWasGiven() throws Exception {
        Recording recording = load(
                "  java-7 [000] d..3 1.000000: sched_wakeup_new: comm=java pid=8 prio=120 target_cpu=000",
                sw("java-7", 0, "1.000100", "java", 7, "S", "java", 8),
                sw("busy-0-8", 0, "1.000200", "busy-0", 8, "R", "java", 7));
        assertEquals("busy-0@0 1000000..1000100-1000200 | java@0 -..1000200-1000200", intervals(recording));
    }

    @Test
    void escapesInTheStringAreDecodedAsJacksonDecodesThem() throws Exception {
        // \u0041 is "A", \/ is "/", \t a blank, \r\n a line break: read from the file directly
        String text = "  a-1 [000] d..3 1.000000: sched_switch: prev_comm=swapper\\/0 prev_pid=0 prev_prio=120"
                + " prev_state=R ==> next_comm=\\u0041pp\\tx next_pid=1 next_prio=120\\r\\n"
                + "  a-1 [000] d..3 1.000200: sched_switch: prev_comm=App\\tx prev_pid=1 prev_prio=120"
                + " prev_state=S ==> next_comm=swapper/0 next_pid=0 next_prio=120";
        Path file = Fixtures.write(directory, "escapes.json",
                "{\"traceEvents\": [], \"systemTraceEvents\": \"" + text + "\"}");
        Recording recording = new ChromeLoader().load(file, LoadRequest.of(DataKind.SCHEDULING));
        assertEquals("App\tx@0 -..1000000-1000200", intervals(recording));
        assertEquals(List.of(), recording.warnings().stream().filter(w -> !w.code().equals("no-spans")).toList());
    }

    @Test
    void fromTheFileAndThroughJacksonTheSameCharactersArrive() throws Exception {
        String json = "line one\\nA\\u00e9\\u20ac\\ud83d\\ude00\\\"q\\\\b\\/\\b\\f\\n\\nlast";
        Path file = Fixtures.write(directory, "chars.json", "{\"s\": \"" + json + "\", \"t\": 1}");
        StringWriter streamed = new StringWriter();
        String viaJackson;
        try (JsonParser parser = JsonInput.open(file)) {
            parser.nextToken();
            parser.nextToken();
            parser.nextToken();
            assertTrue(JsonStringStream.copy(file, parser.currentTokenLocation().getByteOffset(), streamed));
            viaJackson = parser.getText();
        }
        assertEquals(viaJackson, streamed.toString());
        assertEquals("line one\nA\u00e9\u20ac\ud83d\ude00\"q\\b/\b\f\n\nlast", viaJackson);
    }

    @Test
    void systemTraceEventsThatIsNotAStringIsSkippedWithAWarning() throws Exception {
        Path file = Fixtures.write(directory, "fuchsia.json",
                "{\"traceEvents\": [], \"systemTraceEvents\": {\"type\": \"fuchsia\", \"events\": [1, 2]}}");
        Recording recording = new ChromeLoader().load(file, LoadRequest.everything());
        assertEquals(0, recording.scheduling().size());
        LoadWarning warning = warning(recording, "systrace-not-text");
        assertEquals("systemTraceEvents at line 1, column 42 is an object, not ftrace text; skipped", warning.message());
    }

    @Test
    void anUnterminatedSystraceStringIsMalformedJsonWithItsPosition() throws Exception {
        Path file = Fixtures.write(directory, "cut.json",
                "{\"traceEvents\": [], \"systemTraceEvents\": \"  a-1 [000] 1.000000: sched_waking: comm=b pid=2\\n  a-1");
        InputDataException e = assertThrows(InputDataException.class,
                () -> new ChromeLoader().load(file, LoadRequest.everything()));
        assertTrue(e.getMessage().startsWith("malformed JSON '" + file + "': line 1, column "), e.getMessage());
    }

    @Test
    void everyCorpusFileLoadsTheSameWhetherSchedulingIsAskedOrNot() throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Corpus.folder("chrome"))) {
            files = listing.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 20, files.toString());
        EnumSet<DataKind> withoutScheduling = EnumSet.allOf(DataKind.class);
        withoutScheduling.remove(DataKind.SCHEDULING);
        for (Path file : files) {
            Recording all = new ChromeLoader().load(file, LoadRequest.everything());
            Recording before = new ChromeLoader().load(file, new LoadRequest(withoutScheduling));
            assertEquals(before.info(), all.info(), file.toString());
            assertEquals(before.eventCounts(), all.eventCounts(), file.toString());
            assertEquals(before.processes(), all.processes(), file.toString());
            assertEquals(before.spans(), all.spans(), file.toString());
            assertEquals(before.warnings(), all.warnings(), file.toString());
            assertEquals(0, all.scheduling().size(), file.toString());
        }
    }

    @Test
    void theCorpusFileWithAnEmptySystraceLoadsAsBefore() throws Exception {
        Recording recording = new ChromeLoader().load(
                Corpus.file("chrome", "catapult__tcmalloc-systemTraceEvents.json"), LoadRequest.everything());
        assertEquals(0, recording.scheduling().size());
        assertEquals(List.of(), recording.warnings().stream().filter(w -> w.code().startsWith("systrace")).toList());
        assertEquals(RecordingInfo.TimeBase.EPOCH, recording.info().timeBase());
    }
}
