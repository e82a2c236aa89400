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

    private MannWhitney() {
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
