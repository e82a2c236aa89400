package dev.flightpath.analyzers.check.metrics;

import java.util.Map;

/**
 * The observations of one group of a metric (one process, one mailbox…), in time order.
 *
 * @param labels     the group's label values
 * @param timesNanos when each observation was made
 * @param values     the observations, in the metric's unit
 * @param weights    how much each observation counts: the sampling weight (1/p), or for gauges
 *                   the time in nanoseconds the value held
 */
public record MetricSeries(Map<String, String> labels, long[] timesNanos, double[] values, double[] weights) {
    public MetricSeries {
        labels = Map.copyOf(labels);
        if (timesNanos.length != values.length || values.length != weights.length) {
            throw new IllegalArgumentException("columns differ in length");
        }
    }

    public int size() {
        return values.length;
    }

    /** The observations with {@code fromNanos <= time < toNanos}, as a new series. */
    public MetricSeries slice(long fromNanos, long toNanos) {
        int from = lowerBound(fromNanos);
        int to = lowerBound(toNanos);
        return new MetricSeries(labels, java.util.Arrays.copyOfRange(timesNanos, from, to),
                java.util.Arrays.copyOfRange(values, from, to), java.util.Arrays.copyOfRange(weights, from, to));
    }

    private int lowerBound(long time) {
        int low = 0;
        int high = timesNanos.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (timesNanos[mid] < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
