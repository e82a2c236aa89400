package dev.flightpath.reporters.export;

import dev.flightpath.model.SampleKind;

/**
 * The pprof sample types flightpath writes for a sample kind: a count type named after the kind
 * ({@code cpu}/{@code count}) and, for kinds whose values are bytes or nanoseconds, a value type
 * ({@code alloc_bytes}/{@code bytes}, {@code lock_nanoseconds}/{@code nanoseconds}). The pprof
 * loader reads these names back exactly.
 */
public final class PprofSampleTypes {
    public static final String COUNT_UNIT = "count";

    private PprofSampleTypes() {
    }

    /** Whether the kind's samples carry a value beyond being counted. */
    public static boolean hasValueType(SampleKind kind) {
        return !kind.valueUnit().equals("samples");
    }

    public static String countType(SampleKind kind) {
        return kind.cliName();
    }

    public static String valueType(SampleKind kind) {
        return kind.cliName() + "_" + kind.valueUnit();
    }
}
