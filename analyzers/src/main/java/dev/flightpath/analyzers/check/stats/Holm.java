package dev.flightpath.analyzers.check.stats;

import java.util.Arrays;

/** Holm's step-down correction: adjusted p-values that keep the family-wise error rate. */
public final class Holm {
    private Holm() {
    }

    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pValues[a], pValues[b]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            double value = Math.min(1.0, (m - rank) * pValues[order[rank]]);
            running = Math.max(running, value);
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }
}
