package dev.flightpath.loaders.jfr.fast;

import java.util.Arrays;

/**
 * An open-addressing map from a frame's raw key (method reference, line, frame-type reference)
 * to a non-negative int; absent keys read as -1.
 */
final class FrameKeyMap {
    private long[] methods = new long[64];
    private int[] lines = new int[64];
    private long[] types = new long[64];
    private int[] values = filled(64);
    private int size;

    int get(long method, int line, long type) {
        int mask = values.length - 1;
        for (int slot = hash(method, line, type) & mask; ; slot = (slot + 1) & mask) {
            int value = values[slot];
            if (value < 0 || (methods[slot] == method && lines[slot] == line && types[slot] == type)) {
                return value;
            }
        }
    }

    /** Adds a key that is not in the map yet. */
    void putNew(long method, int line, long type, int value) {
        if ((size + 1) * 2 > values.length) {
            grow();
        }
        int mask = values.length - 1;
        int slot = hash(method, line, type) & mask;
        while (values[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        methods[slot] = method;
        lines[slot] = line;
        types[slot] = type;
        values[slot] = value;
        size++;
    }

    private void grow() {
        long[] oldMethods = methods;
        int[] oldLines = lines;
        long[] oldTypes = types;
        int[] oldValues = values;
        int capacity = oldValues.length * 2;
        methods = new long[capacity];
        lines = new int[capacity];
        types = new long[capacity];
        values = filled(capacity);
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] >= 0) {
                putNew(oldMethods[i], oldLines[i], oldTypes[i], oldValues[i]);
            }
        }
    }

    private static int[] filled(int capacity) {
        int[] array = new int[capacity];
        Arrays.fill(array, -1);
        return array;
    }

    private static int hash(long method, int line, long type) {
        long h = (method * 0x9E3779B97F4A7C15L) ^ (line * 0xC2B2AE3D27D4EB4FL) ^ (type * 0x165667B19E3779F9L);
        return (int) (h ^ (h >>> 29));
    }
}
