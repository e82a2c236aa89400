package dev.flightpath.analyzers.findings;

import dev.flightpath.analyzers.flame.HotMethod;
import dev.flightpath.analyzers.flame.HotMethods;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.format.UnitFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The method where most CPU (or wall-clock) samples end: one finding per such sample kind.
 *
 * <p>Score: {@code ScoreRamp(10%, 30%)} of the top method's self share: 25 at 10%, 75 at 30%,
 * 100 from 60%. With fewer than {@value #MIN_SAMPLES} samples the share says little, so the score
 * is capped at 24 (below info).
 */
public final class HotMethodRule implements FindingRule {
    static final int MIN_SAMPLES = 50;
    static final ScoreRamp RAMP = new ScoreRamp(0.10, 0.30);

    @Override
    public String id() {
        return "hot-method";
    }

    @Override
    public List<Finding> evaluate(FindingInputs inputs) {
        List<Finding> findings = new ArrayList<>();
        for (HotMethods hot : inputs.hot()) {
            if (!cpuLike(hot.kind()) || hot.methods().isEmpty() || hot.totalWeight() == 0) {
                continue;
            }
            HotMethod top = hot.methods().get(0);
            double share = hot.share(top.selfWeight());
            int score = RAMP.score(share);
            if (hot.sampleCount() < MIN_SAMPLES) {
                score = Math.min(score, FindingLevel.INFO_SCORE - 1);
            }
            String what = hot.kind() == SampleKind.WALL ? "wall-clock samples" : "CPU samples";
            String statement = "Method " + top.name() + " used " + FindingText.percent(share) + " of " + what + " ("
                    + UnitFormat.count(top.selfWeight()) + " of " + UnitFormat.count(hot.totalWeight()) + ").";
            List<String> evidence = new ArrayList<>();
            for (int i = 0; i < Math.min(3, hot.methods().size()); i++) {
                HotMethod method = hot.methods().get(i);
                evidence.add(method.name() + ": self " + FindingText.percent(hot.share(method.selfWeight())) + ", total "
                        + FindingText.percent(hot.share(method.totalWeight())));
            }
            long perSecond = inputs.summary().durationNanos() > 0
                    ? Math.round(hot.sampleCount() * 1e9 / inputs.summary().durationNanos()) : 0;
            evidence.add(UnitFormat.count(hot.sampleCount()) + " " + hot.kind().cliName() + " samples (" + perSecond
                    + " a second): shares are estimates; below " + MIN_SAMPLES + " samples they are rough");
            findings.add(Finding.whole(id(), score, statement, evidence, "flame"));
        }
        return findings;
    }

    private static boolean cpuLike(SampleKind kind) {
        return kind == SampleKind.CPU || kind == SampleKind.CPU_TIME || kind == SampleKind.WALL;
    }
}
