package dev.flightpath.analyzers.flame;

import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which kinds of samples a recording has, and which one a flame graph shows when not told. */
public final class SampleKinds {
    /** The order of preference for the default: CPU first, then wall clock, allocation, locks. */
    private static final List<SampleKind> PREFERENCE = List.of(SampleKind.CPU, SampleKind.CPU_TIME, SampleKind.WALL,
            SampleKind.ALLOC, SampleKind.ALLOC_SAMPLE, SampleKind.LOCK, SampleKind.NATIVE, SampleKind.NATIVEMEM, SampleKind.LIVE);

    private SampleKinds() {
    }

    /** Sample counts per kind, only the kinds present, in declaration order. */
    public static Map<SampleKind, Long> counts(Recording recording) {
        SampleTable samples = recording.samples();
        long[] counts = new long[SampleKind.values().length];
        for (int row = 0; row < samples.size(); row++) {
            counts[samples.kind(row).ordinal()] += samples.samplesIn(row);
        }
        Map<SampleKind, Long> present = new EnumMap<>(SampleKind.class);
        for (SampleKind kind : SampleKind.values()) {
            if (counts[kind.ordinal()] > 0) {
                present.put(kind, counts[kind.ordinal()]);
            }
        }
        return present;
    }

    /** cpu if present, else cputime, wall, alloc, allocsample, lock, native; empty without samples. */
    public static Optional<SampleKind> defaultKind(Map<SampleKind, Long> counts) {
        for (SampleKind kind : PREFERENCE) {
            if (counts.getOrDefault(kind, 0L) > 0) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
