package dev.flightpath.model;

import java.util.Arrays;

/** A growable {@code double[]}. */
final class DoubleColumn {
    private double[] values = new double[16];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, LongColumn.newCapacity(values.length));
        }
        values[size++] = value;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
