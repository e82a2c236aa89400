package dev.flightpath.model;

/** Kinds of data a command can ask a loader for; a loader may skip the kinds not asked for. */
public enum DataKind {
    EVENT_COUNTS, SAMPLES, SPANS, MESSAGES, SCHEDULING,
    /** Runtime pauses: JVM GC pauses, safepoints and time to safepoint ({@link PauseTable}). */
    PAUSES,
    /** CPU load readings: the JVM's and the machine's share of CPU time ({@link CpuLoadTable}). */
    CPU_LOAD
}
