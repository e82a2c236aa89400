package dev.flightpath.model;

import java.util.Arrays;

/** A growable {@code double[]}. */
final class DoubleColumn {
    private double[] values;
    private int size;

    DoubleColumn(int capacity) {
        values = new double[Math.max(1, capacity)];
    }

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, LongColumn.newCapacity(values.length));
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    /** The rows as an array: the column's own array when it is exactly full, otherwise a copy. */
    double[] toArray() {
        return size == values.length ? values : Arrays.copyOf(values, size);
    }
}
