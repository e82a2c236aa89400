package dev.flightpath.analyzers.timeline;

import java.util.Arrays;

/**
 * Counts of durations per time window and {@link LogBuckets} bucket, kept sparse: only the cells
 * with a count. {@link #cells()} lists them as triples {@code window, bucket, count}, by window
 * then bucket.
 */
public final class WindowHistogram {
    private final int windows;
    private final long[][] counts;
    private final long[] maxNanos;
    private final long[] totalNanos;

    public WindowHistogram(int windows) {
        this.windows = windows;
        this.counts = new long[windows][];
        this.maxNanos = new long[windows];
        this.totalNanos = new long[windows];
        Arrays.fill(maxNanos, -1);
    }

    /** Adds {@code count} durations of {@code nanos} to a window (a count may be a weight). */
    public void add(int window, long nanos, long count) {
        if (counts[window] == null) {
            counts[window] = new long[LogBuckets.COUNT];
        }
        counts[window][LogBuckets.of(nanos)] += count;
        maxNanos[window] = Math.max(maxNanos[window], Math.max(0, nanos));
        totalNanos[window] += Math.max(0, nanos) * count;
    }

    /** Triples window, bucket, count of the non-empty cells. */
    public long[] cells() {
        int size = 0;
        for (long[] window : counts) {
            if (window != null) {
                for (long count : window) {
                    size += count > 0 ? 3 : 0;
                }
            }
        }
        long[] cells = new long[size];
        int at = 0;
        for (int w = 0; w < windows; w++) {
            if (counts[w] == null) {
                continue;
            }
            for (int b = 0; b < LogBuckets.COUNT; b++) {
                if (counts[w][b] > 0) {
                    cells[at++] = w;
                    cells[at++] = b;
                    cells[at++] = counts[w][b];
                }
            }
        }
        return cells;
    }

    /** The exact largest duration per window, -1 where the window has none. */
    public long[] maxNanos() {
        return maxNanos.clone();
    }

    /** The exact sum of the durations per window (each times its count). */
    public long[] totalNanos() {
        return totalNanos.clone();
    }

    /** Durations per window. */
    public long[] countsPerWindow() {
        long[] perWindow = new long[windows];
        for (int w = 0; w < windows; w++) {
            if (counts[w] != null) {
                for (long count : counts[w]) {
                    perWindow[w] += count;
                }
            }
        }
        return perWindow;
    }

    /**
     * The nearest-rank percentile of one window, as the upper bound of its bucket (capped at the
     * window's exact maximum), or -1 for an empty window.
     */
    public long percentileNanos(int window, double percentile) {
        if (counts[window] == null) {
            return -1;
        }
        long total = 0;
        for (long count : counts[window]) {
            total += count;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
        long seen = 0;
        for (int b = 0; b < LogBuckets.COUNT; b++) {
            seen += counts[window][b];
            if (seen >= rank) {
                return Math.min(LogBuckets.upperNanos(b) - 1, maxNanos[window]);
            }
        }
        return maxNanos[window];
    }
}
