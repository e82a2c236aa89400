package dev.flightpath.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the tests find the repository's samples and the shared corpus. */
final class TestFiles {
    private TestFiles() {
    }

    static Path root() {
        return Path.of(System.getProperty("flightpath.root", "..")).toAbsolutePath().normalize();
    }

    static Path sample(String name) {
        return root().resolve("sample-recordings").resolve(name);
    }

    /** A corpus folder; skips the test when the corpus is absent, except in CI where that fails. */
    static Path corpus(String folder) {
        Path corpus = Path.of(System.getProperty("flightpath.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
        boolean present = Files.isDirectory(corpus.resolve(folder));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("the corpus is missing in CI: " + corpus);
        }
        assumeTrue(present, "corpus not found at " + corpus);
        return corpus.resolve(folder);
    }

    static List<Path> corpusFiles(String folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(corpus(folder))) {
            return files.filter(file -> file.getFileName().toString().endsWith(extension)).sorted()
                    .collect(Collectors.toList());
        }
    }
}
