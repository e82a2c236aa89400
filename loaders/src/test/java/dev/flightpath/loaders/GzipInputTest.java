package dev.flightpath.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A gzip-compressed file of any format is detected by its content and read as the plain file is. */
class GzipInputTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "chrome, catapult__simple-trace.json, CHROME_JSON",
        "chrome, speedscope__trace-event-simple-partial-unterminated.json, CHROME_JSON",
        "chrome, catapult__tcmalloc-systemTraceEvents.json, CHROME_JSON",
        "otlp, opentelemetry-proto__examples-trace.json, OTLP_JSON",
        "otlp, jaeger__apiv3-GetTrace-result-wrapper.json, OTLP_JSON",
        "jaeger, jaeger-ui__petclinic-normal-bare-trace.json, JAEGER_JSON",
        "zipkin, zipkin__lens-messaging-kafka.json, ZIPKIN_JSON",
        "beam, teiserver__fprof-trace-port.trace, BEAM_TRACE"})
    void gzippedFileReadsAsThePlainOne(String folder, String name, InputFormat format) throws Exception {
        Path plain = Corpus.file(folder, name);
        Path gzipped = gzip(Files.readAllBytes(plain), name + ".gz");
        assertEquals(format, FormatDetector.detect(gzipped));
        Recording expected = RecordingLoader.load(plain, null, LoadRequest.everything());
        Recording actual = RecordingLoader.load(gzipped, null, LoadRequest.everything());
        assertEquals(expected.eventCounts(), actual.eventCounts());
        assertEquals(expected.spans(), actual.spans());
        assertEquals(expected.messages().size(), actual.messages().size());
        assertEquals(expected.scheduling().size(), actual.scheduling().size());
        assertEquals(expected.warnings(), actual.warnings());
        assertEquals(expected.info(), actual.info());
    }

    /** gzip data cut off in the middle ends where it stops: a BEAM trace then warns 'truncated'. */
    @Test
    void cutOffGzipEndsTheDataWhereItStops() throws Exception {
        byte[] trace = Files.readAllBytes(Corpus.file("beam", "teiserver__fprof-trace-port.trace"));
        byte[] compressed = Files.readAllBytes(gzip(trace, "whole.trace.gz"));
        Path cut = directory.resolve("cut.trace.gz");
        Files.write(cut, Arrays.copyOf(compressed, compressed.length / 2));
        assertEquals(InputFormat.BEAM_TRACE, FormatDetector.detect(cut));
        Recording recording = RecordingLoader.load(cut, null, LoadRequest.everything());
        assertTrue(recording.info().truncated());
        Recording whole = RecordingLoader.load(Corpus.file("beam", "teiserver__fprof-trace-port.trace"), null,
                LoadRequest.everything());
        assertTrue(recording.totalEvents() > 0 && recording.totalEvents() < whole.totalEvents(),
                recording.totalEvents() + " of " + whole.totalEvents());
    }

    private Path gzip(byte[] content, String name) throws IOException {
        Path file = directory.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }
}
