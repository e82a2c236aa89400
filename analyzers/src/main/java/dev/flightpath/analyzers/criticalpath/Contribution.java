package dev.flightpath.analyzers.criticalpath;

import java.util.Objects;

/**
 * One operation's (process's, service's) part of the critical paths. Totals and percentiles are
 * weighted by each path's sampling weight.
 *
 * @param name            the operation, process or service
 * @param totalNanos      critical-path time attributed to it, over all paths (weighted)
 * @param share           {@code totalNanos} over the summed (weighted) durations of all paths
 * @param traces          paths it is on (unweighted count)
 * @param p50Nanos        median of its per-path contribution, over the paths it is on
 * @param p95Nanos        95th percentile of the same
 * @param p99Nanos        99th percentile of the same
 * @param selfNanos       the part of {@code totalNanos} of kind self
 * @param runningNanos    the part of kind running
 * @param queueWaitNanos  the part of kind queue-wait
 */
public record Contribution(String name, long totalNanos, double share, long traces, long p50Nanos, long p95Nanos,
        long p99Nanos, long selfNanos, long runningNanos, long queueWaitNanos) {
    public Contribution {
        Objects.requireNonNull(name, "name");
    }
}
