package dev.flightpath.analyzers.criticalpath;

/** What the aggregate adds critical-path time up by. */
public enum GroupBy {
    /** The span's name. */
    OPERATION,
    /** The span's process ({@link dev.flightpath.model.ProcessInfo#name()}): a service or a thread. */
    PROCESS,
    /** The span's service: {@code service.name} if the span has it, else the OS process of a thread, else the process. */
    SERVICE
}
