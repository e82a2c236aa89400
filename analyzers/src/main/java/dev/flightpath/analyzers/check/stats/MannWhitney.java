package dev.flightpath.analyzers.check.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * The one-sided Mann-Whitney U test of "{@code current} tends to be larger than {@code baseline}".
 * Small samples without ties get the exact distribution of U; otherwise the normal approximation
 * of Commons Math (its two-sided p-value halved in the tested direction), which holds once both
 * samples have more than a handful of values.
 */
public final class MannWhitney {
    /** Both samples at most this large (and no ties): exact. */
    static final int EXACT_LIMIT = 20;
    /** The largest lag-one autocorrelation {@link #varianceInflation} believes: at most 3 times the variance. */
    static final double MAX_AUTOCORRELATION = 0.5;

    private MannWhitney() {
    }

    /**
     * The p-value of H0 (no shift) against H1 (current larger) for windows that are correlated in
     * time: the normal approximation with U's variance multiplied by {@code varianceInflation}
     * ({@link #varianceInflation}); 1 is the ordinary test.
     */
    public static double pValueGreater(double[] current, double[] baseline, double varianceInflation) {
        if (!(varianceInflation > 1)) {
            return pValueGreater(current, baseline);
        }
        int m = current.length;
        int n = baseline.length;
        if (m == 0 || n == 0) {
            return 1.0;
        }
        double mean = m * (double) n / 2.0;
        double variance = m * (double) n * (m + n + 1) / 12.0 * varianceInflation;
        double z = (uStatistic(current, baseline) - mean) / Math.sqrt(variance);
        return new org.apache.commons.math3.distribution.NormalDistribution(0, 1).cumulativeProbability(-z);
    }

    /**
     * How much serial correlation widens the test: {@code (1 + r) / (1 - r)} for the lag-one
     * autocorrelation r of the per-window values (the mean of the two series' estimates, each about
     * its own mean), taken as 0 when negative and at most {@value #MAX_AUTOCORRELATION} (a trend, such as a growing backlog, also
     * reads as autocorrelation); 1 for series too short to tell. Windows
     * of an autocorrelated latency are not independent, and without this the test finds changes
     * between two runs of the same workload far more often than alpha.
     */
    public static double varianceInflation(double[] current, double[] baseline) {
        if (current.length < 3 || baseline.length < 3) {
            return 1.0;
        }
        double r = (lagOneAutocorrelation(current) + lagOneAutocorrelation(baseline)) / 2;
        r = Math.max(0, Math.min(MAX_AUTOCORRELATION, r));
        return (1 + r) / (1 - r);
    }

    static double lagOneAutocorrelation(double[] series) {
        double mean = 0;
        for (double value : series) {
            mean += value;
        }
        mean /= series.length;
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < series.length; i++) {
            double d = series[i] - mean;
            denominator += d * d;
            if (i > 0) {
                numerator += d * (series[i - 1] - mean);
            }
        }
        return denominator == 0 ? 0 : numerator / denominator;
    }

    /** The p-value of H0 (no shift) against H1 (current larger). */
    public static double pValueGreater(double[] current, double[] baseline) {
        int m = current.length;
        int n = baseline.length;
        if (m == 0 || n == 0) {
            return 1.0;
        }
        double u = uStatistic(current, baseline);
        if (m <= EXACT_LIMIT && n <= EXACT_LIMIT && !hasTies(current, baseline)) {
            return exactUpperTail(m, n, (int) Math.round(u));
        }
        double twoSided = new MannWhitneyUTest().mannWhitneyUTest(current, baseline);
        double mean = m * (double) n / 2.0;
        return u >= mean ? twoSided / 2.0 : 1.0 - twoSided / 2.0;
    }

    /** U of the current sample: the number of (current, baseline) pairs with current larger, ties counting half. */
    static double uStatistic(double[] current, double[] baseline) {
        double u = 0;
        for (double c : current) {
            for (double b : baseline) {
                if (c > b) {
                    u += 1;
                } else if (c == b) {
                    u += 0.5;
                }
            }
        }
        return u;
    }

    /** P(U >= u) for sample sizes m and n under H0, by counting rank arrangements. */
    static double exactUpperTail(int m, int n, int u) {
        // counts[i][j][k]: arrangements of i current and j baseline values with U = k.
        double[][] previous = new double[n + 1][];
        for (int j = 0; j <= n; j++) {
            previous[j] = new double[1];
            previous[j][0] = 1; // i = 0: U is 0
        }
        for (int i = 1; i <= m; i++) {
            double[][] current = new double[n + 1][];
            current[0] = new double[1];
            current[0][0] = 1; // j = 0: U is 0
            for (int j = 1; j <= n; j++) {
                double[] counts = new double[i * j + 1];
                // The largest value is current (adds j to U) or baseline (adds nothing).
                double[] withCurrentLargest = previous[j];
                for (int k = 0; k < withCurrentLargest.length; k++) {
                    counts[k + j] += withCurrentLargest[k];
                }
                double[] withBaselineLargest = current[j - 1];
                for (int k = 0; k < withBaselineLargest.length; k++) {
                    counts[k] += withBaselineLargest[k];
                }
                current[j] = counts;
            }
            previous = current;
        }
        double[] distribution = previous[n];
        double total = Arrays.stream(distribution).sum();
        double tail = 0;
        for (int k = Math.max(0, u); k < distribution.length; k++) {
            tail += distribution[k];
        }
        return tail / total;
    }

    private static boolean hasTies(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                return true;
            }
        }
        return false;
    }
}
