package dev.flightpath.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An output file that cannot be written (no such directory, permission denied, disk full): one
 * line, {@code cannot write '<file>': <why>}, and exit code 2. Never reported as bad input.
 */
final class OutputFailure extends Exception {
    OutputFailure(Path target, String reason) {
        super("cannot write '" + target + "': " + reason);
    }

    /** The failure of writing {@code target}, with the reason said in words. */
    static OutputFailure of(Path target, IOException e) {
        return new OutputFailure(target, reason(target, e));
    }

    private static String reason(Path target, IOException e) {
        Path directory = target.toAbsolutePath().getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            return Files.exists(directory) ? "'" + directory + "' is not a directory" : "no such directory";
        }
        if (Files.isDirectory(target)) {
            return "it is a directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
