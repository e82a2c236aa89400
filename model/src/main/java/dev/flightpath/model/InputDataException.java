package dev.flightpath.model;

import java.nio.file.Path;

/**
 * The input is missing, unreadable, corrupt or of the wrong format. The message reads
 * {@code <problem> '<file>'[: <detail>]}, for example {@code not a JFR recording 'x.bin'} or
 * {@code malformed JSON 'spans.json': line 3, column 17: unexpected end of input}; the CLI prefixes
 * the command name and exits with code 1.
 */
public final class InputDataException extends Exception {
    private final String problem;
    private final transient Path file;
    private final String detail;

    public InputDataException(String problem, Path file, String detail) {
        this(problem, file, detail, null);
    }

    public InputDataException(String problem, Path file, String detail, Throwable cause) {
        super(format(problem, file, detail), cause);
        this.problem = problem;
        this.file = file;
        this.detail = detail;
    }

    public String problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** Where in the file and what exactly, or null. */
    public String detail() {
        return detail;
    }

    private static String format(String problem, Path file, String detail) {
        String message = problem + " '" + file + "'";
        return detail == null || detail.isEmpty() ? message : message + ": " + detail;
    }
}
