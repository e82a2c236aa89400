package dev.flightpath.model;

import java.util.Arrays;

/** A growable {@code long[]}: eight bytes a row, no boxing. */
final class LongColumn {
    private long[] values = new long[16];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, newCapacity(values.length));
        }
        values[size++] = value;
    }

    long get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    static int newCapacity(int capacity) {
        if (capacity >= Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("column is full at " + capacity + " rows");
        }
        return (int) Math.min(Integer.MAX_VALUE - 8L, capacity * 2L);
    }
}
