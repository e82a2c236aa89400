package dev.flightpath.loaders.chrome;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.flightpath.loaders.FormatDetector;
import dev.flightpath.loaders.InputFiles;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.spans.JsonInput;
import dev.flightpath.loaders.spans.JsonTree;
import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanRecordingAssembler;
import dev.flightpath.loaders.spans.StreamWalker;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SchedulingTable;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Chrome Trace Event Format / Perfetto JSON: a bare array of events or an object with
 * {@code traceEvents}. Events are streamed one at a time. An array without its closing bracket
 * (the format's allowed "partial" file) ends after its last complete event. See
 * {@code package-info.java} for the mapping.
 */
public final class ChromeLoader implements Loader {
    @Override
    public InputFormat format() {
        return InputFormat.CHROME_JSON;
    }

    @Override
    public Recording load(Path file, LoadRequest request) throws InputDataException, IOException {
        WarningLog warnings = new WarningLog();
        ChromeEventHandler handler = new ChromeEventHandler(warnings);
        SystraceScheduling systrace = null;
        String producer = "";
        try (JsonParser parser = JsonInput.openAllowingLongStrings(file)) {
            try {
                StreamWalker walker = new StreamWalker(parser, file, "invalid Chrome trace JSON");
                JsonToken token = parser.nextToken();
                if (token == null) {
                    throw walker.error("the file holds no JSON value");
                }
                if (token == JsonToken.START_ARRAY) {
                    readEvents(walker, handler, true);
                } else {
                    walker.expect(JsonToken.START_OBJECT, "the top-level value");
                    Systrace wanted = new Systrace(request.wants(DataKind.SCHEDULING), handler, warnings, file);
                    producer = readObject(walker, handler, wanted);
                    systrace = wanted.reader;
                    if (parser.nextToken() != null) {
                        throw walker.error("unexpected content after the top-level value");
                    }
                }
            } catch (JsonProcessingException | CharConversionException e) {
                throw JsonInput.malformed(file, e, parser);
            }
        }
        List<SpanDraft> drafts = handler.finish();
        SchedulingTable scheduling = systrace == null ? SchedulingTable.empty() : systrace.finish();
        Map<String, Long> counts = new LinkedHashMap<>(handler.counts());
        if (systrace != null) {
            counts.putAll(systrace.counts());
        }
        Recording spans = SpanRecordingAssembler.assemble(InputFormat.CHROME_JSON, producer, drafts,
                handler.processes(), counts, warnings, false);
        if (systrace == null || !systrace.hasEvents()) {
            return spans;
        }
        return withScheduling(spans, scheduling, systrace);
    }

    /**
     * The recording with the systrace's intervals; its time range also covers the systrace's
     * events, and with no spans its time base is {@link RecordingInfo.TimeBase#MONOTONIC}.
     */
    private static Recording withScheduling(Recording spans, SchedulingTable scheduling, SystraceScheduling systrace) {
        RecordingInfo info = spans.info();
        long start = systrace.firstNanos();
        long end = systrace.lastNanos();
        RecordingInfo.TimeBase timeBase = RecordingInfo.TimeBase.MONOTONIC;
        if (!spans.spans().isEmpty()) {
            start = Math.min(start, info.startNanos());
            end = Math.max(end, saturatedSum(info.startNanos(), info.durationNanos()));
            timeBase = info.timeBase();
        }
        RecordingInfo combined = new RecordingInfo(info.format(), info.formatVersion(), info.producer(), info.runtime(),
                start, saturatedDifference(end, start), info.chunkCount(), info.truncated(), timeBase);
        return new Recording(combined, spans.eventCounts(), spans.processes(), spans.spans(), spans.messages(),
                scheduling, spans.pauses(), spans.stacks(), spans.samples(), spans.droppedEvents(), spans.warnings());
    }

    private static long saturatedSum(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            return b < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static long saturatedDifference(long end, long start) {
        try {
            return Math.max(0, Math.subtractExact(end, start));
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether {@code systemTraceEvents} is to be read, and its reader once it has been. */
    private static final class Systrace {
        final boolean wanted;
        final ChromeEventHandler handler;
        final WarningLog warnings;
        final Path file;
        SystraceScheduling reader;

        Systrace(boolean wanted, ChromeEventHandler handler, WarningLog warnings, Path file) {
            this.wanted = wanted;
            this.file = file;
            this.handler = handler;
            this.warnings = warnings;
        }
    }

    /**
     * Streams the {@code systemTraceEvents} string, line by line, into a {@link SystraceScheduling}.
     * Anything but a string (Fuchsia traces put an object here) is skipped with a warning.
     */
    private static void readSystrace(JsonParser parser, Systrace systrace) throws IOException {
        String where = "systemTraceEvents at " + FormatDetector.position(parser.currentTokenLocation())
                .replaceFirst(": $", "");
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            systrace.warnings.add("systrace-not-text", where + " is " + StreamWalker.describe(parser.currentToken())
                    + ", not ftrace text; skipped");
            parser.skipChildren();
            return;
        }
        SystraceScheduling reader = new SystraceScheduling(systrace.handler.processes(), systrace.warnings, where);
        try (SystraceLines lines = new SystraceLines(reader::line)) {
            // Straight from the file when the parser counts bytes (Jackson then skips the value
            // without keeping it); else through Jackson, which holds the whole value meanwhile.
            long quoteOffset = parser.currentTokenLocation().getByteOffset();
            if (InputFiles.isGzip(systrace.file) || !JsonStringStream.copy(systrace.file, quoteOffset, lines)) {
                parser.getText(lines);
            }
        }
        systrace.reader = reader;
    }

    /** The top-level object's fields; returns the producer named by its metadata, or "". */
    private static String readObject(StreamWalker walker, ChromeEventHandler handler, Systrace systrace)
            throws IOException, InputDataException {
        JsonParser parser = walker.parser();
        String producer = "";
        boolean sawEvents = false;
        while (walker.next() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            walker.next();
            switch (field) {
                case "traceEvents":
                    walker.expect(JsonToken.START_ARRAY, "'traceEvents'");
                    readEvents(walker, handler, false);
                    sawEvents = true;
                    break;
                case "systemTraceEvents":
                    if (systrace.wanted) {
                        readSystrace(parser, systrace);
                    } else {
                        parser.skipChildren();
                    }
                    break;
                case "metadata":
                case "clientInfo":
                case "otherData":
                    Map<String, Object> info = JsonValues.asObject(JsonTree.read(parser));
                    if (producer.isEmpty() && info != null) {
                        producer = producer(info);
                    }
                    break;
                default:
                    parser.skipChildren();
                    break;
            }
        }
        if (!sawEvents) {
            throw walker.error("no 'traceEvents' array in the top-level object");
        }
        return producer;
    }

    static String producer(Map<String, Object> info) {
        String value = JsonValues.string(info, "product-version", "version", "source", "bazel_version");
        return value == null ? "" : value;
    }

    /** Reads events until the array closes; a top-level array may also just stop (partial file). */
    private static void readEvents(StreamWalker walker, ChromeEventHandler handler, boolean topLevel)
            throws IOException, InputDataException {
        JsonParser parser = walker.parser();
        while (true) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JsonEOFException e) {
                if (topLevel) {
                    return; // the Trace Event Format lets a writer leave out the closing bracket
                }
                throw e;
            } catch (JsonParseException e) {
                if (topLevel && e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                    return; // the same after a trailing comma
                }
                throw e;
            }
            if (token == null && topLevel) {
                return;
            }
            if (token == null) {
                throw new JsonEOFException(parser, null, "unexpected end of input in 'traceEvents'");
            }
            if (token == JsonToken.END_ARRAY) {
                return;
            }
            walker.expect(JsonToken.START_OBJECT, "each trace event");
            Map<String, Object> event = JsonValues.asObject(JsonTree.read(parser));
            handler.handle(event);
        }
    }
}
