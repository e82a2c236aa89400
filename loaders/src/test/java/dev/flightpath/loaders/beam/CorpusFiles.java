package dev.flightpath.loaders.beam;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds corpus files through the {@code flightpath.corpus} system property. Without the corpus the
 * test is skipped, except on CI ({@code CI=true}), where a missing corpus is a failure.
 */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static Path beam(String name) {
        String root = System.getProperty("flightpath.corpus");
        Path file = root == null ? null : Path.of(root, "beam", name);
        boolean present = file != null && Files.isRegularFile(file);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("corpus file missing on CI: " + file);
        }
        assumeTrue(present, "corpus file not found: " + file);
        return file;
    }
}
