package dev.flightpath.analyzers.report;

import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.criticalpath.CriticalPathWindows;
import java.util.Objects;

/**
 * The critical paths of span data, as {@code critical-path} analyses them with its defaults, and
 * for brushing the table's operations per timeline window and the slow paths of parts of the timeline.
 *
 * @param report          the analysis with its {@code shown} slowest paths
 * @param windows         the figures per window; its {@code slowest()} are the waterfall's
 *                        candidates: the {@code shown} slowest first, then the slowest of each window group
 * @param shown           paths the waterfall shows at first
 * @param pathGroups      the window groups slow paths are kept for
 * @param slowestPerGroup the paths kept per window group
 * @param waterfallBudgetChars characters the waterfall page may take with the paths kept for brushing
 */
public record CriticalPaths(CriticalPathReport report, CriticalPathWindows windows, int shown, int pathGroups,
        int slowestPerGroup, long waterfallBudgetChars) {
    public CriticalPaths {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(windows, "windows");
    }
}
