package dev.flightpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * How one result type is printed: its table reporter (for people) and its JSON reporter (for
 * scripts). {@link FormatOption#print} picks one by {@code --format}.
 */
record ResultPrinter<T>(Table<T> table, Json<T> json) {
    /** A table reporter's {@code write}. */
    interface Table<T> {
        void write(T result, PrintWriter out);
    }

    /** A JSON reporter's {@code write}. */
    interface Json<T> {
        void write(T result, Writer out) throws IOException;
    }
}
