package dev.flightpath.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a command writes a file ({@code -o}, {@code --junit}, ...): {@code -} is stdout; a file is
 * written to a temporary file beside it and moved into place only when complete, so a failure
 * never leaves a half-written file. Problems writing are {@link OutputFailure}s (exit 2).
 */
final class OutputTarget {
    /** The name that means stdout. */
    static final String STDOUT = "-";

    private final Path path;

    OutputTarget(Path path) {
        this.path = path;
    }

    /** Whether this target is stdout. */
    boolean isStdout() {
        return isStdout(path);
    }

    static boolean isStdout(Path path) {
        return path != null && STDOUT.equals(path.toString());
    }

    Path path() {
        return path;
    }

    /** What writes the content; it may fail for reasons of its own, which then propagate. */
    interface Content {
        void writeTo(Writer out) throws Exception;
    }

    /**
     * Writes {@code content} to the target ({@code stdout} when it is {@code -}). Characters that
     * UTF-8 cannot encode (a lone surrogate) become '?' rather than ending the write.
     */
    void write(PrintWriter stdout, Content content) throws Exception {
        if (isStdout()) {
            content.writeTo(stdout);
            stdout.flush();
            return;
        }
        Path absolute = path.toAbsolutePath();
        Path directory = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new OutputFailure(path, "it is a directory");
        }
        // Not Files.createTempFile: its files are private (0600); this one gets the usual permissions.
        Path temporary = directory.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(System.nanoTime()) + ".tmp");
        boolean moved = false;
        try {
            writeFile(temporary, content);
            move(temporary, absolute);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private void writeFile(Path temporary, Content content) throws Exception {
        Writer out;
        try {
            OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw OutputFailure.of(path, e);
        }
        try {
            content.writeTo(out);
        } catch (IOException e) {
            closeAfterFailure(out);
            throw OutputFailure.of(path, e); // the reporters only write: their I/O errors are the file's
        } catch (UncheckedIOException e) {
            closeAfterFailure(out);
            throw OutputFailure.of(path, e.getCause());
        } catch (Exception | Error e) {
            closeAfterFailure(out);
            throw e;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw OutputFailure.of(path, e); // flushing the last bytes failed (disk full)
        }
    }

    /** Closes the temporary file after a failure; it is deleted next, so its close may fail too. */
    private static void closeAfterFailure(Writer out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // the first failure is the one to report
        }
    }

    private void move(Path temporary, Path target) throws OutputFailure {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw OutputFailure.of(path, e);
        }
    }
}
