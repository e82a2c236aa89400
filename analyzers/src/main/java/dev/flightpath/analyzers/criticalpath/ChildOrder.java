package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.model.Span;
import java.util.List;

/**
 * The order in which the walk considers a span's children: latest clamped end first; among equal
 * ends the one that really ends latest (a child cut at its container's end that ran on longest),
 * then the earliest start, then file order. A merge sort of indices: no boxing, stable, O(n log n).
 */
final class ChildOrder {
    private ChildOrder() {
    }

    /** Positions 0..size-1 of the arrays, in walk order. */
    static int[] latestEndFirst(int[] spanIndices, long[] starts, long[] ends, int size, List<Span> spans) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] scratch = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int left = 0; left < size - width; left += 2 * width) {
                merge(order, scratch, left, left + width, Math.min(left + 2 * width, size), spanIndices, starts, ends,
                        spans);
            }
        }
        return order;
    }

    private static void merge(int[] order, int[] scratch, int left, int mid, int right, int[] spanIndices,
            long[] starts, long[] ends, List<Span> spans) {
        System.arraycopy(order, left, scratch, left, right - left);
        int i = left;
        int j = mid;
        int out = left;
        while (i < mid && j < right) {
            if (compare(scratch[j], scratch[i], spanIndices, starts, ends, spans) < 0) {
                order[out++] = scratch[j++];
            } else {
                order[out++] = scratch[i++];
            }
        }
        while (i < mid) {
            order[out++] = scratch[i++];
        }
        while (j < right) {
            order[out++] = scratch[j++];
        }
    }

    private static int compare(int a, int b, int[] spanIndices, long[] starts, long[] ends, List<Span> spans) {
        int c = Long.compare(ends[b], ends[a]);
        if (c != 0) {
            return c;
        }
        c = Long.compare(spans.get(spanIndices[b]).endNanos(), spans.get(spanIndices[a]).endNanos());
        if (c != 0) {
            return c;
        }
        c = Long.compare(starts[a], starts[b]);
        return c != 0 ? c : Integer.compare(spanIndices[a], spanIndices[b]);
    }
}
