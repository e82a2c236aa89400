package dev.flightpath.loaders.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one scratch file a fuzzing JVM rewrites for each input (loaders read files, not bytes). */
final class FuzzFiles {
    private FuzzFiles() {
    }

    static Path scratch() throws IOException {
        return Holder.FILE;
    }

    /** Created on first use and deleted when the JVM exits. */
    private static final class Holder {
        static final Path FILE = create();

        private static Path create() {
            try {
                Path file = Files.createTempFile("flightpath-fuzz", ".input");
                file.toFile().deleteOnExit();
                return file;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
