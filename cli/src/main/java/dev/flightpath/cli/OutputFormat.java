package dev.flightpath.cli;

/** The {@code --format} of terminal commands. */
enum OutputFormat {
    TABLE, JSON
}
