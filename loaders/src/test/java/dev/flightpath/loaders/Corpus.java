package dev.flightpath.loaders;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The shared corpus of real files, found through the system property {@code flightpath.corpus}.
 * Without it a corpus test is skipped, except on CI ({@code CI=true}), where it fails.
 */
public final class Corpus {
    private Corpus() {
    }

    /** The file {@code folder/name} of the corpus; skips or fails the test when there is no corpus. */
    public static Path file(String folder, String name) {
        Path file = folder(folder).resolve(name);
        assertTrue(Files.isRegularFile(file), "corpus file missing: " + file);
        return file;
    }

    public static Path folder(String folder) {
        String property = System.getProperty("flightpath.corpus");
        Path root = property == null ? null : Paths.get(property);
        boolean present = root != null && Files.isDirectory(root.resolve(folder));
        if (!present) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("the corpus is required on CI but was not found at " + root);
            }
            assumeTrue(false, "no corpus at " + root + "; skipped");
        }
        return root.resolve(folder);
    }
}
