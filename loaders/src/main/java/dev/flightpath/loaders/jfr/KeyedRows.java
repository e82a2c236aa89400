package dev.flightpath.loaders.jfr;

/**
 * Gives each distinct key (scope id, long id) a dense row number, in order of first sight: an
 * open-addressing table of row numbers over two key columns, so no object per key and no boxing
 * (about 17 bytes a row with the table at its fullest). Once every key is in,
 * {@link #dropIndex()} frees the table and keeps the rows. Not thread-safe.
 */
final class KeyedRows {
    private final PrimitiveColumns.Ints scopeIds = new PrimitiveColumns.Ints(0);
    private final PrimitiveColumns.Longs ids = new PrimitiveColumns.Longs(0);
    private int size;
    // Row + 1 per slot, 0 for an empty slot; at most three quarters full.
    private int[] slots = new int[32];

    /** The row of the key, added as the next row when it is new. */
    int row(int scopeId, long id) {
        if (slots == null) {
            throw new IllegalStateException("the index was dropped");
        }
        int mask = slots.length - 1;
        for (int slot = hash(scopeId, id) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return add(slot, scopeId, id);
            }
            int row = entry - 1;
            if (ids.get(row) == id && scopeIds.get(row) == scopeId) {
                return row;
            }
        }
    }

    int size() {
        return size;
    }

    /** Frees the lookup table (a third of the memory): the rows stay, {@link #row} fails from now on. */
    void dropIndex() {
        slots = null;
    }

    int scopeId(int row) {
        return scopeIds.get(row);
    }

    long id(int row) {
        return ids.get(row);
    }

    private int add(int slot, int scopeId, long id) {
        int row = size++;
        scopeIds.set(row, scopeId);
        ids.set(row, id);
        slots[slot] = row + 1;
        if ((long) size * 4 > (long) slots.length * 3) {
            rehash();
        }
        return row;
    }

    private void rehash() {
        if (slots.length >= 1 << 30) {
            throw new IllegalStateException("more than " + size + " keys");
        }
        int[] larger = new int[slots.length * 2];
        int mask = larger.length - 1;
        for (int row = 0; row < size; row++) {
            int slot = hash(scopeIds.get(row), ids.get(row)) & mask;
            while (larger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            larger[slot] = row + 1;
        }
        slots = larger;
    }

    private static int hash(int scopeId, long id) {
        long h = (id + scopeId * 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
        return (int) (h ^ (h >>> 32));
    }
}
