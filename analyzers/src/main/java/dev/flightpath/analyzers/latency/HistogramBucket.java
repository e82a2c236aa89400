package dev.flightpath.analyzers.latency;

/**
 * Waits from {@code lowNanos} (inclusive) to {@code highNanos} (exclusive).
 */
public record HistogramBucket(long lowNanos, long highNanos, long count) {
}
