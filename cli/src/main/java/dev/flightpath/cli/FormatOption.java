package dev.flightpath.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json}, mixed into the commands that print a result. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "table (for people) or json (for scripts; see the README). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    boolean json() {
        return format == OutputFormat.JSON;
    }
}
