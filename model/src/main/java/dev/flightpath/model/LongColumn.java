package dev.flightpath.model;

import java.util.Arrays;

/** A growable {@code long[]}: eight bytes a row, no boxing. */
final class LongColumn {
    private long[] values;
    private int size;

    LongColumn() {
        this(16);
    }

    /** Room for {@code capacity} rows before the first growth. */
    LongColumn(int capacity) {
        values = new long[Math.max(1, capacity)];
    }

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

    /**
     * The rows as an array: the column's own array when it is exactly full (no copy; {@link #add}
     * never writes into a full array, so the array stays unchanged), otherwise a copy.
     */
    long[] toArray() {
        return size == values.length ? values : Arrays.copyOf(values, size);
    }

    static int newCapacity(int capacity) {
        if (capacity >= Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("column is full at " + capacity + " rows");
        }
        return (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(16L, capacity * 2L));
    }
}
