package dev.flightpath.loaders.jaeger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.loaders.Corpus;
import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.FormatDetector;
import dev.flightpath.loaders.JsonText;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other shapes Jaeger writes, made from a real trace of the corpus: the query service's
 * {@code {"data": trace}} (one trace as an object), the bare span array of Jaeger's anonymizer and
 * storage exports (each span embeds its {@code process}; see jaeger's
 * cmd/anonymizer/app/uiconv/fixtures/trace_success.json for the shape), and API v3 (OTLP inside
 * {@code result}). Each reads as the bare trace does.
 */
class JaegerShapesTest {
    private static final String TRACE = "jaeger-ui__petclinic-normal-bare-trace.json";

    @TempDir
    Path directory;

    @Test
    void dataHoldingOneTraceObject() throws Exception {
        Path bare = Corpus.file("jaeger", TRACE);
        Path wrapped = Fixtures.write(directory, "data-object.json", "{\"data\": " + Files.readString(bare) + "}");
        assertSameAsBare(wrapped);
    }

    @Test
    void bareSpanArrayWithEmbeddedProcesses() throws Exception {
        Map<?, ?> trace = (Map<?, ?>) JsonText.read(Corpus.file("jaeger", TRACE));
        Map<?, ?> processes = (Map<?, ?>) trace.get("processes");
        List<Object> spans = new ArrayList<>();
        for (Object item : (List<?>) trace.get("spans")) {
            Map<String, Object> span = new LinkedHashMap<>();
            ((Map<?, ?>) item).forEach((key, value) -> span.put(key.toString(), value));
            span.put("process", processes.get(span.remove("processID")));
            spans.add(span);
        }
        Path array = Fixtures.write(directory, "span-array.json", JsonText.write(spans));
        assertSameAsBare(array);
    }

    @Test
    void apiV3IsOtlpInsideResult() throws Exception {
        Path file = Corpus.file("otlp", "jaeger__apiv3-GetTrace-result-wrapper.json");
        assertEquals(InputFormat.OTLP_JSON, FormatDetector.detect(file));
        Recording recording = RecordingLoader.load(file, null, LoadRequest.everything());
        assertEquals(1, recording.spans().size());
        assertEquals("foobar", recording.spans().get(0).name());
        assertEquals("00000000000000000000000000000001", recording.spans().get(0).traceId());
    }

    private void assertSameAsBare(Path reshaped) throws Exception {
        assertEquals(InputFormat.JAEGER_JSON, FormatDetector.detect(reshaped));
        Recording expected = RecordingLoader.load(Corpus.file("jaeger", TRACE), null, LoadRequest.everything());
        Recording actual = RecordingLoader.load(reshaped, null, LoadRequest.everything());
        assertEquals(expected.spans(), actual.spans());
        assertEquals(expected.processes(), actual.processes());
        assertEquals(expected.messages().size(), actual.messages().size());
        assertEquals(expected.warnings(), actual.warnings());
    }
}
