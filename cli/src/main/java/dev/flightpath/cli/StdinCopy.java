package dev.flightpath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Stdin saved to a temporary file, so that loaders needing a file (and random access) can read it. */
final class StdinCopy {
    private final Path file;

    private StdinCopy(Path file) {
        this.file = file;
    }

    static StdinCopy read(InputStream in) throws IOException {
        Path file = Files.createTempFile("flightpath-stdin-", ".input");
        file.toFile().deleteOnExit(); // in case of an exit that skips the delete below
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new StdinCopy(file);
    }

    Path file() {
        return file;
    }

    /** Deletes the copy; if that fails, the JVM's exit does (see {@link #read}). */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left to deleteOnExit
        }
    }
}
