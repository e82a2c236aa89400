package dev.flightpath.loaders.jfr;

import java.util.Arrays;

/** Growable primitive columns whose rows are written by index, grown together with a row count. */
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

    /** A growable {@code long[]}: rows up to the size given to {@link #ensure} read as the fill. */
    static final class Longs {
        private final long fill;
        private long[] values = new long[16];

        Longs(long fill) {
            this.fill = fill;
            Arrays.fill(values, fill);
        }

        void ensure(int size) {
            if (size > values.length) {
                int old = values.length;
                values = Arrays.copyOf(values, Math.max(size, PrimitiveColumns.newCapacity(old)));
                Arrays.fill(values, old, values.length, fill);
            }
        }

        long get(int row) {
            return values[row];
        }

        void set(int row, long value) {
            values[row] = value;
        }
    }

    /** A growable {@code int[]}: rows up to the size given to {@link #ensure} read as the fill. */
    static final class Ints {
        private final int fill;
        private int[] values = new int[16];

        Ints(int fill) {
            this.fill = fill;
            Arrays.fill(values, fill);
        }

        void ensure(int size) {
            if (size > values.length) {
                int old = values.length;
                values = Arrays.copyOf(values, Math.max(size, PrimitiveColumns.newCapacity(old)));
                Arrays.fill(values, old, values.length, fill);
            }
        }

        int get(int row) {
            return values[row];
        }

        void set(int row, int value) {
            values[row] = value;
        }
    }
}
