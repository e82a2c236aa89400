package dev.flightpath.analyzers.stats;

/**
 * Sorts row indices by a {@code long} key without boxing: a stable bottom-up merge sort, so rows
 * with equal keys keep their order (which makes every result that depends on it deterministic).
 */
public final class IndexSort {
    private IndexSort() {
    }

    /** The indices {@code 0..keys.length-1}, ordered by {@code keys[index]} ascending. */
    public static int[] byKey(long[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            sorted &= i == 0 || keys[i - 1] <= keys[i];
        }
        if (sorted) {
            return order; // rows usually come in time order
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int low = 0; low < n; low += 2 * width) {
                int middle = Math.min(low + width, n);
                int high = Math.min(low + 2 * width, n);
                merge(keys, order, buffer, low, middle, high);
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
        return order;
    }

    private static void merge(long[] keys, int[] from, int[] to, int low, int middle, int high) {
        int left = low;
        int right = middle;
        for (int out = low; out < high; out++) {
            if (left < middle && (right >= high || keys[from[left]] <= keys[from[right]])) {
                to[out] = from[left++];
            } else {
                to[out] = from[right++];
            }
        }
    }
}
