package dev.flightpath.loaders.chrome;

import java.io.Writer;
import java.util.function.ObjIntConsumer;

/**
 * Receives the {@code systemTraceEvents} string in pieces (Jackson's
 * {@code JsonParser.getText(Writer)} writes it here) and hands on one line at a time, with its
 * 1-based line number. A line longer than {@link #MAX_LINE_CHARS} is not kept: its first
 * characters go on, cut, and {@link #longLines()} counts it, so an enormous line costs no memory.
 */
final class SystraceLines extends Writer {
    /** No ftrace line comes near this; a longer one is garbage. */
    static final int MAX_LINE_CHARS = 64 * 1024;

    private final ObjIntConsumer<String> lines;
    private final StringBuilder line = new StringBuilder();
    private int lineNumber = 1;
    private boolean overlong;
    private long longLines;
    private boolean closed;

    /** @param lines takes each line (without its line break) and its number */
    SystraceLines(ObjIntConsumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c == '\n') {
                endLine();
            } else if (line.length() < MAX_LINE_CHARS) {
                line.append(c);
            } else {
                overlong = true;
            }
        }
    }

    private void endLine() {
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        if (overlong) {
            longLines++;
            lines.accept(null, lineNumber);
        } else {
            lines.accept(line.toString(), lineNumber);
        }
        line.setLength(0);
        overlong = false;
        lineNumber++;
    }

    /** Lines longer than {@link #MAX_LINE_CHARS}, handed on as {@code null}. */
    long longLines() {
        return longLines;
    }

    @Override
    public void flush() {
        // lines go on as they end
    }

    /** Hands on the last line when the text does not end with a line break. */
    @Override
    public void close() {
        if (!closed && (line.length() > 0 || overlong)) {
            endLine();
        }
        closed = true;
    }
}
