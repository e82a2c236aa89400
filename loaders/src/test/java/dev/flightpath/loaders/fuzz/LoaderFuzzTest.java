package dev.flightpath.loaders.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.flightpath.loaders.FormatDetector;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.loaders.beam.BeamTraceLoader;
import dev.flightpath.loaders.chrome.ChromeLoader;
import dev.flightpath.loaders.jaeger.JaegerLoader;
import dev.flightpath.loaders.otlp.OtlpLoader;
import dev.flightpath.loaders.zipkin.ZipkinLoader;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzz tests (Jazzer) of format detection and of each span and BEAM loader: every
 * input must end in a recording or an {@link InputDataException}; any other exception, a hang or
 * running out of memory is a finding. Under {@code mvn verify} they replay the saved inputs
 * (regression mode: {@code src/test/resources/.../LoaderFuzzTestInputs/<test>/}, which also holds
 * the inputs of fixed findings); {@code scripts/fuzz.sh} fuzzes each for minutes, seeded from the
 * corpus (JFR is fuzzed by its own test in the jfr package).
 */
class LoaderFuzzTest {
    private static final String CAMPAIGN = "5m";

    @FuzzTest(maxDuration = CAMPAIGN)
    void formatDetection(byte[] input) throws IOException {
        Path file = write(input);
        try {
            InputFormat format = FormatDetector.detect(file);
            if (format != InputFormat.JFR) {
                RecordingLoader.load(file, format, LoadRequest.everything());
            }
        } catch (InputDataException refused) {
            // a clean input error
        }
    }

    @FuzzTest(maxDuration = CAMPAIGN)
    void otlp(byte[] input) throws IOException {
        loadOrRefuse(new OtlpLoader(), write(input));
    }

    @FuzzTest(maxDuration = CAMPAIGN)
    void jaeger(byte[] input) throws IOException {
        loadOrRefuse(new JaegerLoader(), write(input));
    }

    @FuzzTest(maxDuration = CAMPAIGN)
    void zipkin(byte[] input) throws IOException {
        loadOrRefuse(new ZipkinLoader(), write(input));
    }

    @FuzzTest(maxDuration = CAMPAIGN)
    void chrome(byte[] input) throws IOException {
        loadOrRefuse(new ChromeLoader(), write(input));
    }

    @FuzzTest(maxDuration = CAMPAIGN)
    void beam(byte[] input) throws IOException {
        loadOrRefuse(new BeamTraceLoader(), write(input));
    }

    /** Loads everything; an input error is a fine outcome, anything else escapes as a finding. */
    static void loadOrRefuse(Loader loader, Path file) throws IOException {
        try {
            loader.load(file, LoadRequest.everything());
        } catch (InputDataException refused) {
            // a clean input error
        }
    }

    private static Path write(byte[] input) throws IOException {
        Path file = FuzzFiles.scratch();
        Files.write(file, input);
        return file;
    }
}
