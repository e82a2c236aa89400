package dev.flightpath.analyzers.check;

import java.util.List;

/**
 * Every condition of every rule in every matching group, and the overall verdict: FAIL when any
 * FAIL, else INCONCLUSIVE when any INCONCLUSIVE, else PASS (warnings and skipped baseline
 * conditions do not fail).
 *
 * @param windowNanos  the window the baseline comparison cut the recordings into; 0 without a baseline
 * @param windowChosen whether that window was chosen from the recordings (the rules set none)
 */
public record CheckResult(List<ConditionResult> results, Verdict overall, boolean comparedWithBaseline,
        double alpha, long windowNanos, boolean windowChosen) {
    public CheckResult {
        results = List.copyOf(results);
    }

    public long count(Verdict verdict) {
        return results.stream().filter(result -> result.verdict() == verdict).count();
    }
}
