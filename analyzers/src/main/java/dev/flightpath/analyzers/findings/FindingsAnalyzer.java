package dev.flightpath.analyzers.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs finding rules and ranks what they say: highest score first, then by rule and sentence. */
public final class FindingsAnalyzer {
    private final List<FindingRule> rules;

    public FindingsAnalyzer(List<FindingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of this version: mailbox backlog, scheduler latency, lock waits, GC pauses,
     * critical-path queue wait, hot method, data quality, and the CI gate's verdicts. */
    public static FindingsAnalyzer standard() {
        return new FindingsAnalyzer(List.of(new MailboxBacklogRule(), new SchedulerLatencyRule(), new LockWaitRule(),
                new GcPauseRule(), new CriticalPathQueueWaitRule(), new HotMethodRule(), new DataQualityRule(),
                new CheckVerdictRule()));
    }

    public List<FindingRule> rules() {
        return rules;
    }

    public List<Finding> evaluate(FindingInputs inputs) {
        List<Finding> findings = new ArrayList<>();
        for (FindingRule rule : rules) {
            findings.addAll(rule.evaluate(inputs));
        }
        findings.sort(Comparator.comparingInt(Finding::score).reversed()
                .thenComparing(Finding::rule)
                .thenComparing(Finding::statement));
        return List.copyOf(findings);
    }
}
