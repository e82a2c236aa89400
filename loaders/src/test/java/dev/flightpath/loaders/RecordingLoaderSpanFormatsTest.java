package dev.flightpath.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The loader switch reaches the four span loaders, through detection and by a forced format. */
class RecordingLoaderSpanFormatsTest {
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "otlp,   opentelemetry-proto__examples-trace.json,   OTLP_JSON,   1",
        "jaeger, jaeger-ui__petclinic-normal-bare-trace.json, JAEGER_JSON, 5",
        "zipkin, zipkin__lens-skew.json,                     ZIPKIN_JSON, 4",
        "chrome, speedscope__trace-event-multiprocess.json,  CHROME_JSON, 8",
    })
    void loadsThroughTheSwitch(String folder, String name, InputFormat format, int spans) throws Exception {
        Recording detected = RecordingLoader.load(Corpus.file(folder, name), null, LoadRequest.everything());
        Recording forced = RecordingLoader.load(Corpus.file(folder, name), format, LoadRequest.countsOnly());
        assertEquals(format, detected.info().format());
        assertEquals(spans, detected.spans().size());
        assertEquals(detected.spans(), forced.spans());
        assertEquals(format, RecordingLoader.loaderFor(format).format());
    }
}
