package dev.flightpath.reporters.report;

import java.util.Objects;

/**
 * One flame graph of the report: the stand-alone viewer page of {@code flame}, shown in a frame.
 *
 * @param kind    the sample kind's name ({@code cpu}), or a label for a comparison
 * @param label   what the tab says
 * @param samples samples in the graph (root spans, for a graph of span data)
 * @param html    the complete page as {@link dev.flightpath.reporters.flame.FlameHtmlReporter} writes it
 * @param windowStep timeline windows per window of the page's time data, which the page narrows to
 *                whole windows of; 0 when the page has none and cannot be narrowed
 * @param countNoun what {@code samples} counts, in the plural: {@code samples}, or {@code paths}
 */
public record FlameGraphPage(String kind, String label, long samples, String html, int windowStep, String countNoun) {
    public FlameGraphPage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(countNoun, "countNoun");
    }

    /** A graph of stack samples. */
    public FlameGraphPage(String kind, String label, long samples, String html, int windowStep) {
        this(kind, label, samples, html, windowStep, "samples");
    }
}
