package dev.flightpath.loaders.jfr;

import java.util.Arrays;

/**
 * Growable primitive columns whose rows are written by index, stored in blocks of
 * {@value #BLOCK_ROWS} rows: growing allocates one more block and copies nothing, a column holds at
 * most one partly used block, and no block is large enough to be a humongous object for G1 (a
 * whole-column array of millions of rows is). A row never written reads as the column's fill; a
 * block never written is never allocated, so a kind of event a recording lacks costs nothing.
 */
final class PrimitiveColumns {
    private static final int BLOCK_SHIFT = 14;
    static final int BLOCK_ROWS = 1 << BLOCK_SHIFT;
    private static final int BLOCK_MASK = BLOCK_ROWS - 1;

    private PrimitiveColumns() {
    }

    private static int blocksFor(int block, int current) {
        return Math.max(block + 1, Math.max(8, current * 2));
    }

    /** A growable {@code long} column. */
    static final class Longs {
        private final long fill;
        private long[][] blocks = new long[0][];

        Longs(long fill) {
            this.fill = fill;
        }

        long get(int row) {
            int block = row >>> BLOCK_SHIFT;
            if (block >= blocks.length || blocks[block] == null) {
                return fill;
            }
            return blocks[block][row & BLOCK_MASK];
        }

        void set(int row, long value) {
            int block = row >>> BLOCK_SHIFT;
            if (block >= blocks.length) {
                blocks = Arrays.copyOf(blocks, blocksFor(block, blocks.length));
            }
            long[] values = blocks[block];
            if (values == null) {
                values = new long[BLOCK_ROWS];
                if (fill != 0) {
                    Arrays.fill(values, fill);
                }
                blocks[block] = values;
            }
            values[row & BLOCK_MASK] = value;
        }
    }

    /** A growable {@code int} column. */
    static final class Ints {
        private final int fill;
        private int[][] blocks = new int[0][];

        Ints(int fill) {
            this.fill = fill;
        }

        int get(int row) {
            int block = row >>> BLOCK_SHIFT;
            if (block >= blocks.length || blocks[block] == null) {
                return fill;
            }
            return blocks[block][row & BLOCK_MASK];
        }

        void set(int row, int value) {
            int block = row >>> BLOCK_SHIFT;
            if (block >= blocks.length) {
                blocks = Arrays.copyOf(blocks, blocksFor(block, blocks.length));
            }
            int[] values = blocks[block];
            if (values == null) {
                values = new int[BLOCK_ROWS];
                if (fill != 0) {
                    Arrays.fill(values, fill);
                }
                blocks[block] = values;
            }
            values[row & BLOCK_MASK] = value;
        }
    }
}
