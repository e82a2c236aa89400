package dev.flightpath.analyzers.fanout;

/** The rule that found a broadcast (see the package documentation). */
public enum DetectionRule {
    /** M1: messages of one sender sharing a broadcast id (recorder fan-out id, seq_trace serial). */
    BROADCAST_ID("id"),
    /** M2: a burst of sends of one type (and term) from one sender to distinct recipients. */
    BURST("burst"),
    /** S1: a producer span (or Chrome flow start) with its consumers (or flow ends). */
    LINKED_CONSUMERS("consumers"),
    /** S2: a span whose children call the same operation on several recipients. */
    CHILD_CALLS("children");

    private final String label;

    DetectionRule(String label) {
        this.label = label;
    }

    /** The short name used in tables and JSON. */
    public String label() {
        return label;
    }
}
