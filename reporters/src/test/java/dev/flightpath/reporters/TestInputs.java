package dev.flightpath.reporters;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.Recording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real recordings the reporters' browser tests draw: the repository's samples, and the shared
 * corpus (tests skip without it, except in CI, where they fail).
 */
public final class TestInputs {
    /** Every sample recording, for the tests that run once per sample. */
    public static final List<String> SAMPLES = List.of("guild-fanout-jdk17.jfr", "guild-fanout-recorder.jfr",
            "guild-fanout-otlp.jsonl", "guild-fanout-beam.trace", "chrome-systrace-sched.json");

    private TestInputs() {
    }

    public static Stream<String> samples() {
        return SAMPLES.stream();
    }

    public static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }

    public static Path sample(String name) {
        return Path.of(System.getProperty("flightpath.root", "..")).toAbsolutePath().normalize()
                .resolve("sample-recordings").resolve(name);
    }

    /** A JFR file of the corpus. */
    public static Path corpusJfr(String name) {
        Path file = Path.of(System.getProperty("flightpath.corpus", "../../shared/corpus"), "jfr", name);
        if (!Files.isRegularFile(file)) {
            if (inCi()) {
                fail("the corpus is missing in CI: " + file);
            }
            assumeTrue(false, "corpus file not found: " + file);
        }
        return file;
    }

    /** A recording with everything in it, its format detected. */
    public static Recording load(Path file) {
        try {
            return RecordingLoader.load(file, null, LoadRequest.everything());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputDataException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
