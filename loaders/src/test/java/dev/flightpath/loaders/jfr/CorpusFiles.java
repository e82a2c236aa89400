package dev.flightpath.loaders.jfr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus: skipped when absent, except in CI where its absence fails the test. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static Path file(String folder, String name) {
        Path corpus = Path.of(System.getProperty("flightpath.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
        boolean present = Files.isDirectory(corpus.resolve(folder));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("the corpus is missing in CI: " + corpus);
        }
        assumeTrue(present, "corpus not found at " + corpus);
        return corpus.resolve(folder).resolve(name);
    }
}
