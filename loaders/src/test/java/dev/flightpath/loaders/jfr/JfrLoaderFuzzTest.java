package dev.flightpath.loaders.jfr;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.flightpath.loaders.FormatDetector;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzz test (Jazzer) of format detection and the JFR loader: every input must end
 * in a recording or an {@link InputDataException}; any other exception, a hang or running out of
 * memory is a finding. Under {@code mvn verify} it replays the saved inputs (regression mode:
 * {@code src/test/resources/dev/flightpath/loaders/jfr/JfrLoaderFuzzTestInputs/jfr/}: a real
 * async-profiler recording from the corpus, and that file with a header marked in progress and with a
 * damaged second chunk); with {@code JAZZER_FUZZ=1} it fuzzes for
 * the campaign's duration. Both reading paths run: the fast sample reader, and the consumer with
 * every kind of data asked for.
 */
class JfrLoaderFuzzTest {
    private static final Path SCRATCH = scratch();

    @FuzzTest(maxDuration = "5m")
    void jfr(byte[] input) throws IOException {
        Files.write(SCRATCH, input);
        try {
            if (FormatDetector.detect(SCRATCH) != InputFormat.JFR) {
                return;
            }
        } catch (InputDataException refused) {
            return;
        }
        loadOrRefuse(new JfrLoader(), LoadRequest.of(dev.flightpath.model.DataKind.SAMPLES));
        loadOrRefuse(new JfrLoader(JfrLoader.SampleReading.CONSUMER_ONLY), LoadRequest.everything());
    }

    private static void loadOrRefuse(JfrLoader loader, LoadRequest request) throws IOException {
        try {
            loader.load(SCRATCH, request);
        } catch (InputDataException refused) {
            // a clean input error
        }
    }

    private static Path scratch() {
        try {
            Path file = Files.createTempFile("flightpath-jfr-fuzz", ".jfr");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
