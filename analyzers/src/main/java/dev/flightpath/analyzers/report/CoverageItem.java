package dev.flightpath.analyzers.report;

import java.util.Objects;

/**
 * One kind of data and whether the recording had it.
 *
 * @param what    what it is: "CPU samples", "messages"
 * @param count   how many the recording had (0 when missing)
 * @param present whether it had any
 * @param note    what its absence, or its sampling, means for the figures
 */
public record CoverageItem(String what, long count, boolean present, String note) {
    public CoverageItem {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(note, "note");
    }
}
