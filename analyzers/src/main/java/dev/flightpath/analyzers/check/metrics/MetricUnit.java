package dev.flightpath.analyzers.check.metrics;

/** The unit of a metric's observations, which decides the units a rule's limits must carry. */
public enum MetricUnit {
    /** Nanoseconds; limits need a time unit (ns, us, ms, s, min). */
    NANOSECONDS,
    /** A fraction in [0, 1]; limits are written as percentages. */
    RATIO,
    /** A plain number (messages, events); limits have no unit. */
    COUNT
}
