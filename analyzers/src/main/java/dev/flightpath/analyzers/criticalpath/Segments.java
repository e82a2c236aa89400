package dev.flightpath.analyzers.criticalpath;

import java.util.Arrays;

/**
 * A critical path's segments as columns (a path through a million spans has millions of them).
 * The walker appends them latest first; {@link #reverse()} puts them in time order. Adjacent
 * segments of one span and kind are merged as they are added.
 */
final class Segments {
    private static final SegmentKind[] KINDS = SegmentKind.values();

    private int[] spans = new int[16];
    private byte[] kinds = new byte[16];
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int size;

    /** Adds [start, end) of a span, before (in time) everything added so far. Empty ranges are ignored. */
    void prepend(int span, SegmentKind kind, long startNanos, long endNanos) {
        if (endNanos <= startNanos) {
            return;
        }
        if (size > 0 && spans[size - 1] == span && kinds[size - 1] == kind.ordinal() && starts[size - 1] == endNanos) {
            starts[size - 1] = startNanos;
            return;
        }
        if (size == spans.length) {
            int capacity = size * 2;
            spans = Arrays.copyOf(spans, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        spans[size] = span;
        kinds[size] = (byte) kind.ordinal();
        starts[size] = startNanos;
        ends[size] = endNanos;
        size++;
    }

    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            int s = spans[i];
            spans[i] = spans[j];
            spans[j] = s;
            byte k = kinds[i];
            kinds[i] = kinds[j];
            kinds[j] = k;
            long t = starts[i];
            starts[i] = starts[j];
            starts[j] = t;
            t = ends[i];
            ends[i] = ends[j];
            ends[j] = t;
        }
    }

    int size() {
        return size;
    }

    int span(int i) {
        return spans[i];
    }

    SegmentKind kind(int i) {
        return KINDS[kinds[i]];
    }

    long start(int i) {
        return starts[i];
    }

    long end(int i) {
        return ends[i];
    }
}
