package dev.flightpath.model;

/**
 * One stretch in which a process became runnable, waited, ran and stopped running.
 * Scheduler latency is {@code runningFromNanos - runnableSinceNanos}.
 *
 * @param processId          the {@link ProcessInfo#id()}
 * @param schedulerId        the scheduler, CPU or pool that ran it, or -1 when unknown
 * @param runnableSinceNanos when it became runnable (a message arrived while it waited, it was
 *                           preempted while still runnable, a task was submitted), or
 *                           {@link Message#NEVER} when the recording does not say
 * @param runningFromNanos   when it was scheduled in
 * @param runningToNanos     when it was scheduled out
 */
public record SchedulingInterval(
        int processId, int schedulerId, long runnableSinceNanos, long runningFromNanos, long runningToNanos) {

    public SchedulingInterval {
        if (runningToNanos < runningFromNanos) {
            throw new IllegalArgumentException("interval ends before it starts");
        }
        if (runnableSinceNanos != Message.NEVER && runnableSinceNanos > runningFromNanos) {
            throw new IllegalArgumentException("runnable after running started");
        }
    }

    public boolean hasRunnableSince() {
        return runnableSinceNanos != Message.NEVER;
    }

    /** Time from runnable to running; only meaningful when {@link #hasRunnableSince()}. */
    public long schedulerLatencyNanos() {
        return runningFromNanos - runnableSinceNanos;
    }
}
