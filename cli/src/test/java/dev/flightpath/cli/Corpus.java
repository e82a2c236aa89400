package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus of real recordings: tests skip without it, except in CI, where they fail. */
final class Corpus {
    private Corpus() {
    }

    static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }

    static Path jfr(String name) {
        String root = System.getProperty("flightpath.corpus");
        Path file = root == null ? null : Path.of(root, "jfr", name);
        if (file == null || !Files.isRegularFile(file)) {
            String why = "corpus file " + name + " not found (system property flightpath.corpus = " + root + ")";
            if (inCi()) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        return file;
    }
}
