package dev.flightpath.reporters.export;

import java.util.List;
import java.util.Objects;

/**
 * What an exporter wrote and what it left out.
 *
 * @param written one phrase for people: "3 profiles, 1,204 samples"
 * @param dropped one line per kind of data the target format could not hold, with its count
 */
public record ExportResult(String written, List<String> dropped) {
    public ExportResult {
        Objects.requireNonNull(written, "written");
        dropped = List.copyOf(dropped);
    }
}
