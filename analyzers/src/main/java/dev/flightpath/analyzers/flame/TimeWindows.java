package dev.flightpath.analyzers.flame;

/**
 * Equal time windows: window {@code i} covers {@code [startNanos + i × windowNanos, startNanos + (i+1) × windowNanos)};
 * times before the start fall in window 0 and after the end in the last (as on the report's timeline).
 *
 * @param startNanos  where window 0 starts
 * @param windowNanos the width of a window
 * @param count       how many windows
 */
public record TimeWindows(long startNanos, long windowNanos, int count) {
    public TimeWindows {
        if (windowNanos < 1 || count < 1) {
            throw new IllegalArgumentException("windowNanos and count must be at least 1");
        }
    }

    /** The window of a time, clamped to the windows. */
    public int windowOf(long nanos) {
        if (nanos <= startNanos) {
            return 0;
        }
        long window = (nanos - startNanos) / windowNanos;
        return (int) Math.min(count - 1, window);
    }
}
