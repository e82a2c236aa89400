package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.analyzers.stats.IndexSort;
import java.util.Arrays;

/** The union of intervals as disjoint intervals sorted by start. */
final class Coverage {
    private Coverage() {
    }

    /** {@code {starts, ends}} of the union of [starts[i], ends[i]) for i below size. */
    static long[][] union(long[] starts, long[] ends, int size) {
        long[] keys = Arrays.copyOf(starts, size);
        int[] order = IndexSort.byKey(keys);
        long[] outStarts = new long[size];
        long[] outEnds = new long[size];
        int out = 0;
        for (int index : order) {
            long start = starts[index];
            long end = ends[index];
            if (out > 0 && start <= outEnds[out - 1]) {
                outEnds[out - 1] = Math.max(outEnds[out - 1], end);
            } else {
                outStarts[out] = start;
                outEnds[out] = end;
                out++;
            }
        }
        return new long[][] {Arrays.copyOf(outStarts, out), Arrays.copyOf(outEnds, out)};
    }
}
