package dev.flightpath.loaders.pprof;

import dev.flightpath.model.SampleKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a profile's sample types feed which flightpath sample kind, and how a pprof sample
 * becomes rows. Rules, in order:
 * <ul>
 *   <li>flightpath's own names ({@code cpu}/{@code count}, {@code alloc_bytes}/{@code bytes}, …,
 *       as {@code flightpath convert} writes them): the count type gives the rows, the value type's
 *       total is split over them, so a round trip keeps every count and total;</li>
 *   <li>Go and most other profilers: {@code samples}/{@code count} (or {@code sample}) is CPU, or
 *       wall-clock when the period type is {@code wall}; {@code cpu}/{@code wall} in nanoseconds
 *       alone give value / period rows; {@code alloc_space}/{@code bytes} is one allocation row
 *       per pprof sample weighing its bytes; {@code delay}/{@code nanoseconds} (with
 *       {@code contentions}) one lock row weighing its nanoseconds;</li>
 *   <li>anything else ({@code inuse_space}, goroutine counts) has no flightpath kind and is left
 *       out with a warning.</li>
 * </ul>
 */
final class SampleTypeMapping {
    /** How one kind's rows are made from a sample's values. */
    record KindSource(SampleKind kind, int countIndex, int valueIndex, long period) {
        /** The number of rows a sample gives. */
        long rows(long[] values) {
            if (countIndex >= 0) {
                return Math.max(0, values[countIndex]);
            }
            long value = values[valueIndex];
            if (value <= 0) {
                return 0;
            }
            return period > 0 && kind.valueUnit().equals("samples") ? Math.max(1, value / period) : 1;
        }

        /** The value of the sample's {@code row}th row of {@code rows}: totals are kept exactly. */
        long rowValue(long[] values, long rows, long row) {
            if (!kind.valueUnit().equals("samples") && valueIndex >= 0) {
                long total = values[valueIndex];
                long share = total / rows;
                return row == rows - 1 ? total - share * (rows - 1) : share;
            }
            return 1;
        }
    }

    private final List<KindSource> sources = new ArrayList<>();
    private final List<String> unread = new ArrayList<>();

    SampleTypeMapping(PprofData profile) {
        List<PprofData.ValueType> types = profile.sampleTypes();
        boolean[] used = new boolean[types.size()];
        boolean own = false;
        for (SampleKind kind : SampleKind.values()) {
            int count = find(types, kind.cliName(), "count");
            if (count >= 0) {
                own = true;
                int value = find(types, kind.cliName() + "_" + kind.valueUnit(), kind.valueUnit());
                add(kind, count, value, 0, used);
            }
        }
        if (!own) {
            boolean wall = profile.periodType().type().equals("wall");
            SampleKind timeKind = wall ? SampleKind.WALL : SampleKind.CPU;
            int count = find(types, "samples", "count");
            if (count < 0) {
                count = find(types, "sample", "count");
            }
            int nanos = find(types, wall ? "wall" : "cpu", "nanoseconds");
            if (count >= 0) {
                add(timeKind, count, -1, 0, used);
                markUsed(nanos, used);
            } else if (nanos >= 0) {
                long period = profile.periodType().unit().equals("nanoseconds") ? profile.period() : 0;
                add(timeKind, -1, nanos, period, used);
            }
            int allocBytes = find(types, "alloc_space", "bytes");
            if (allocBytes >= 0) {
                add(SampleKind.ALLOC, -1, allocBytes, 0, used);
                markUsed(find(types, "alloc_objects", "count"), used);
            }
            int delay = find(types, "delay", "nanoseconds");
            if (delay >= 0) {
                add(SampleKind.LOCK, -1, delay, 0, used);
                markUsed(find(types, "contentions", "count"), used);
            }
        }
        for (int i = 0; i < types.size(); i++) {
            if (!used[i]) {
                unread.add(types.get(i).type() + "/" + types.get(i).unit());
            }
        }
    }

    List<KindSource> sources() {
        return sources;
    }

    /** The sample types no kind reads, as {@code type/unit}. */
    List<String> unread() {
        return unread;
    }

    private void add(SampleKind kind, int countIndex, int valueIndex, long period, boolean[] used) {
        sources.add(new KindSource(kind, countIndex, valueIndex, period));
        markUsed(countIndex, used);
        markUsed(valueIndex, used);
    }

    private static void markUsed(int index, boolean[] used) {
        if (index >= 0) {
            used[index] = true;
        }
    }

    private static int find(List<PprofData.ValueType> types, String type, String unit) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).type().equals(type) && types.get(i).unit().equals(unit)) {
                return i;
            }
        }
        return -1;
    }
}
