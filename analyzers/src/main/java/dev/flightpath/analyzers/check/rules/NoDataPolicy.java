package dev.flightpath.analyzers.check.rules;

/** What a rule whose metric has no data in the recording does. */
public enum NoDataPolicy {
    FAIL, PASS, WARN
}
