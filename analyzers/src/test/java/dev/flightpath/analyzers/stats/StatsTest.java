package dev.flightpath.analyzers.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void recorderMatchesExactPercentilesOnRandomData() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            DurationRecorder recorder = new DurationRecorder();
            List<long[]> values = new ArrayList<>();
            int n = 1 + random.nextInt(2_000);
            for (int i = 0; i < n; i++) {
                // From nanoseconds to minutes, and sometimes a weight.
                long value = (long) Math.pow(10, random.nextDouble() * 11);
                long weight = random.nextInt(4) == 0 ? 1 + random.nextInt(1_000) : 1;
                recorder.record(value, weight);
                values.add(new long[] {value, weight});
            }
            DurationStats stats = recorder.stats();
            StatsAssertions.assertMonotone(stats, "seed " + seed);
            StatsAssertions.assertWithinPrecision(values, stats, "seed " + seed);
        }
    }

    @Test
    void recorderSmallValuesAreExact() {
        DurationRecorder recorder = new DurationRecorder();
        for (long v = 1; v <= 100; v++) {
            recorder.record(v, 1);
        }
        assertEquals(new DurationStats(100, 50, 90, 99, 100, 100, 5050), recorder.stats());
        assertEquals(DurationStats.empty(), new DurationRecorder().stats());
    }

    @Test
    void percentileNeverExceedsExactMax() {
        DurationRecorder recorder = new DurationRecorder();
        recorder.record(1_000_001, 1); // HdrHistogram's bucket top is above this
        assertEquals(1_000_001, recorder.stats().p50Nanos());
        assertEquals(1_000_001, recorder.stats().maxNanos());
    }

    @Test
    void totalSaturates() {
        DurationRecorder recorder = new DurationRecorder();
        recorder.record(Long.MAX_VALUE / 2, 3);
        assertEquals(Long.MAX_VALUE, recorder.stats().totalNanos());
    }

    @Test
    void indexSortIsStableAndSorted() {
        for (long seed = 1; seed <= 100; seed++) {
            Random random = new Random(seed);
            long[] keys = new long[random.nextInt(300)];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = random.nextInt(20) - 10;
            }
            int[] order = IndexSort.byKey(keys);
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            long[] byOrder = new long[keys.length];
            for (int i = 0; i < order.length; i++) {
                byOrder[i] = keys[order[i]];
                if (i > 0 && keys[order[i]] == keys[order[i - 1]]) {
                    assertEquals(true, order[i] > order[i - 1], "stable, seed " + seed);
                }
            }
            assertArrayEquals(sorted, byOrder, "seed " + seed);
        }
    }

    @Test
    void weightedPercentileUsesNearestRank() {
        // Depth 0 for 70 ns, 1 for 12, 2 for 12, 3 for 6.
        WeightedPercentile p = new WeightedPercentile(new long[] {2, 0, 3, 1}, new long[] {12, 70, 6, 12});
        assertEquals(100, p.totalWeight());
        assertEquals(0, p.at(50));
        assertEquals(0, p.at(70));
        assertEquals(1, p.at(70.5));
        assertEquals(2, p.at(90));
        assertEquals(3, p.at(99));
        assertEquals(0, new WeightedPercentile(new long[0], new long[0]).at(50));
        assertEquals(1, WeightedPercentile.rank(50, 1));
        assertEquals(101, WeightedPercentile.rank(99.9, 101));
        assertEquals(100, WeightedPercentile.rank(99, 101));
    }
}
