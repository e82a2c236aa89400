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
    /** A {@link dev.flightpath.model.SampleKind#LOCK} sample: monitor enter or park, its blocked time. */
    LOCK("lock");

    private final String cliName;

    LatencyCategory(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public boolean isScheduler() {
        return this != LOCK;
    }
}
