package dev.flightpath.loaders;

import dev.flightpath.model.DataKind;
import dev.flightpath.model.SampleKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a command needs from a file. Info, processes and warnings are always read;
 * the kinds listed here are read when the format has them, the others may be skipped.
 *
 * @param data        the kinds of data wanted
 * @param sampleKinds when samples are wanted, the sample kinds wanted; empty means every kind (a
 *                    loader may then skip the events of other kinds)
 */
public record LoadRequest(Set<DataKind> data, Set<SampleKind> sampleKinds) {
    public LoadRequest {
        data = data.isEmpty() ? EnumSet.noneOf(DataKind.class) : EnumSet.copyOf(data);
        sampleKinds = sampleKinds.isEmpty() ? EnumSet.noneOf(SampleKind.class) : EnumSet.copyOf(sampleKinds);
    }

    public LoadRequest(Set<DataKind> data) {
        this(data, Set.of());
    }

    public static LoadRequest everything() {
        return new LoadRequest(EnumSet.allOf(DataKind.class));
    }

    /** Enough for {@code summary}: event counts and what is always read. */
    public static LoadRequest countsOnly() {
        return new LoadRequest(EnumSet.of(DataKind.EVENT_COUNTS));
    }

    public static LoadRequest of(DataKind first, DataKind... rest) {
        return new LoadRequest(EnumSet.of(first, rest));
    }

    /** Samples of one kind only. */
    public static LoadRequest samplesOf(SampleKind kind) {
        return new LoadRequest(EnumSet.of(DataKind.SAMPLES), EnumSet.of(kind));
    }

    /** The same request, also asking for {@code kind}. */
    public LoadRequest with(DataKind kind) {
        Set<DataKind> more = EnumSet.of(kind);
        more.addAll(data);
        return new LoadRequest(more, sampleKinds);
    }

    public boolean wants(DataKind kind) {
        return data.contains(kind);
    }

    /** Whether samples of this kind are wanted. */
    public boolean wantsSamples(SampleKind kind) {
        return wants(DataKind.SAMPLES) && (sampleKinds.isEmpty() || sampleKinds.contains(kind));
    }
}
