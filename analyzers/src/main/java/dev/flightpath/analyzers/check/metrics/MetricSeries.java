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

    /** Pools several series into one with the given labels, in time order. */
    public static MetricSeries pool(Map<String, String> labels, java.util.List<MetricSeries> parts) {
        if (parts.size() == 1) {
            MetricSeries only = parts.get(0);
            return new MetricSeries(labels, only.timesNanos, only.values, only.weights);
        }
        int total = parts.stream().mapToInt(MetricSeries::size).sum();
        long[] times = new long[total];
        double[] values = new double[total];
        double[] weights = new double[total];
        Integer[] order = new Integer[total];
        int offset = 0;
        for (MetricSeries part : parts) {
            System.arraycopy(part.timesNanos, 0, times, offset, part.size());
            System.arraycopy(part.values, 0, values, offset, part.size());
            System.arraycopy(part.weights, 0, weights, offset, part.size());
            offset += part.size();
        }
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
        long[] sortedTimes = new long[total];
        double[] sortedValues = new double[total];
        double[] sortedWeights = new double[total];
        for (int i = 0; i < total; i++) {
            sortedTimes[i] = times[order[i]];
            sortedValues[i] = values[order[i]];
            sortedWeights[i] = weights[order[i]];
        }
        return new MetricSeries(labels, sortedTimes, sortedValues, sortedWeights);
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
