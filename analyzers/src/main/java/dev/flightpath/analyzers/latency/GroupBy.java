package dev.flightpath.analyzers.latency;

/** How {@code flightpath latency} groups waits. */
public enum GroupBy {
    /** Each process (thread, BEAM process) by id. */
    PROCESS,
    /** Each scheduler, CPU or pool id of the scheduling intervals; lock waits have none. */
    SCHEDULER,
    /**
     * Thread or process names with their trailing number removed ({@code pool-2-thread-7} →
     * {@code pool-2-thread}, {@code ForkJoinPool-1-worker-3} → {@code ForkJoinPool-1-worker}).
     */
    POOL,
    /** Thread or process names: processes of the same name are one group. */
    THREAD
}
