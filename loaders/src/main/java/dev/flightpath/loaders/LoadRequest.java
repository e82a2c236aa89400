package dev.flightpath.loaders;

import dev.flightpath.model.DataKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a command needs from a file. Info, processes and warnings are always read;
 * the kinds listed here are read when the format has them, the others may be skipped.
 */
public record LoadRequest(Set<DataKind> data) {
    public LoadRequest {
        data = data.isEmpty() ? EnumSet.noneOf(DataKind.class) : EnumSet.copyOf(data);
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

    public boolean wants(DataKind kind) {
        return data.contains(kind);
    }
}
