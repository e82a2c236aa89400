package dev.flightpath.model;

import java.util.Arrays;

/** A growable {@code int[]}: four bytes a row, no boxing. */
final class IntColumn {
    private int[] values;
    private int size;

    IntColumn() {
        this(16);
    }

    /** Room for {@code capacity} rows before the first growth. */
    IntColumn(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, LongColumn.newCapacity(values.length));
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    /**
     * The rows as an array: the column's own array when it is exactly full (no copy; {@link #add}
     * never writes into a full array, so the array stays unchanged), otherwise a copy.
     */
    int[] toArray() {
        return size == values.length ? values : Arrays.copyOf(values, size);
    }
}
