package dev.flightpath.analyzers.check.stats;

import java.util.Arrays;

/**
 * The Hodges–Lehmann estimate of the shift between two samples (the median of all differences
 * {@code current[i] - baseline[j]}) and its confidence interval, found by inverting the same
 * one-sided Mann–Whitney test that decides the verdict ({@link MannWhitney#pValueGreater}): the
 * lower end is the largest shift {@code d} for which "{@code current - d} is larger than
 * {@code baseline}" is still significant at the level, the upper end the smallest {@code d} for which
 * "{@code current - d} is smaller" is. So the test at level {@code a} finds an increase exactly when
 * the interval at that level lies above zero, and a decrease exactly when it lies below.
 */
public final class HodgesLehmann {
    private HodgesLehmann() {
    }

    /**
     * @param estimate the median pairwise difference
     * @param low      the lower end: the one-sided lower bound at the level
     * @param high     the upper end: the one-sided upper bound at the level
     */
    public record Shift(double estimate, double low, double high) {
    }

    /**
     * The shift of {@code current} against {@code baseline} with each end a one-sided bound at
     * {@code level} (so together a {@code 1 - 2 level} two-sided interval).
     */
    public static Shift shift(double[] current, double[] baseline, double level) {
        return shift(current, baseline, level, 1.0);
    }

    /** The same, inverting the test with U's variance inflated by {@code varianceInflation} (correlated windows). */
    public static Shift shift(double[] current, double[] baseline, double level, double varianceInflation) {
        double[] differences = differences(current, baseline);
        double estimate = median(differences);
        double low = lowerBound(current, baseline, differences, level, varianceInflation);
        double high = -lowerBound(negate(current), negate(baseline), negateSorted(differences), level, varianceInflation);
        return new Shift(estimate, low, high);
    }

    /**
     * The largest difference {@code d} (among the pairwise differences, which are where the test
     * statistic changes) with {@code p(current - d > baseline) < level}, or negative infinity
     * when even the smallest does not reach it.
     */
    private static double lowerBound(double[] current, double[] baseline, double[] sortedDifferences, double level,
            double varianceInflation) {
        // p(d) grows with d; find the last difference at which it is still at most the level. A
        // shift by exactly a difference makes that pair a tie; just below it the pair is still a
        // win, so the test is asked at the midpoint between neighbouring differences.
        int lo = -1;
        int hi = sortedDifferences.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            double d = probe(sortedDifferences, mid);
            if (MannWhitney.pValueGreater(minus(current, d), baseline, varianceInflation) < level) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo < 0 ? Double.NEGATIVE_INFINITY : sortedDifferences[lo];
    }

    /** A shift just below difference {@code index}: halfway to the previous distinct one. */
    private static double probe(double[] sorted, int index) {
        double value = sorted[index];
        int previous = index - 1;
        while (previous >= 0 && sorted[previous] == value) {
            previous--;
        }
        if (previous < 0) {
            return value - Math.max(1e-9, Math.abs(value) * 1e-9);
        }
        return (sorted[previous] + value) / 2;
    }

    static double[] differences(double[] current, double[] baseline) {
        double[] differences = new double[current.length * baseline.length];
        int k = 0;
        for (double c : current) {
            for (double b : baseline) {
                differences[k++] = c - b;
            }
        }
        Arrays.sort(differences);
        return differences;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double[] minus(double[] values, double d) {
        double[] shifted = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            shifted[i] = values[i] - d;
        }
        return shifted;
    }

    private static double[] negate(double[] values) {
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return negated;
    }

    /** The differences of the negated samples, {@code -c - (-b)}, sorted: the negated list reversed. */
    private static double[] negateSorted(double[] sorted) {
        double[] negated = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            negated[i] = -sorted[sorted.length - 1 - i];
        }
        return negated;
    }
}
