package dev.flightpath.model;

/** What stopped the threads of a runtime, in {@link PauseTable}. */
public enum PauseKind {
    /** A stop-the-world GC pause ({@code jdk.GCPhasePause}; not its Level1–4 sub-phases). */
    GC("gc-pause"),
    /** A whole safepoint, from {@code jdk.SafepointBegin} to the {@code jdk.SafepointEnd} of its id. */
    SAFEPOINT("safepoint"),
    /** Time to reach a safepoint ({@code jdk.SafepointStateSynchronization}). */
    TIME_TO_SAFEPOINT("time-to-safepoint");

    private final String cliName;

    PauseKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }
}
