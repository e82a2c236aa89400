package dev.flightpath.loaders.spans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.loaders.chrome.ChromeLoader;
import dev.flightpath.loaders.jaeger.JaegerLoader;
import dev.flightpath.loaders.otlp.OtlpLoader;
import dev.flightpath.loaders.zipkin.ZipkinLoader;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken, hostile and odd inputs: an exception naming file and position, or a warning; never a crash. */
class BadInputTest {
    @TempDir
    Path directory;

    static Stream<Arguments> loaders() {
        return Stream.of(Arguments.of(new OtlpLoader()), Arguments.of(new JaegerLoader()),
                Arguments.of(new ZipkinLoader()), Arguments.of(new ChromeLoader()));
    }

    private InputDataException failure(Loader loader, String content) {
        Path file = Fixtures.write(directory, "bad.json", content);
        return assertThrows(InputDataException.class, () -> loader.load(file, LoadRequest.everything()));
    }

    private void assertPositioned(String problem, InputDataException e) {
        Path file = directory.resolve("bad.json");
        String prefix = problem + " '" + file + "': line ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertTrue(Pattern.compile("line \\d+, column \\d+: .+").matcher(e.getMessage()).find(), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loaders")
    void truncatedJsonIsMalformed(Loader loader) {
        InputDataException e = failure(loader, "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"traceId\": \"ab");
        assertPositioned("malformed JSON", e);
        assertEquals("malformed JSON", e.problem());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loaders")
    void garbageIsMalformed(Loader loader) {
        assertPositioned("malformed JSON", failure(loader, "{oops"));
        assertPositioned("malformed JSON", failure(loader, "{\"x\": nope}"));
        assertPositioned("malformed JSON", failure(loader, "{\"traceEvents\": []} trailing garbage"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loaders")
    void absurdNestingIsMalformedNotAStackOverflow(Loader loader) {
        String deep = "{\"traceEvents\": [{\"args\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}]}";
        assertPositioned("malformed JSON", failure(loader, deep));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loaders")
    void emptyFileIsAnError(Loader loader) {
        InputDataException e = failure(loader, "  \n");
        assertTrue(e.getMessage().contains("'" + directory.resolve("bad.json") + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("no JSON value"), e.getMessage());
    }

    @Test
    void emptyObjectIsAnEmptyRecordingWithAWarningOrAClearError() throws Exception {
        for (Loader loader : new Loader[] {new OtlpLoader(), new JaegerLoader(), new ZipkinLoader()}) {
            Recording recording = loader.load(Fixtures.write(directory, "empty.json", "{}"), LoadRequest.everything());
            assertEquals(0, recording.spans().size());
            assertEquals(1, new RecordingStats(recording).warnings("no-spans"), loader.toString());
        }
        InputDataException chrome = failure(new ChromeLoader(), "{}");
        assertPositioned("invalid Chrome trace JSON", chrome);
        assertTrue(chrome.getMessage().endsWith("no 'traceEvents' array in the top-level object"), chrome.getMessage());
    }

    @Test
    void wrongTypesAreInvalidWithPosition() {
        InputDataException otlp = failure(new OtlpLoader(), "{\"resourceSpans\": {\"a\": 1}}");
        assertEquals("invalid OTLP JSON '" + directory.resolve("bad.json")
                + "': line 1, column 19: 'resourceSpans' must be an array, found an object", otlp.getMessage());
        assertPositioned("invalid OTLP JSON", failure(new OtlpLoader(), "[1, 2]"));
        assertPositioned("invalid OTLP JSON", failure(new OtlpLoader(), "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [7]}]}]}"));
        assertPositioned("invalid Jaeger JSON", failure(new JaegerLoader(), "{\"data\": \"x\"}"));
        assertPositioned("invalid Jaeger JSON", failure(new JaegerLoader(), "{\"spans\": {}}"));
        assertPositioned("invalid Zipkin JSON", failure(new ZipkinLoader(), "[1, 2]"));
        assertPositioned("invalid Zipkin JSON", failure(new ZipkinLoader(), "\"span\""));
        assertPositioned("invalid Chrome trace JSON", failure(new ChromeLoader(), "{\"traceEvents\": 5}"));
        assertPositioned("invalid Chrome trace JSON", failure(new ChromeLoader(), "[\"B\"]"));
    }

    @Test
    void wrongFieldTypesAreWarnings() throws Exception {
        Recording recording = new ZipkinLoader().load(Fixtures.write(directory, "z.json", """
                [{"traceId": {"x": 1}, "id": "1", "timestamp": 5},
                 {"traceId": "t", "id": "2", "timestamp": "soon"},
                 {"traceId": "t", "id": "3", "timestamp": 5, "duration": [1], "tags": {"k": {"nested": 1}}}]
                """), LoadRequest.everything());
        assertEquals(1, recording.spans().size());
        assertEquals(2, new RecordingStats(recording).warnings("missing-field"));
        assertEquals(5_000L, recording.spans().get(0).endNanos());
    }

    private static String otlp(String spans) {
        return "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [" + spans + "]}]}]}";
    }

    /** A span of trace aa…aa; short ids are padded to 16 hex digits (a valid OTLP span id). */
    private static String otlpSpan(String id, String parent, long start, long end) {
        return "{\"traceId\": \"" + "a".repeat(32) + "\", \"spanId\": \"" + spanId(id) + "\", \"parentSpanId\": \""
                + spanId(parent) + "\", \"name\": \"s" + id + "\", \"startTimeUnixNano\": " + start
                + ", \"endTimeUnixNano\": " + end + "}";
    }

    private static String spanId(String id) {
        return id.isEmpty() ? "" : "0".repeat(16 - id.length()) + id;
    }

    @Test
    void extremeTimesDoNotOverflow() throws Exception {
        Recording recording = new OtlpLoader().load(Fixtures.write(directory, "extreme.json", otlp(String.join(",",
                otlpSpan("01", "", Long.MIN_VALUE, Long.MIN_VALUE + 1), otlpSpan("02", "", 0, Long.MAX_VALUE)))),
                LoadRequest.everything());
        assertEquals(Long.MIN_VALUE, recording.info().startNanos());
        assertEquals(Long.MAX_VALUE, recording.info().durationNanos());
        Recording chrome = new ChromeLoader().load(Fixtures.write(directory, "extreme-chrome.json",
                "[{\"ph\": \"X\", \"ts\": 1e300, \"dur\": 1e300, \"pid\": 1, \"tid\": 1},"
                        + " {\"ph\": \"X\", \"ts\": -1e300, \"dur\": -1e300, \"pid\": 1, \"tid\": 1},"
                        + " {\"ph\": \"X\", \"ts\": 10, \"dur\": -5, \"pid\": 1, \"tid\": 1}]"),
                LoadRequest.everything());
        assertEquals(3, chrome.spans().size());
        assertEquals(Long.MAX_VALUE, chrome.spans().get(0).endNanos(), "saturated, not wrapped");
        assertEquals(Long.MIN_VALUE, chrome.spans().get(1).endNanos(), "saturated, not wrapped");
        assertEquals(1, new RecordingStats(chrome).warnings("negative-duration"), chrome.warnings().toString());
        assertEquals(10_000L, chrome.spans().get(2).endNanos(), "clamped to the start");
    }

    @Test
    void extremeMicrosecondTimesAreWarnedNotThrown() throws Exception {
        String min = Long.toString(Long.MIN_VALUE);
        Recording jaeger = new JaegerLoader().load(Fixtures.write(directory, "j.json",
                "{\"traceID\": \"1\", \"spans\": [{\"traceID\": \"1\", \"spanID\": \"2\", \"startTime\": " + min
                        + ", \"duration\": " + min + "}]}"), LoadRequest.everything());
        assertEquals(2, new RecordingStats(jaeger).warnings("invalid-field"));
        Recording zipkin = new ZipkinLoader().load(Fixtures.write(directory, "z.json",
                "[{\"traceId\": \"1\", \"id\": \"2\", \"timestamp\": " + min + "}]"), LoadRequest.everything());
        assertEquals(0, zipkin.spans().size());
        assertEquals(1, new RecordingStats(zipkin).warnings("missing-field"));
    }

    @Test
    void parentCycleIsCutWithAWarning() throws Exception {
        Recording recording = new OtlpLoader().load(Fixtures.write(directory, "cycle.json", otlp(String.join(",",
                otlpSpan("01", "03", 1, 2), otlpSpan("02", "01", 1, 2), otlpSpan("03", "02", 1, 2),
                otlpSpan("04", "04", 1, 2)))), LoadRequest.everything());
        RecordingStats stats = new RecordingStats(recording);
        assertEquals(2, stats.warnings("parent-cycle"), "one 3-cycle and one self-parent");
        assertEquals(2, stats.roots());
        assertEquals("", recording.spans().get(0).parentSpanId(), "the cycle is cut where the walk re-entered it");
        assertEquals("", recording.spans().get(3).parentSpanId());
    }

    @Test
    void hundredThousandDeepChainLoadsWithoutRecursion() throws Exception {
        int depth = 100_000;
        StringBuilder spans = new StringBuilder();
        // children before parents, so a walk from the first span climbs the whole chain
        for (int i = depth - 1; i >= 0; i--) {
            if (spans.length() > 0) {
                spans.append(',');
            }
            spans.append(otlpSpan(String.format(Locale.ROOT, "%016x", i + 1), i == 0 ? "" : String.format(Locale.ROOT, "%016x", i),
                    1_000L + i, 1_000L + 2L * depth - i));
        }
        Recording recording = new OtlpLoader().load(Fixtures.write(directory, "deep.json", otlp(spans.toString())),
                LoadRequest.everything());
        assertEquals(depth, recording.spans().size());
        assertEquals(1, new RecordingStats(recording).roots());
        assertEquals(0, recording.warnings().size(), recording.warnings().toString());
    }

    @Test
    void hundredThousandDeepCycleIsCutOnce() throws Exception {
        int depth = 100_000;
        StringBuilder spans = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                spans.append(',');
            }
            spans.append(otlpSpan(String.format(Locale.ROOT, "%016x", i + 1), String.format(Locale.ROOT, "%016x", (i + 1) % depth + 1), 1, 2));
        }
        Recording recording = new OtlpLoader().load(Fixtures.write(directory, "deepcycle.json", otlp(spans.toString())),
                LoadRequest.everything());
        assertEquals(1, new RecordingStats(recording).warnings("parent-cycle"));
        assertEquals(1, new RecordingStats(recording).roots());
    }

    @Test
    void duplicateIdsOrphansNegativeDurationsAndClockSkewAreWarnings() throws Exception {
        Recording recording = new OtlpLoader().load(Fixtures.write(directory, "odd.json", otlp(String.join(",",
                otlpSpan("01", "", 100, 200), otlpSpan("01", "", 150, 160), otlpSpan("02", "01", 90, 210),
                otlpSpan("03", "99", 300, 250), "{\"spanId\": \"04\", \"name\": \"no-trace\"}"))),
                LoadRequest.everything());
        RecordingStats stats = new RecordingStats(recording);
        assertEquals(1, stats.warnings("duplicate-span-id"));
        assertEquals(1, stats.warnings("orphan-span"));
        assertEquals(1, stats.warnings("negative-duration"));
        assertEquals(1, stats.warnings("clock-skew"));
        assertTrue(stats.warnings("missing-field") >= 1);
        assertEquals(4, recording.spans().size(), "the span without a trace id is dropped");
        Span copy = recording.spans().get(1);
        assertEquals("0000000000000001#2", copy.spanId());
        Span negative = recording.spans().get(3);
        assertEquals(300L, negative.startNanos());
        assertEquals(300L, negative.endNanos(), "clamped to the start");
        assertEquals("0000000000000099", negative.parentSpanId(), "an orphan keeps its parent id");
    }
}
