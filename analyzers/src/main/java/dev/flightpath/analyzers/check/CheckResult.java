package dev.flightpath.analyzers.check;

import java.util.List;

/**
 * Every condition of every rule in every matching group, and the overall verdict: FAIL when any
 * FAIL, else INCONCLUSIVE when any INCONCLUSIVE, else PASS (warnings do not fail).
 */
public record CheckResult(List<ConditionResult> results, Verdict overall, boolean comparedWithBaseline,
        double alpha) {
    public CheckResult {
        results = List.copyOf(results);
    }

    public long count(Verdict verdict) {
        return results.stream().filter(result -> result.verdict() == verdict).count();
    }
}
