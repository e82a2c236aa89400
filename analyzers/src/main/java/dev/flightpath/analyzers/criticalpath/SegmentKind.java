package dev.flightpath.analyzers.criticalpath;

/** What the critical path is doing during a segment. */
public enum SegmentKind {
    /** The span's own time: none of its children runs. */
    SELF("self"),
    /** The span's time while some child that is not on the path runs (an overlapping sibling of a path child). */
    RUNNING("running"),
    /** A message waits in the consumer's mailbox: from the producer span's end to the consumer span's start. */
    QUEUE_WAIT("queue-wait");

    private final String cliName;

    SegmentKind(String cliName) {
        this.cliName = cliName;
    }

    /** The name in JSON and tables: {@code self}, {@code running}, {@code queue-wait}. */
    public String cliName() {
        return cliName;
    }
}
