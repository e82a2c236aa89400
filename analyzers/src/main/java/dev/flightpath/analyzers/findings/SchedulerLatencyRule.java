package dev.flightpath.analyzers.findings;

import dev.flightpath.analyzers.latency.LatencyGroup;
import dev.flightpath.analyzers.latency.LatencyReport;
import dev.flightpath.analyzers.latency.WorstWindow;
import dev.flightpath.analyzers.stats.DurationStats;
import dev.flightpath.model.format.UnitFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scheduler latency tails (runnable to running): one finding per group and category with at least
 * {@value #MIN_WAITS} waits, the {@value #MAX_FINDINGS} highest scores.
 *
 * <p>Score: {@code ScoreRamp(1 ms, 10 ms)} of the group's p99: 25 at 1 ms, 75 at 10 ms, 100 from
 * 20 ms. The sentence gives the tail as a multiple of the median.
 */
public final class SchedulerLatencyRule implements FindingRule {
    static final int MAX_FINDINGS = 3;
    static final int MIN_WAITS = 10;
    static final ScoreRamp RAMP = new ScoreRamp(1e6, 10e6);

    @Override
    public String id() {
        return "scheduler-latency";
    }

    @Override
    public List<Finding> evaluate(FindingInputs inputs) {
        if (inputs.latency().isEmpty()) {
            return List.of();
        }
        LatencyReport report = inputs.latency().get();
        List<Finding> findings = new ArrayList<>();
        for (LatencyGroup group : report.groups()) {
            if (group.category().isScheduler() && group.stats().count() >= MIN_WAITS) {
                findings.add(finding(group, inputs.startNanos()));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::score).reversed());
        return findings.subList(0, Math.min(MAX_FINDINGS, findings.size()));
    }

    private Finding finding(LatencyGroup group, long startNanos) {
        DurationStats stats = group.stats();
        StringBuilder statement = new StringBuilder("Scheduler latency p99 of ").append(group.group()).append(" was ")
                .append(UnitFormat.duration(stats.p99Nanos()));
        if (stats.p50Nanos() > 0) {
            statement.append(", ").append(FindingText.times(stats.p99Nanos() / (double) stats.p50Nanos()))
                    .append(" the median");
        }
        statement.append(" (").append(group.category().cliName()).append(").");
        List<String> evidence = new ArrayList<>();
        evidence.add(UnitFormat.count(stats.count()) + " waits: p50 " + UnitFormat.duration(stats.p50Nanos()) + ", p90 "
                + UnitFormat.duration(stats.p90Nanos()) + ", p99 " + UnitFormat.duration(stats.p99Nanos()) + ", max "
                + UnitFormat.duration(stats.maxNanos()));
        evidence.add("waiting to run: " + FindingText.percent(group.waitShare()) + " of runnable time ("
                + UnitFormat.duration(stats.totalNanos()) + " in all)");
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        if (!group.worstWindows().isEmpty()) {
            WorstWindow window = group.worstWindows().get(0);
            evidence.add("worst window " + FindingText.offset(window.startNanos(), startNanos) + ": p99 "
                    + UnitFormat.duration(window.p99Nanos()) + " over " + UnitFormat.count(window.count()) + (window.count() == 1 ? " wait" : " waits"));
            from = window.startNanos();
            to = window.endNanos();
        }
        return new Finding(id(), RAMP.score(stats.p99Nanos()), statement.toString(), evidence, "latency", from, to);
    }
}
