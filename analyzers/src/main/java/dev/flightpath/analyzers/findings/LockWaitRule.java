package dev.flightpath.analyzers.findings;

import dev.flightpath.analyzers.latency.LatencyCategory;
import dev.flightpath.analyzers.latency.LatencyGroup;
import dev.flightpath.model.format.UnitFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Time blocked on locks other threads held (JFR monitor-enter events, and parks inside
 * {@code ReentrantLock} and the like: the {@code contention} class of {@link
 * dev.flightpath.analyzers.latency.WaitClassifier}) as a share of the wall time of the threads
 * that blocked: {@code total contention / (threads that blocked × recording duration)}. Idle
 * workers waiting for work and other waits (futures, sleeps) are not lock waits and are left out.
 *
 * <p>Score: {@code ScoreRamp(5%, 25%)} of that share: 25 at 5%, 75 at 25%, 100 from 50%. The JDK
 * recorder records only waits above its threshold (20 ms in its default settings, 10 ms in
 * profile), async-profiler those above its lock option, so the share is a lower bound.
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
            if (group.category() == LatencyCategory.CONTENTION) {
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
        String statement = "Lock contention took " + FindingText.percent(share) + " of the wall time of the "
                + locks.size() + (locks.size() == 1 ? " thread" : " threads") + " that blocked ("
                + UnitFormat.duration(total) + " in all; " + worst.group() + " "
                + UnitFormat.duration(worst.stats().totalNanos()) + ").";
        List<String> evidence = new ArrayList<>();
        evidence.add(UnitFormat.count(count) + (count == 1 ? " wait over " : " waits over ") + UnitFormat.duration(duration)
                + " of recording");
        for (int i = 0; i < Math.min(3, locks.size()); i++) {
            LatencyGroup group = locks.get(i);
            evidence.add(group.group() + ": " + UnitFormat.count(group.stats().count())
                    + (group.stats().count() == 1 ? " wait, " : " waits, ")
                    + UnitFormat.duration(group.stats().totalNanos()) + ", max "
                    + UnitFormat.duration(group.stats().maxNanos()));
        }
        evidence.add(thresholdNote(inputs.summary().producer()));
        return List.of(Finding.whole(id(), RAMP.score(share), statement, evidence, "latency"));
    }

    /** Which waits the producer records: a fact of the producer, not of JFR. */
    static String thresholdNote(String producer) {
        if (producer.startsWith("async-profiler")) {
            return "async-profiler records only waits above its lock threshold (its lock option), so this may be a lower bound";
        }
        return "the JDK recorder records only waits above its threshold (20 ms in its default settings, 10 ms in "
                + "profile), so this is a lower bound";
    }
}
