package dev.flightpath.reporters.report;

import java.util.Objects;

/**
 * One flame graph of the report: its data is in the page's element {@code elementId}, and the page
 * shows it in a frame made of the viewer (embedded once) and that data.
 *
 * @param elementId  the id of the {@code <script type="application/json">} element with its data
 * @param kind       the sample kind's name ({@code cpu}), or {@code span}
 * @param label      what the tab says
 * @param samples    samples in the graph (root spans, for a graph of span data)
 * @param windowStep timeline windows per window of the graph's time data, which the page narrows
 *                   to whole windows of; 0 when it has none and cannot be narrowed
 * @param countNoun  what {@code samples} counts, in the plural: {@code samples}, or {@code paths}
 */
public record EmbeddedGraph(String elementId, String kind, String label, long samples, int windowStep,
        String countNoun) {
    public EmbeddedGraph {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(countNoun, "countNoun");
    }
}
