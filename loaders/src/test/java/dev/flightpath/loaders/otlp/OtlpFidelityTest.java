package dev.flightpath.loaders.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.Corpus;
import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.FormatDetector;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingStats;
import dev.flightpath.loaders.spans.TextCleaner;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids, text and JSON limits on the OTLP example of opentelemetry-proto (corpus), changed the way
 * real producers and damaged files get them wrong.
 */
class OtlpFidelityTest {
    private static final String EXAMPLE = "opentelemetry-proto__examples-trace.json";
    private static final String TRACE_ID = "5B8EFFF798038103D269B633813FC60C";
    private static final String SPAN_ID = "EEE19B7EC3C1B174";

    @TempDir
    Path directory;

    private Path example(String from, String to) throws Exception {
        String text = Files.readString(Corpus.file("otlp", EXAMPLE));
        assertTrue(text.contains(from), from);
        return Fixtures.write(directory, "changed.json", text.replace(from, to));
    }

    private static LoadWarning warning(Recording recording, String code) {
        return recording.warnings().stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void invalidTraceIdIsNamedAndTheSpanKeptUnderADerivedId() throws Exception {
        Recording recording = new OtlpLoader().load(example(TRACE_ID, "trace-7"), LoadRequest.everything());
        Span span = recording.spans().get(0);
        assertEquals("invalid:trace-7", span.traceId());
        assertEquals("span eee19b7ec3c1b174 has traceId 'trace-7', which is neither 32 hex digits nor base64 of"
                + " 16 bytes; kept as 'invalid:trace-7'", warning(recording, "invalid-id").message());
    }

    @Test
    void shortHexSpanIdIsPaddedAsJaegerWidensIds() throws Exception {
        Recording recording = new OtlpLoader().load(example(SPAN_ID, "C1B174"), LoadRequest.everything());
        assertEquals("0000000000c1b174", recording.spans().get(0).spanId());
        assertTrue(warning(recording, "invalid-id").message().startsWith("a span has spanId 'c1b174'"),
                warning(recording, "invalid-id").message());
    }

    @Test
    void loneSurrogateInANameIsReplaced() throws Exception {
        Recording recording = new OtlpLoader().load(example("\"I'm a server span\"", "\"bad \\ud800 name\""),
                LoadRequest.everything());
        assertEquals("bad \uFFFD name", recording.spans().get(0).name());
        assertEquals(1, new RecordingStats(recording).warnings("invalid-text"));
    }

    @Test
    void aTenMegabyteNameIsCutWithAWarning() throws Exception {
        Recording recording = new OtlpLoader().load(example("\"I'm a server span\"",
                "\"" + "x".repeat(10 << 20) + "\""), LoadRequest.everything());
        assertEquals(TextCleaner.MAX_CHARS, recording.spans().get(0).name().length());
        assertEquals(1, new RecordingStats(recording).warnings("long-text"));
    }

    /** Over Jackson's 20 M characters per string (OTLP has no reason for such a value): refused. */
    @Test
    void aThirtyMegabyteNameIsMalformedJsonWithoutInternals() throws Exception {
        Path file = example("\"I'm a server span\"", "\"" + "x".repeat(30 << 20) + "\"");
        InputDataException refused = assertThrows(InputDataException.class,
                () -> new OtlpLoader().load(file, LoadRequest.everything()));
        assertTrue(refused.getMessage().startsWith("malformed JSON '" + file + "': line 33, column "),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("StreamReadConstraints"), refused.getMessage());
    }

    @Test
    void jacksonLimitsAreMalformedJsonWithAPositionAndNoInternals() throws Exception {
        Path deep = Fixtures.write(directory, "deep.json", "{\"extension\": " + "[".repeat(3000));
        Path longNumber = example("\"startTimeUnixNano\": \"1544712660000000000\"",
                "\"startTimeUnixNano\": " + "1".repeat(2000));
        for (Path file : new Path[] {deep, longNumber}) {
            InputDataException detected = assertThrows(InputDataException.class, () -> {
                FormatDetector.detect(file);
                new OtlpLoader().load(file, LoadRequest.everything());
            });
            assertTrue(detected.getMessage().startsWith("malformed JSON '" + file + "': line "), detected.getMessage());
            assertFalse(detected.getMessage().contains("REDACTED"), detected.getMessage());
            assertFalse(detected.getMessage().contains("StreamReadConstraints"), detected.getMessage());
        }
    }
}
