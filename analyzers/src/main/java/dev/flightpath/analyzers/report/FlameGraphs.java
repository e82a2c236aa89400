package dev.flightpath.analyzers.report;

import dev.flightpath.analyzers.flame.HotMethods;
import dev.flightpath.analyzers.timeline.HotWindows;
import java.util.List;

/**
 * The report's flame graphs (one per sample kind with samples, the default kind first, then span
 * data's) and the hottest methods per kind.
 *
 * @param graphs     in tab order
 * @param hot        hot methods per sample kind, in the same order
 * @param topMethods how many of each kind's methods the page lists
 * @param hotWindows for the first kinds, their top methods per group of timeline windows
 */
public record FlameGraphs(List<FlameGraph> graphs, List<HotMethods> hot, int topMethods, List<HotWindows> hotWindows) {
    public FlameGraphs {
        graphs = List.copyOf(graphs);
        hot = List.copyOf(hot);
        hotWindows = List.copyOf(hotWindows);
    }
}
