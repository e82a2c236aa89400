package dev.flightpath.analyzers.findings;

import dev.flightpath.analyzers.criticalpath.Contribution;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.criticalpath.GroupBy;
import dev.flightpath.model.format.UnitFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Messages waiting in mailboxes on the critical path, per consumer (the critical-path analysis as
 * the report's section shows it, grouped by operation; a queue-wait segment belongs to the
 * consuming span): {@code that operation's queue-wait time / the summed durations of all paths}.
 *
 * <p>Score: {@code ScoreRamp(5%, 25%)} of that share: 25 at 5%, 75 at 25%, 100 from 50%. At most
 * {@value #MAX_FINDINGS} findings, the operations with the most queue wait first. The statement also
 * gives the wait's share of the operation's own part of the critical paths.
 */
public final class CriticalPathQueueWaitRule implements FindingRule {
    static final ScoreRamp RAMP = new ScoreRamp(0.05, 0.25);
    static final int MAX_FINDINGS = 3;

    @Override
    public String id() {
        return "critical-path-queue-wait";
    }

    @Override
    public List<Finding> evaluate(FindingInputs inputs) {
        if (inputs.criticalPaths().isEmpty()) {
            return List.of();
        }
        CriticalPathReport report = inputs.criticalPaths().get();
        if (report.totalNanos() <= 0) {
            return List.of();
        }
        List<Contribution> waiting = new ArrayList<>();
        for (Contribution c : report.contributions()) {
            if (c.queueWaitNanos() > 0 && c.totalNanos() > 0) {
                waiting.add(c);
            }
        }
        waiting.sort(Comparator.comparingLong(Contribution::queueWaitNanos).reversed()
                .thenComparing(Contribution::name));
        List<Finding> findings = new ArrayList<>();
        for (Contribution c : waiting.subList(0, Math.min(MAX_FINDINGS, waiting.size()))) {
            double ofAll = c.queueWaitNanos() / (double) report.totalNanos();
            double ofOwn = c.queueWaitNanos() / (double) c.totalNanos();
            String statement = noun(report.groupBy()) + " " + c.name() + " spends " + FindingText.percent(ofOwn)
                    + " of its critical path waiting in mailboxes (" + UnitFormat.duration(c.queueWaitNanos())
                    + ", " + FindingText.percent(ofAll) + " of all critical-path time).";
            List<String> evidence = new ArrayList<>();
            evidence.add(c.name() + " on " + UnitFormat.count(c.traces()) + " of " + UnitFormat.count(report.paths())
                    + " paths: " + UnitFormat.duration(c.totalNanos()) + " of critical path, self "
                    + UnitFormat.duration(c.selfNanos()) + ", running " + UnitFormat.duration(c.runningNanos())
                    + ", queue wait " + UnitFormat.duration(c.queueWaitNanos()));
            evidence.add("its part per path: p50 " + UnitFormat.duration(c.p50Nanos()) + ", p95 "
                    + UnitFormat.duration(c.p95Nanos()) + ", p99 " + UnitFormat.duration(c.p99Nanos()));
            if (report.estimated()) {
                evidence.add("sampled spans: times are weighted estimates");
            }
            findings.add(Finding.whole(id(), RAMP.score(ofAll), statement, evidence, "critical-path"));
        }
        return List.copyOf(findings);
    }

    private static String noun(GroupBy groupBy) {
        switch (groupBy) {
            case OPERATION:
                return "Operation";
            case PROCESS:
                return "Process";
            case SERVICE:
                return "Service";
            default:
                throw new IllegalStateException(groupBy.name());
        }
    }
}
