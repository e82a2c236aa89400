package dev.flightpath.reporters.report;

import java.util.Objects;

/**
 * One flame graph of the report: the stand-alone viewer page of {@code flame}, shown in a frame.
 *
 * @param kind    the sample kind's name ({@code cpu}), or a label for a comparison
 * @param label   what the tab says
 * @param samples samples in the graph
 * @param html    the complete page as {@link dev.flightpath.reporters.flame.FlameHtmlReporter} writes it
 */
public record FlameGraphPage(String kind, String label, long samples, String html) {
    public FlameGraphPage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(html, "html");
    }
}
