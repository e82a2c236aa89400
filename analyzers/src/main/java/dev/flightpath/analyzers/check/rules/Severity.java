package dev.flightpath.analyzers.check.rules;

/** What a broken rule does to the build: fail it, or only warn. */
public enum Severity {
    FAIL, WARN
}
