package dev.flightpath.analyzers.check.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects observations per group (by label values) and sorts each group by time. */
final class SeriesBuilder {
    private static final class Columns {
        long[] times = new long[16];
        double[] values = new double[16];
        double[] weights = new double[16];
        int size;
        boolean sorted = true;

        void add(long time, double value, double weight) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            if (size > 0 && time < times[size - 1]) {
                sorted = false;
            }
            times[size] = time;
            values[size] = value;
            weights[size] = weight;
            size++;
        }
    }

    private final Map<Map<String, String>, Columns> groups = new LinkedHashMap<>();

    void add(Map<String, String> labels, long timeNanos, double value, double weight) {
        groups.computeIfAbsent(labels, key -> new Columns()).add(timeNanos, value, weight);
    }

    List<MetricSeries> build() {
        List<MetricSeries> series = new ArrayList<>();
        for (Map.Entry<Map<String, String>, Columns> entry : groups.entrySet()) {
            Columns columns = entry.getValue();
            long[] times = Arrays.copyOf(columns.times, columns.size);
            double[] values = Arrays.copyOf(columns.values, columns.size);
            double[] weights = Arrays.copyOf(columns.weights, columns.size);
            if (!columns.sorted) {
                Integer[] order = new Integer[columns.size];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
                long[] sortedTimes = new long[order.length];
                double[] sortedValues = new double[order.length];
                double[] sortedWeights = new double[order.length];
                for (int i = 0; i < order.length; i++) {
                    sortedTimes[i] = times[order[i]];
                    sortedValues[i] = values[order[i]];
                    sortedWeights[i] = weights[order[i]];
                }
                series.add(new MetricSeries(entry.getKey(), sortedTimes, sortedValues, sortedWeights));
            } else {
                series.add(new MetricSeries(entry.getKey(), times, values, weights));
            }
        }
        return series;
    }
}
