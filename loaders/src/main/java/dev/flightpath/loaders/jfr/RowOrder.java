package dev.flightpath.loaders.jfr;

import java.util.Arrays;

/**
 * Sorts row numbers by an order over rows, without boxing: a merge sort (stable) that leaves
 * already ordered runs as they are, so rows that arrive nearly in order sort in about linear time.
 */
@FunctionalInterface
interface RowOrder {
    /** Negative, zero or positive as row {@code a} goes before, with or after row {@code b}. */
    int compare(int a, int b);

    /** Sorts {@code rows} in place. */
    default void sort(int[] rows) {
        if (rows.length < 2) {
            return;
        }
        int[] buffer = Arrays.copyOf(rows, rows.length);
        mergeSort(buffer, rows, 0, rows.length);
    }

    /** Sorts {@code to[from, until)}; {@code from} holds the same rows and is scratch space. */
    private void mergeSort(int[] source, int[] target, int from, int until) {
        if (until - from <= 24) {
            for (int i = from + 1; i < until; i++) {
                int row = target[i];
                int j = i - 1;
                while (j >= from && compare(target[j], row) > 0) {
                    target[j + 1] = target[j];
                    j--;
                }
                target[j + 1] = row;
            }
            return;
        }
        int middle = (from + until) >>> 1;
        mergeSort(target, source, from, middle);
        mergeSort(target, source, middle, until);
        if (compare(source[middle - 1], source[middle]) <= 0) {
            System.arraycopy(source, from, target, from, until - from);
            return;
        }
        int left = from;
        int right = middle;
        for (int out = from; out < until; out++) {
            if (right >= until || (left < middle && compare(source[left], source[right]) <= 0)) {
                target[out] = source[left++];
            } else {
                target[out] = source[right++];
            }
        }
    }
}
