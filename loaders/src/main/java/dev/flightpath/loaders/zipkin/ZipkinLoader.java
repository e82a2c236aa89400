package dev.flightpath.loaders.zipkin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.spans.JsonInput;
import dev.flightpath.loaders.spans.JsonTree;
import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanRecordingAssembler;
import dev.flightpath.loaders.spans.StreamWalker;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Zipkin v2 JSON: an array of spans, or one bare span object. The array is streamed, one
 * span object at a time. Zipkin v1 is refused with a clear error. See {@code package-info.java}.
 */
public final class ZipkinLoader implements Loader {
    static final String PRODUCER = "Zipkin";

    @Override
    public InputFormat format() {
        return InputFormat.ZIPKIN_JSON;
    }

    @Override
    public Recording load(Path file, LoadRequest request) throws InputDataException, IOException {
        WarningLog warnings = new WarningLog();
        ZipkinSpanConverter converter = new ZipkinSpanConverter(warnings);
        List<ZipkinSpan> spans = new ArrayList<>();
        long spanObjects = 0;
        try (JsonParser parser = JsonInput.open(file)) {
            try {
                StreamWalker walker = new StreamWalker(parser, file, "invalid Zipkin JSON");
                JsonToken token = parser.nextToken();
                if (token == null) {
                    throw walker.error("the file holds no JSON value");
                }
                boolean array = token == JsonToken.START_ARRAY;
                if (!array) {
                    walker.expect(JsonToken.START_OBJECT, "the top-level value");
                }
                while (!array || walker.next() != JsonToken.END_ARRAY) {
                    walker.expect(JsonToken.START_OBJECT, "each span");
                    Map<String, Object> span = JsonValues.asObject(JsonTree.read(parser));
                    if (ZipkinSpanConverter.isV1(span)) {
                        throw JsonInput.invalid("unsupported Zipkin v1 JSON", file, parser,
                                "this span is Zipkin v1 (its annotations carry endpoints; it has no kind or"
                                + " localEndpoint); only Zipkin v2 is supported: fetch the trace from /api/v2"
                                + " or convert it to v2 first");
                    }
                    spanObjects++;
                    ZipkinSpan converted = converter.convert(span);
                    if (converted != null) {
                        spans.add(converted);
                    }
                    if (!array) {
                        break;
                    }
                }
                if (parser.nextToken() != null) {
                    throw walker.error("unexpected content after the top-level value");
                }
            } catch (JsonProcessingException | CharConversionException e) {
                throw JsonInput.malformed(file, e, parser);
            }
        }
        List<String> services = SharedSpanSplitter.split(spans);
        ProcessTable processes = new ProcessTable();
        List<SpanDraft> drafts = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            String service = services.get(i);
            drafts.add(spans.get(i).draft().processId(processes.intern(ProcessKind.SERVICE, service, service)));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("span", spanObjects);
        counts.put("annotation", converter.annotations());
        return SpanRecordingAssembler.assemble(InputFormat.ZIPKIN_JSON, PRODUCER, drafts, processes, counts,
                warnings, true);
    }
}
