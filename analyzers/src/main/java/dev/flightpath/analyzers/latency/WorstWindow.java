package dev.flightpath.analyzers.latency;

/**
 * A fixed time window and the waits that ended in it.
 *
 * @param startNanos window start
 * @param endNanos   window end (exclusive)
 * @param count      waits that ended in the window
 * @param p99Nanos   their exact (nearest-rank) 99th percentile
 * @param maxNanos   their maximum
 */
public record WorstWindow(long startNanos, long endNanos, long count, long p99Nanos, long maxNanos) {
}
