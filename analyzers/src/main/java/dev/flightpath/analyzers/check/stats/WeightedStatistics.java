package dev.flightpath.analyzers.check.stats;

import dev.flightpath.analyzers.check.rules.Statistic;
import java.util.Arrays;

/**
 * Statistics of weighted observations, computed exactly (sorted, not histogrammed): a percentile
 * is the smallest value whose cumulative weight reaches p% of the total (nearest rank).
 */
public final class WeightedStatistics {
    private WeightedStatistics() {
    }

    /** The statistic of {@code values[from, to)}; NaN when there is no observation with weight. */
    public static double compute(Statistic statistic, double[] values, double[] weights, int from, int to) {
        double totalWeight = 0;
        for (int i = from; i < to; i++) {
            totalWeight += weights[i];
        }
        if (statistic.kind() == Statistic.Kind.COUNT) {
            return totalWeight;
        }
        if (!(totalWeight > 0)) {
            return Double.NaN;
        }
        switch (statistic.kind()) {
            case MAX: {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = from; i < to; i++) {
                    if (weights[i] > 0) {
                        max = Math.max(max, values[i]);
                    }
                }
                return max;
            }
            case MIN: {
                double min = Double.POSITIVE_INFINITY;
                for (int i = from; i < to; i++) {
                    if (weights[i] > 0) {
                        min = Math.min(min, values[i]);
                    }
                }
                return min;
            }
            case AVG:
            case VALUE: {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    sum += values[i] * weights[i];
                }
                return sum / totalWeight;
            }
            case PERCENTILE:
                return percentile(statistic.percentile(), values, weights, from, to, totalWeight);
            default:
                throw new IllegalStateException(statistic.kind().name());
        }
    }

    private static double percentile(double p, double[] values, double[] weights, int from, int to, double totalWeight) {
        int n = to - from;
        long[] order = new long[n];
        double[] sorted = Arrays.copyOfRange(values, from, to);
        Integer[] index = new Integer[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        Arrays.sort(index, (a, b) -> Double.compare(sorted[a], sorted[b]));
        double target = p / 100.0 * totalWeight;
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            order[i] = index[i];
            cumulative += weights[from + index[i]];
            // A relative tolerance keeps p(100) and exact boundaries from missing by rounding.
            if (cumulative >= target * (1 - 1e-12) && weights[from + index[i]] > 0) {
                return sorted[index[i]];
            }
        }
        return sorted[index[n - 1]];
    }
}
