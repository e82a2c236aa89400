package dev.flightpath.analyzers.findings;

import java.util.List;
import java.util.Objects;

/**
 * One ranked, plain-language statement about a recording.
 *
 * @param rule       the id of the rule that made it ({@code mailbox-backlog})
 * @param score      0 to 100; see {@link FindingLevel} for the levels
 * @param statement  one sentence with its numbers and units
 * @param evidence   the figures it rests on, one short line each
 * @param section    the id of the report section that shows the evidence
 * @param fromNanos  the start of the time it is about, on the recording's clock, or
 *                   {@link Long#MIN_VALUE} when it is about the whole recording
 * @param toNanos    the end of that time (exclusive), or {@link Long#MAX_VALUE}
 */
public record Finding(String rule, int score, String statement, List<String> evidence, String section,
        long fromNanos, long toNanos) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(section, "section");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be within 0..100: " + score);
        }
        evidence = List.copyOf(evidence);
    }

    /** A finding about the whole recording. */
    public static Finding whole(String rule, int score, String statement, List<String> evidence, String section) {
        return new Finding(rule, score, statement, evidence, section, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public FindingLevel level() {
        return FindingLevel.of(score);
    }

    public boolean hasTime() {
        return fromNanos != Long.MIN_VALUE;
    }
}
