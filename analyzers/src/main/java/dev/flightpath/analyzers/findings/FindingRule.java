package dev.flightpath.analyzers.findings;

import java.util.List;

/**
 * One kind of finding: reads the result records and states what stands out, each statement
 * scored 0 to 100. A rule documents its score formula in its class comment.
 */
public interface FindingRule {
    /** A short id, such as {@code mailbox-backlog}. */
    String id();

    /** The findings of this rule; empty when it has nothing to say or no data to read. */
    List<Finding> evaluate(FindingInputs inputs);
}
