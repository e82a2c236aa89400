package dev.flightpath.analyzers.check.rules;

/**
 * How baseline comparisons decide, from the optional {@code settings:} of the rules file.
 *
 * @param windowNanos        each recording is cut into windows this long; the statistic is
 *                           computed per window, and the windows are what is compared
 * @param warmupNanos        the first part of each recording left out
 * @param alpha              the false-positive rate of the significance test (before Holm's
 *                           correction over all baseline conditions)
 * @param minWindows         fewer windows (in either recording) make a verdict INCONCLUSIVE
 * @param minEventsPerWindow windows with fewer observations are left out
 * @param bootstrapSeed      the seed of the bootstrap confidence intervals, so reruns agree
 */
public record CheckSettings(long windowNanos, long warmupNanos, double alpha, int minWindows,
        int minEventsPerWindow, long bootstrapSeed) {

    public static CheckSettings defaults() {
        return new CheckSettings(1_000_000_000L, 0, 0.05, 5, 1, 20261128L);
    }
}
