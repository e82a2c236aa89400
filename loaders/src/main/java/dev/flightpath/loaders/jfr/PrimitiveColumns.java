package dev.flightpath.loaders.jfr;

import java.util.Arrays;

/**
 * Growable primitive columns whose rows are written by index: a row never written reads as the
 * column's fill, and a column never written holds no array at all (so a kind of event a recording
 * lacks costs nothing).
 */
final class PrimitiveColumns {
    private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

    private PrimitiveColumns() {
    }

    /** The next capacity of a column: half again as large, up to the largest array. */
    static int newCapacity(int capacity) {
        if (capacity >= MAX_CAPACITY) {
            throw new IllegalStateException("more than " + capacity + " rows");
        }
        return (int) Math.min(MAX_CAPACITY, Math.max(16L, capacity + (capacity >> 1) + 1L));
    }

    /** A growable {@code long[]}. */
    static final class Longs {
        private final long fill;
        private long[] values = new long[0];

        Longs(long fill) {
            this.fill = fill;
        }

        long get(int row) {
            return row < values.length ? values[row] : fill;
        }

        void set(int row, long value) {
            if (row >= values.length) {
                int old = values.length;
                values = Arrays.copyOf(values, Math.max(row + 1, PrimitiveColumns.newCapacity(old)));
                Arrays.fill(values, old, values.length, fill);
            }
            values[row] = value;
        }
    }

    /** A growable {@code int[]}. */
    static final class Ints {
        private final int fill;
        private int[] values = new int[0];

        Ints(int fill) {
            this.fill = fill;
        }

        int get(int row) {
            return row < values.length ? values[row] : fill;
        }

        void set(int row, int value) {
            if (row >= values.length) {
                int old = values.length;
                values = Arrays.copyOf(values, Math.max(row + 1, PrimitiveColumns.newCapacity(old)));
                Arrays.fill(values, old, values.length, fill);
            }
            values[row] = value;
        }
    }
}
