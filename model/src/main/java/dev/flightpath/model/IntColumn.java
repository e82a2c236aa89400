package dev.flightpath.model;

import java.util.Arrays;

/** A growable {@code int[]}: four bytes a row, no boxing. */
final class IntColumn {
    private int[] values = new int[16];
    private int size;

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

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
