package dev.flightpath.analyzers.findings;

import dev.flightpath.model.PauseKind;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.format.UnitFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Stop-the-world GC pauses ({@code jdk.GCPhasePause}) as a share of the recording's wall time:
 * {@code total GC pause / recording duration}. Safepoints and time to safepoint are not counted.
 *
 * <p>Score: {@code ScoreRamp(2%, 10%)} of that share: 25 at 2%, 75 at 10%, 100 from 20%. The
 * longest pause is the evidence, and the finding points at its time on the timeline.
 */
public final class GcPauseRule implements FindingRule {
    static final ScoreRamp RAMP = new ScoreRamp(0.02, 0.10);

    @Override
    public String id() {
        return "gc-pauses";
    }

    @Override
    public List<Finding> evaluate(FindingInputs inputs) {
        long duration = inputs.summary().durationNanos();
        PauseTable pauses = inputs.pauses();
        if (duration <= 0) {
            return List.of();
        }
        long total = 0;
        long count = 0;
        int longest = -1;
        for (int row = 0; row < pauses.size(); row++) {
            if (pauses.kind(row) != PauseKind.GC) {
                continue;
            }
            total += pauses.durationNanos(row);
            count++;
            if (longest < 0 || pauses.durationNanos(row) > pauses.durationNanos(longest)) {
                longest = row;
            }
        }
        if (count == 0 || total == 0) {
            return List.of();
        }
        double share = total / (double) duration;
        long longestNanos = pauses.durationNanos(longest);
        long longestStart = pauses.startNanos(longest);
        String statement = "GC pauses stopped the application for " + FindingText.percent(share)
                + " of the recording's wall time (" + UnitFormat.count(count) + (count == 1 ? " pause, " : " pauses, ")
                + UnitFormat.duration(total) + " in all; the longest " + UnitFormat.duration(longestNanos) + ").";
        List<String> evidence = new ArrayList<>();
        boolean placed = inputs.inRecording(longestStart);
        evidence.add("longest pause: " + UnitFormat.duration(longestNanos)
                + (placed ? " at " + FindingText.offset(longestStart, inputs.startNanos()) : ""));
        evidence.add(UnitFormat.count(count) + (count == 1 ? " GC pause over " : " GC pauses over ")
                + UnitFormat.duration(duration)
                + " of recording: mean " + UnitFormat.duration(total / count));
        if (!placed) {
            return List.of(Finding.whole(id(), RAMP.score(share), statement, evidence, "timeline"));
        }
        long end = longestStart + Math.max(1, longestNanos);
        return List.of(new Finding(id(), RAMP.score(share), statement, evidence, "timeline", longestStart,
                end < longestStart ? Long.MAX_VALUE : end));
    }
}
