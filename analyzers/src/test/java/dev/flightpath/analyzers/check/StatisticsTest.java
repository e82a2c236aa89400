package dev.flightpath.analyzers.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.check.rules.Statistic;
import dev.flightpath.analyzers.check.stats.HodgesLehmann;
import dev.flightpath.analyzers.check.stats.Holm;
import dev.flightpath.analyzers.check.stats.MannWhitney;
import dev.flightpath.analyzers.check.stats.WeightedStatistics;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    private static double stat(Statistic.Kind kind, double p, double[] values, double[] weights) {
        return WeightedStatistics.compute(new Statistic(kind, p), values, weights, 0, values.length);
    }

    private static double[] ones(int n) {
        double[] weights = new double[n];
        Arrays.fill(weights, 1);
        return weights;
    }

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i; // unsorted on purpose
        }
        assertEquals(50, stat(Statistic.Kind.PERCENTILE, 50, values, ones(100)));
        assertEquals(99, stat(Statistic.Kind.PERCENTILE, 99, values, ones(100)));
        assertEquals(100, stat(Statistic.Kind.PERCENTILE, 100, values, ones(100)));
        assertEquals(1, stat(Statistic.Kind.PERCENTILE, 0.5, values, ones(100)));
        assertEquals(50.5, stat(Statistic.Kind.AVG, 0, values, ones(100)));
        assertEquals(100, stat(Statistic.Kind.MAX, 0, values, ones(100)));
        assertEquals(1, stat(Statistic.Kind.MIN, 0, values, ones(100)));
        assertEquals(100, stat(Statistic.Kind.COUNT, 0, values, ones(100)));
    }

    @Test
    void weightsCountAsRepeatedObservations() {
        // 10 (weight 1) and 20 (weight 3) behave like {10, 20, 20, 20}.
        double[] values = {10, 20};
        double[] weights = {1, 3};
        assertEquals(20, stat(Statistic.Kind.PERCENTILE, 50, values, weights));
        assertEquals(10, stat(Statistic.Kind.PERCENTILE, 25, values, weights));
        assertEquals(17.5, stat(Statistic.Kind.AVG, 0, values, weights));
        assertEquals(4, stat(Statistic.Kind.COUNT, 0, values, weights));
    }

    @Test
    void noObservationsIsNotANumber() {
        assertTrue(Double.isNaN(stat(Statistic.Kind.MAX, 0, new double[0], new double[0])));
        assertEquals(0, stat(Statistic.Kind.COUNT, 0, new double[0], new double[0]));
    }

    @Test
    void exactMannWhitneyOfCompleteSeparation() {
        // 3 vs 3, every current value larger: U = 9, P(U >= 9) = 1 / C(6,3) = 1/20.
        assertEquals(0.05, MannWhitney.pValueGreater(new double[] {4, 5, 6}, new double[] {1, 2, 3}), 1e-12);
        // The other direction: P(U >= 0) = 1.
        assertEquals(1.0, MannWhitney.pValueGreater(new double[] {1, 2, 3}, new double[] {4, 5, 6}), 1e-12);
        // 4 vs 4 separated: 1 / C(8,4) = 1/70.
        assertEquals(1.0 / 70, MannWhitney.pValueGreater(new double[] {5, 6, 7, 8}, new double[] {1, 2, 3, 4}), 1e-12);
        // One inversion in 3 vs 3: U = 8, P(U >= 8) = 2/20.
        assertEquals(0.1, MannWhitney.pValueGreater(new double[] {3, 5, 6}, new double[] {1, 2, 4}), 1e-12);
    }

    @Test
    void normalApproximationForLargeSamples() {
        Random random = new Random(1);
        double[] baseline = new double[60];
        double[] shifted = new double[60];
        double[] same = new double[60];
        for (int i = 0; i < 60; i++) {
            baseline[i] = random.nextGaussian();
            shifted[i] = random.nextGaussian() + 1.5;
            same[i] = random.nextGaussian();
        }
        assertTrue(MannWhitney.pValueGreater(shifted, baseline) < 1e-6);
        assertTrue(MannWhitney.pValueGreater(baseline, shifted) > 0.99);
        assertTrue(MannWhitney.pValueGreater(same, baseline) > 0.01);
    }

    /** Under H0 the exact test rejects at most alpha of the time (seeded simulation). */
    @Test
    void falsePositiveRateIsAtMostAlpha() {
        Random random = new Random(20261128);
        int rejections = 0;
        int trials = 2000;
        for (int t = 0; t < trials; t++) {
            double[] a = new double[8];
            double[] b = new double[8];
            for (int i = 0; i < 8; i++) {
                a[i] = random.nextDouble();
                b[i] = random.nextDouble();
            }
            if (MannWhitney.pValueGreater(a, b) < 0.05) {
                rejections++;
            }
        }
        assertTrue(rejections <= trials * 0.05 + 3 * Math.sqrt(trials * 0.05 * 0.95), "rejections: " + rejections);
    }

    @Test
    void holmAdjustsStepDown() {
        // p = (0.01, 0.04, 0.03), m = 3: sorted 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 -> max(0.06, 0.04) = 0.06.
        assertArrayEquals(new double[] {0.03, 0.06, 0.06}, Holm.adjust(new double[] {0.01, 0.04, 0.03}), 1e-12);
        assertArrayEquals(new double[] {1.0}, Holm.adjust(new double[] {0.7 * 2 > 1 ? 1.0 : 0.7}), 1e-12);
    }

    @Test
    void hodgesLehmannIsTheMedianPairwiseDifference() {
        // Differences c - b for c in 10..15, b in 1..6: 4 (once) .. 14 (once), symmetric around 9.
        HodgesLehmann.Shift shift = HodgesLehmann.shift(new double[] {10, 11, 12, 13, 14, 15},
                new double[] {1, 2, 3, 4, 5, 6}, 0.025);
        assertEquals(9.0, shift.estimate(), 1e-12);
        assertTrue(shift.low() > 0 && shift.low() <= 9 && 9 <= shift.high(), shift.toString());
        // {1, 2, 3} against {0}: differences 1, 2, 3, median 2.
        assertEquals(2.0, HodgesLehmann.shift(new double[] {1, 2, 3}, new double[] {0}, 0.05).estimate(), 1e-12);
    }

    @Test
    void theIntervalAgreesWithTheTestAtItsLevel() {
        // Seeded property: the test at level a finds an increase exactly when the interval lies above 0,
        // and a decrease exactly when it lies below; over samples with and without ties.
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261203L);
        for (int trial = 0; trial < 400; trial++) {
            int m = 5 + random.nextInt(30);
            int n = 5 + random.nextInt(30);
            double shiftBy = random.nextInt(4) * 0.4;
            boolean ties = random.nextBoolean();
            double[] current = new double[m];
            double[] baseline = new double[n];
            for (int i = 0; i < m; i++) {
                current[i] = value(random, ties) + shiftBy;
            }
            for (int j = 0; j < n; j++) {
                baseline[j] = value(random, ties);
            }
            double level = new double[] {0.05, 0.025, 0.0125}[random.nextInt(3)];
            HodgesLehmann.Shift shift = HodgesLehmann.shift(current, baseline, level);
            boolean increase = MannWhitney.pValueGreater(current, baseline) < level;
            boolean decrease = MannWhitney.pValueGreater(baseline, current) < level;
            String where = "trial " + trial + " " + shift;
            if (shift.low() > 0) {
                assertTrue(increase, where);
            }
            if (increase) {
                assertTrue(shift.low() >= 0, where);
            }
            if (shift.high() < 0) {
                assertTrue(decrease, where);
            }
            if (decrease) {
                assertTrue(shift.high() <= 0, where);
            }
            assertTrue(shift.low() <= shift.estimate() && shift.estimate() <= shift.high(), where);
        }
    }

    private static double value(java.util.SplittableRandom random, boolean ties) {
        return ties ? random.nextInt(6) : random.nextGaussian();
    }

    @Test
    void holmLevelsAgreeWithTheAdjustedPValues() {
        double[] p = {0.01, 0.04, 0.03};
        // Sorted 0.01 < 0.05/3 passes; 0.03 is not < 0.05/2 and fails: it and 0.04 are held to 0.025.
        assertArrayEquals(new double[] {0.05 / 3, 0.025, 0.025}, Holm.levels(p, 0.05), 1e-12);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] values = new double[1 + random.nextInt(8)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextDouble() * 0.1;
            }
            double[] adjusted = Holm.adjust(values);
            double[] levels = Holm.levels(values, 0.05);
            for (int i = 0; i < values.length; i++) {
                assertEquals(adjusted[i] < 0.05, values[i] < levels[i], Arrays.toString(values));
            }
        }
    }
}
