package dev.flightpath.loaders.chrome;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.spans.JsonInput;
import dev.flightpath.loaders.spans.JsonTree;
import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanRecordingAssembler;
import dev.flightpath.loaders.spans.StreamWalker;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import java.io.IOException;
import java.nio.file.Path;
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
        String producer = "";
        try (JsonParser parser = JsonInput.open(file)) {
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
                    producer = readObject(walker, handler);
                    if (parser.nextToken() != null) {
                        throw walker.error("unexpected content after the top-level value");
                    }
                }
            } catch (JsonProcessingException e) {
                throw JsonInput.malformed(file, e, parser);
            }
        }
        List<SpanDraft> drafts = handler.finish();
        Map<String, Long> counts = handler.counts();
        return SpanRecordingAssembler.assemble(InputFormat.CHROME_JSON, producer, drafts, handler.processes(),
                counts, warnings, false);
    }

    /** The top-level object's fields; returns the producer named by its metadata, or "". */
    private static String readObject(StreamWalker walker, ChromeEventHandler handler)
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
