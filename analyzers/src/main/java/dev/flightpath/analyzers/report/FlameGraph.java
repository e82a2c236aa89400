package dev.flightpath.analyzers.report;

import dev.flightpath.analyzers.flame.FlameDiff;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.FlameWindows;
import java.util.Objects;
import java.util.Optional;

/**
 * One flame graph of the report, with the budget its page is drawn within.
 *
 * @param source          what it draws
 * @param kind            the sample kind's name ({@code cpu}), or {@code span}
 * @param tree            the graph's tree (for a difference, the current recording's)
 * @param windows         the tree's self weights per timeline window, so the page can narrow it
 * @param diff            the comparison with a baseline, for a differential graph
 * @param minWidthPercent frames narrower than this share of the whole are left out
 * @param maxWindowCells  (frame, window) cells the page may carry; neighbouring windows are merged beyond
 */
public record FlameGraph(Source source, String kind, FlameTree tree, Optional<FlameWindows> windows,
        Optional<FlameDiff> diff, double minWidthPercent, long maxWindowCells) {

    /** What a graph draws. */
    public enum Source {
        /** Stack samples of one kind. */
        SAMPLES,
        /** Span data's critical-path time by span-name stack. */
        SPANS,
        /** Stack samples against a baseline's. */
        DIFFERENCE
    }

    public FlameGraph {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(windows, "windows");
        Objects.requireNonNull(diff, "diff");
    }

    /** What the graph's sample count counts, in the plural. */
    public String countNoun() {
        return source == Source.SPANS ? "paths" : "samples";
    }
}
