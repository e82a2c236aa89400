package dev.flightpath.analyzers.check.stats;

import java.util.Arrays;

/** Holm's step-down correction: adjusted p-values that keep the family-wise error rate. */
public final class Holm {
    private Holm() {
    }

    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = ascending(pValues);
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            double value = Math.min(1.0, (m - rank) * pValues[order[rank]]);
            running = Math.max(running, value);
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }

    /**
     * The level each p-value is compared with in Holm's step-down procedure at family-wise rate
     * {@code alpha}: {@code alpha / (m - r)} for the p-value of rank r (0 = smallest), up to the
     * first rank that fails; from there on every p-value is held to that failing rank's level, so
     * {@code p[i] < levels[i]} exactly when {@code adjust(p)[i] < alpha}. A confidence interval at
     * these levels agrees with the corrected test.
     */
    public static double[] levels(double[] pValues, double alpha) {
        int m = pValues.length;
        Integer[] order = ascending(pValues);
        double[] levels = new double[m];
        double failed = Double.NaN;
        for (int rank = 0; rank < m; rank++) {
            double level = alpha / (m - rank);
            if (Double.isNaN(failed) && !(pValues[order[rank]] < level)) {
                failed = level;
            }
            levels[order[rank]] = Double.isNaN(failed) ? level : failed;
        }
        return levels;
    }

    /** The indices of the p-values, smallest p-value first. */
    private static Integer[] ascending(double[] pValues) {
        Integer[] order = new Integer[pValues.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pValues[a], pValues[b]));
        return order;
    }
}
