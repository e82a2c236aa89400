package dev.flightpath.analyzers.stats;

/**
 * Exact nearest-rank percentiles of values that carry weights (a depth held for a duration, a
 * value seen n times): the smallest value whose cumulative weight reaches
 * {@code ceil(p/100 × total weight)}, the rule HdrHistogram uses too.
 */
public final class WeightedPercentile {
    private final long[] values;
    private final long[] weights;
    private final int[] order;
    private final long totalWeight;

    /** The arrays are not copied and must not change afterwards; weights must be non-negative. */
    public WeightedPercentile(long[] values, long[] weights) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException("values and weights differ in length");
        }
        this.values = values;
        this.weights = weights;
        this.order = IndexSort.byKey(values);
        long total = 0;
        for (long weight : weights) {
            total = DurationRecorder.saturatingAdd(total, weight);
        }
        this.totalWeight = total;
    }

    public long totalWeight() {
        return totalWeight;
    }

    /** The value at {@code percentile} (0–100], or 0 when there is no weight at all. */
    public long at(double percentile) {
        if (totalWeight == 0) {
            return 0;
        }
        long rank = rank(percentile, totalWeight);
        long cumulative = 0;
        for (int index : order) {
            cumulative += weights[index];
            if (cumulative >= rank) {
                return values[index];
            }
        }
        return values[order[order.length - 1]];
    }

    /** {@code max(1, ceil(p/100 × total))}, exact in integers for the percentiles flightpath reports. */
    public static long rank(double percentile, long total) {
        long perHundredThousand = Math.round(percentile * 1000);
        long rank;
        if (Math.abs(percentile * 1000 - perHundredThousand) < 1e-9 && total < Long.MAX_VALUE / 100_000) {
            rank = (total * perHundredThousand + 99_999) / 100_000;
        } else {
            rank = (long) Math.ceil(percentile / 100.0 * total);
        }
        return Math.max(1, Math.min(rank, total));
    }
}
