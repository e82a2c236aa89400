package dev.flightpath.analyzers.latency;

import dev.flightpath.model.RecordingInfo.TimeBase;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@code flightpath latency}.
 *
 * @param groupBy     how the groups were formed
 * @param windowNanos the width of the worst-moment windows, which start at {@code originNanos}
 * @param originNanos where the windows start: the recording start, or the first wait if earlier
 * @param recordingStartNanos the recording's start, from which reports give offsets
 * @param timeBase    what the times count from: with {@link TimeBase#MONOTONIC} they are on the
 *                    recorder's monotonic clock and only differences mean anything
 * @param groups      one per group and category, worst first (total wait descending, then group
 *                    name, then category)
 */
public record LatencyReport(
        GroupBy groupBy,
        long windowNanos,
        long originNanos,
        long recordingStartNanos,
        TimeBase timeBase,
        List<LatencyGroup> groups) {
    public LatencyReport {
        Objects.requireNonNull(timeBase, "timeBase");
        groups = List.copyOf(groups);
    }

    /** The same report with only the {@code n} worst groups. */
    public LatencyReport top(int n) {
        return new LatencyReport(groupBy, windowNanos, originNanos, recordingStartNanos, timeBase,
                groups.subList(0, Math.min(Math.max(0, n), groups.size())));
    }
}
