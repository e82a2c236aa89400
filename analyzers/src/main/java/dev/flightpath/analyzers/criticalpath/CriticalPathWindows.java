package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.analyzers.flame.TimeWindows;
import java.util.List;
import java.util.Objects;

/**
 * The critical paths per time window, each path in the window its root span starts in, so a page
 * can give {@link CriticalPathReport}'s figures for the paths of any range of windows.
 *
 * @param windows        the windows
 * @param paths          paths starting in each window
 * @param durationNanos  their summed durations per window, weighted by their sampling weights
 * @param operations     the chosen operations (processes, services), in the order given
 * @param slowest        the slowest paths overall and the slowest of each group of windows, without
 *                       repeats, in keeping order (see {@link CriticalPathWindowsAnalyzer}): the
 *                       slowest overall first, slowest first
 */
public record CriticalPathWindows(TimeWindows windows, long[] paths, double[] durationNanos,
        List<OperationWindows> operations, List<TracePath> slowest) {
    public CriticalPathWindows {
        Objects.requireNonNull(windows, "windows");
        operations = List.copyOf(operations);
        slowest = List.copyOf(slowest);
    }
}
