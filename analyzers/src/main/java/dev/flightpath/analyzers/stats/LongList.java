package dev.flightpath.analyzers.stats;

import java.util.Arrays;

/** A growable {@code long[]} for analysers that collect values per group. */
public final class LongList {
    private long[] values = new long[8];
    private int size;

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(8, size * 2));
        }
        values[size++] = value;
    }

    public long get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    public int size() {
        return size;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
