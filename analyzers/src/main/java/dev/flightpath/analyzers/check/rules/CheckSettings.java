package dev.flightpath.analyzers.check.rules;

/**
 * How baseline comparisons decide, from the optional {@code settings:} of the rules file.
 *
 * @param windowNanos        each recording is cut into windows this long; the statistic is
 *                           computed per window, and the windows are what is compared; 0 (the
 *                           default) chooses it from the two recordings: the shorter duration
 *                           (after the warm-up) / 50, in whole milliseconds, from 10 ms to 1 s
 * @param warmupNanos        the first part of each recording left out
 * @param alpha              the false-positive rate of the significance test (before Holm's
 *                           correction over all baseline conditions)
 * @param minWindows         fewer windows (in either recording) make a verdict INCONCLUSIVE
 * @param minEventsPerWindow windows with fewer observations are left out
 */
public record CheckSettings(long windowNanos, long warmupNanos, double alpha, int minWindows,
        int minEventsPerWindow) {

    public static CheckSettings defaults() {
        return new CheckSettings(0, 0, 0.05, 5, 1);
    }

    /** Whether the window is chosen from the recordings. */
    public boolean automaticWindow() {
        return windowNanos == 0;
    }

    public CheckSettings withWindowNanos(long window) {
        return new CheckSettings(window, warmupNanos, alpha, minWindows, minEventsPerWindow);
    }
}
