package dev.flightpath.analyzers.latency;

/** What kind of wait a latency is. */
public enum LatencyCategory {
    /**
     * Runnable → running after the process became runnable from waiting (a message arrived, a task
     * was submitted).
     */
    SCHEDULER_WAKEUP("scheduler-wakeup"),
    /**
     * Runnable → running after the process was scheduled out while still runnable: its runnable
     * time is at or before the end of its previous running interval.
     */
    SCHEDULER_PREEMPTED("scheduler-preempted"),
    /**
     * A {@link dev.flightpath.model.SampleKind#LOCK} sample that waited for a lock another thread
     * held: a monitor enter, or a park inside {@code ReentrantLock}, {@code ReentrantReadWriteLock},
     * {@code StampedLock} or {@code Semaphore} ({@link WaitClassifier}).
     */
    CONTENTION("contention"),
    /** A lock sample of a worker waiting for work: an executor's queue, a selector, a mailbox's poll. */
    IDLE("idle"),
    /** A lock sample of any other wait: a future's result, a latch, sleep, an unrecognised park or wait. */
    OTHER_WAIT("other-wait"),
    /** A stop-the-world GC pause ({@link dev.flightpath.model.PauseKind#GC}). */
    GC_PAUSE("gc-pause"),
    /** A whole safepoint ({@link dev.flightpath.model.PauseKind#SAFEPOINT}). */
    SAFEPOINT("safepoint"),
    /** Reaching a safepoint ({@link dev.flightpath.model.PauseKind#TIME_TO_SAFEPOINT}). */
    TIME_TO_SAFEPOINT("time-to-safepoint");

    private final String cliName;

    LatencyCategory(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Whether this is one of the classes of a lock sample (contention, idle, other wait). */
    public boolean isThreadWait() {
        return this == CONTENTION || this == IDLE || this == OTHER_WAIT;
    }

    public boolean isScheduler() {
        return this == SCHEDULER_WAKEUP || this == SCHEDULER_PREEMPTED;
    }

    static LatencyCategory of(dev.flightpath.model.PauseKind kind) {
        switch (kind) {
            case GC:
                return GC_PAUSE;
            case SAFEPOINT:
                return SAFEPOINT;
            case TIME_TO_SAFEPOINT:
            default:
                return TIME_TO_SAFEPOINT;
        }
    }
}
