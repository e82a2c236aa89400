package dev.flightpath.analyzers.check;

/** The outcome of one condition in one group. */
public enum Verdict {
    /** The condition holds. */
    PASS,
    /** The limit is exceeded (and, against a baseline, the change is significant). */
    FAIL,
    /** A rule of severity warn failed, or a rule with on_no_data: warn had no data. */
    WARN,
    /** Too little data, or a baseline limit exceeded by a change that is not significant. */
    INCONCLUSIVE,
    /** A baseline condition in a run without a baseline recording: not evaluated, and no part of the overall verdict. */
    SKIPPED
}
