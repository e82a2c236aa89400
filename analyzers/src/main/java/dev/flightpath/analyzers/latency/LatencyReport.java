package dev.flightpath.analyzers.latency;

import java.util.List;

/**
 * The result of {@code flightpath latency}.
 *
 * @param groupBy     how the groups were formed
 * @param windowNanos the width of the worst-moment windows, which start at {@code originNanos}
 * @param originNanos where the windows start: the recording start, or the first wait if earlier
 * @param groups      one per group and category, worst first (total wait descending, then group
 *                    name, then category)
 */
public record LatencyReport(GroupBy groupBy, long windowNanos, long originNanos, List<LatencyGroup> groups) {
    public LatencyReport {
        groups = List.copyOf(groups);
    }

    /** The same report with only the {@code n} worst groups. */
    public LatencyReport top(int n) {
        return new LatencyReport(groupBy, windowNanos, originNanos,
                groups.subList(0, Math.min(Math.max(0, n), groups.size())));
    }
}
