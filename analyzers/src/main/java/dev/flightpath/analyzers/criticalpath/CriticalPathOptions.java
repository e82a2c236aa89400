package dev.flightpath.analyzers.criticalpath;

import java.util.Objects;

/**
 * What to analyse.
 *
 * @param traceId  only the paths of this trace, or null for all
 * @param groupBy  what to add critical-path time up by
 * @param slowest  how many of the slowest paths to keep with their segments
 */
public record CriticalPathOptions(String traceId, GroupBy groupBy, int slowest) {
    public CriticalPathOptions {
        Objects.requireNonNull(groupBy, "groupBy");
        if (slowest < 0) {
            throw new IllegalArgumentException("negative slowest " + slowest);
        }
    }

    public static CriticalPathOptions defaults() {
        return new CriticalPathOptions(null, GroupBy.OPERATION, 10);
    }
}
