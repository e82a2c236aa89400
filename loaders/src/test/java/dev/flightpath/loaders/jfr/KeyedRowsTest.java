package dev.flightpath.loaders.jfr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyedRowsTest {
    @Test
    void numbersDistinctKeysInOrderOfFirstSightAcrossGrowth() {
        KeyedRows rows = new KeyedRows();
        int keys = 100_000;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < keys; i++) {
                // Same id in two scopes, and ids far apart, are distinct keys.
                assertEquals(2 * i, rows.row(0, i * 1_000_003L));
                assertEquals(2 * i + 1, rows.row(7, i * 1_000_003L));
            }
        }
        assertEquals(2 * keys, rows.size());
        assertEquals(7, rows.scopeId(5));
        assertEquals(2 * 1_000_003L, rows.id(5));
        assertEquals(2 * keys, rows.row(1, Long.MIN_VALUE));
        assertEquals(2 * keys + 1, rows.row(1, Long.MAX_VALUE));
        assertEquals(2 * keys, rows.row(1, Long.MIN_VALUE));
    }

    @Test
    void primitiveColumnsReadTheirFillWhereNeverWrittenAndGrowAcrossBlocks() {
        PrimitiveColumns.Longs longs = new PrimitiveColumns.Longs(-5);
        PrimitiveColumns.Ints ints = new PrimitiveColumns.Ints(-1);
        PrimitiveColumns.Ints zeros = new PrimitiveColumns.Ints(0);
        assertEquals(-5, longs.get(0));
        assertEquals(-1, ints.get(3 * PrimitiveColumns.BLOCK_ROWS));
        int[] rows = {0, 1, PrimitiveColumns.BLOCK_ROWS - 1, PrimitiveColumns.BLOCK_ROWS,
            5 * PrimitiveColumns.BLOCK_ROWS + 7};
        for (int row : rows) {
            longs.set(row, row * 3L);
            ints.set(row, row + 1);
            zeros.set(row, row + 2);
        }
        for (int row : rows) {
            assertEquals(row * 3L, longs.get(row));
            assertEquals(row + 1, ints.get(row));
            assertEquals(row + 2, zeros.get(row));
        }
        // Unwritten rows, in written blocks, in skipped blocks and past the end, read as the fill.
        for (int row : new int[] {2, PrimitiveColumns.BLOCK_ROWS + 1, 2 * PrimitiveColumns.BLOCK_ROWS,
            5 * PrimitiveColumns.BLOCK_ROWS + 6, 40 * PrimitiveColumns.BLOCK_ROWS}) {
            assertEquals(-5, longs.get(row));
            assertEquals(-1, ints.get(row));
            assertEquals(0, zeros.get(row));
        }
    }

    @Test
    void rowOrderSortsLikeAComparator() {
        SplittableRandom random = new SplittableRandom(7);
        for (int size : new int[] {0, 1, 2, 23, 24, 25, 1000, 50_000}) {
            long[] times = new long[size];
            long[] ids = new long[size];
            for (int i = 0; i < size; i++) {
                // Nearly ordered times with ties, as from a JFR file, broken by id.
                times[i] = i / 3 + random.nextInt(5);
                ids[i] = random.nextLong();
            }
            RowOrder order = (a, b) -> {
                int byTime = Long.compare(times[a], times[b]);
                return byTime != 0 ? byTime : Long.compare(ids[a], ids[b]);
            };
            int[] rows = new int[size];
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                rows[i] = i;
                expected.add(i);
            }
            expected.sort(Comparator.<Integer>comparingLong(i -> times[i]).thenComparingLong(i -> ids[i]));
            order.sort(rows);
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), rows);
        }
    }

    @Test
    void nameIdsNumberNamesAndRankThemInStringOrder() {
        NameIds names = new NameIds();
        assertEquals(0, names.id("b"));
        assertEquals(1, names.id("a"));
        assertEquals(0, names.id(new String("b")));
        assertEquals(2, names.id(""));
        assertEquals(1, names.id("a"));
        assertSame("b", names.name(0));
        assertArrayEquals(new int[] {2, 1, 0}, names.sortedRanks());
    }
}
