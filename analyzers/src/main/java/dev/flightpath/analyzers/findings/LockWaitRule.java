package dev.flightpath.analyzers.findings;

import dev.flightpath.analyzers.latency.LatencyCategory;
import dev.flightpath.analyzers.latency.LatencyGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Time blocked on locks (JFR monitor enter and park events) as a share of the wall time of the
 * threads that blocked: {@code total lock wait / (threads that blocked × recording duration)}.
 *
 * <p>Score: {@code ScoreRamp(5%, 25%)} of that share: 25 at 5%, 75 at 25%, 100 from 50%. JFR
 * records only waits above its threshold (20 ms by default in the profile settings), so the share
 * is a lower bound.
 */
public final class LockWaitRule implements FindingRule {
    static final ScoreRamp RAMP = new ScoreRamp(0.05, 0.25);

    @Override
    public String id() {
        return "lock-waits";
    }

    @Override
    public List<Finding> evaluate(FindingInputs inputs) {
        long duration = inputs.summary().durationNanos();
        if (inputs.latency().isEmpty() || duration <= 0) {
            return List.of();
        }
        List<LatencyGroup> locks = new ArrayList<>();
        long total = 0;
        long count = 0;
        for (LatencyGroup group : inputs.latency().get().groups()) {
            if (group.category() == LatencyCategory.LOCK) {
                locks.add(group);
                total += group.stats().totalNanos();
                count += group.stats().count();
            }
        }
        if (locks.isEmpty() || total == 0) {
            return List.of();
        }
        double share = total / ((double) locks.size() * duration);
        LatencyGroup worst = locks.get(0);
        String statement = "Lock waits took " + FindingText.percent(share) + " of the wall time of the "
                + locks.size() + (locks.size() == 1 ? " thread" : " threads") + " that blocked ("
                + FindingText.duration(total) + " in all; " + worst.group() + " "
                + FindingText.duration(worst.stats().totalNanos()) + ").";
        List<String> evidence = new ArrayList<>();
        evidence.add(FindingText.count(count) + " waits over " + FindingText.duration(duration) + " of recording");
        for (int i = 0; i < Math.min(3, locks.size()); i++) {
            LatencyGroup group = locks.get(i);
            evidence.add(group.group() + ": " + FindingText.count(group.stats().count()) + " waits, "
                    + FindingText.duration(group.stats().totalNanos()) + ", max "
                    + FindingText.duration(group.stats().maxNanos()));
        }
        evidence.add("JFR records only waits above its threshold, so this is a lower bound");
        return List.of(Finding.whole(id(), RAMP.score(share), statement, evidence, "latency"));
    }
}
