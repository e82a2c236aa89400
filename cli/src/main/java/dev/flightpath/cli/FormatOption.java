package dev.flightpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --format table|json}, mixed into the commands that print a result. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "table (for people) or json (for scripts; see the README). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    boolean json() {
        return format == OutputFormat.JSON;
    }

    /** Prints {@code result} as a table or as JSON, as {@code --format} says. */
    <T> void print(T result, ResultPrinter<T> printer, PrintWriter out) throws IOException {
        if (json()) {
            printer.json().write(result, out);
        } else {
            printer.table().write(result, out);
        }
        out.flush();
    }
}
