package dev.flightpath.loaders.jfr.fast;

import java.util.Arrays;

/** An open-addressing map from long keys to non-negative int values; absent keys read as -1. */
final class LongIntHashMap {
    private long[] keys;
    private int[] values;
    private int size;

    LongIntHashMap() {
        keys = new long[16];
        values = new int[16];
        Arrays.fill(values, -1);
    }

    int size() {
        return size;
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            int value = values[slot];
            if (value < 0) {
                return -1;
            }
            if (keys[slot] == key) {
                return value;
            }
        }
    }

    /** Maps the key to the value (replacing any earlier value). */
    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            if (values[slot] < 0) {
                keys[slot] = key;
                values[slot] = value;
                size++;
                return;
            }
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, -1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] >= 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
