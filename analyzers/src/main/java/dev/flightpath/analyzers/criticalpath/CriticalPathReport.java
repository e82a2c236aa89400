package dev.flightpath.analyzers.criticalpath;

import java.util.List;
import java.util.Objects;

/**
 * The critical-path analysis of a recording.
 *
 * @param groupBy          what {@code contributions} are grouped by
 * @param paths            paths analysed (one per root span)
 * @param traces           distinct trace ids among them
 * @param totalNanos       the summed (weighted) durations of all paths
 * @param estimated        some path has a sampling weight other than 1, so totals are estimates
 * @param contributions    largest total first
 * @param slowest          the slowest paths, slowest first
 */
public record CriticalPathReport(GroupBy groupBy, long paths, long traces, long totalNanos, boolean estimated,
        List<Contribution> contributions, List<TracePath> slowest) {
    public CriticalPathReport {
        Objects.requireNonNull(groupBy, "groupBy");
        contributions = List.copyOf(contributions);
        slowest = List.copyOf(slowest);
    }

    /** The same report with at most {@code top} slowest paths and contributions. */
    public CriticalPathReport top(int top) {
        return new CriticalPathReport(groupBy, paths, traces, totalNanos, estimated,
                contributions.subList(0, Math.min(top, contributions.size())),
                slowest.subList(0, Math.min(top, slowest.size())));
    }
}
