package dev.flightpath.analyzers.check.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/** A seeded percentile-bootstrap confidence interval for the difference of two means. */
public final class Bootstrap {
    static final int RESAMPLES = 2000;

    private Bootstrap() {
    }

    /** {low, high} of the (1 - alpha) interval for mean(current) - mean(baseline). */
    public static double[] meanDifferenceInterval(double[] current, double[] baseline, double alpha, long seed) {
        if (current.length == 0 || baseline.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] differences = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            differences[r] = resampledMean(current, random) - resampledMean(baseline, random);
        }
        Arrays.sort(differences);
        int low = (int) Math.floor(alpha / 2 * (RESAMPLES - 1));
        int high = (int) Math.ceil((1 - alpha / 2) * (RESAMPLES - 1));
        return new double[] {differences[low], differences[high]};
    }

    private static double resampledMean(double[] values, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }
}
