package dev.flightpath.analyzers.check;

import dev.flightpath.analyzers.check.rules.RuleSet;
import dev.flightpath.analyzers.check.rules.RulesException;
import dev.flightpath.analyzers.check.rules.RulesParser;
import dev.flightpath.model.Recording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Key figures of a recording against a baseline, decided by the CI gate's machinery
 * ({@link CheckAnalyzer}) with a built-in set of relative rules, each "no worse than the baseline":
 * {@code mailbox.wait} p99 per mailbox, {@code latency} p99 per process and category,
 * {@code span.duration} p99 per span name and {@code gc.pause} max. A FAIL is a significant
 * increase (one-sided Mann-Whitney over per-window values, Holm-corrected at alpha 0.05).
 *
 * <p>The window is the shorter recording's duration over 50, in whole
 * milliseconds, from 10 ms to 1 s; there is no
 * warm-up. Only groups with data in both recordings are kept.
 */
public final class BaselineComparison {

    private BaselineComparison() {
    }

    /** The built-in rules with windows of {@code windowMillis}. */
    public static RuleSet rules(long windowMillis) {
        String text = String.join("\n",
                "thresholds:",
                "  mailbox.wait:",
                "    conditions: [ \"p(99) <= baseline\" ]",
                "    on_no_data: pass",
                "  latency:",
                "    conditions: [ \"p(99) <= baseline\" ]",
                "    on_no_data: pass",
                "  span.duration:",
                "    conditions: [ \"p(99) <= baseline\" ]",
                "    on_no_data: pass",
                "  gc.pause:",
                "    conditions: [ \"max <= baseline\" ]",
                "    on_no_data: pass",
                "settings:",
                String.format(Locale.ROOT, "  window: %dms", windowMillis),
                "  warmup: 0s",
                "");
        try {
            return RulesParser.parse(text);
        } catch (RulesException e) {
            throw new IllegalStateException("the built-in comparison rules do not parse: " + e.getMessage(), e);
        }
    }

    /** The window for two recordings: see the class comment (the same choice as a rules file without a window). */
    public static long windowMillis(Recording current, Recording baseline) {
        return CheckAnalyzer.windowNanos(current, baseline, 0) / 1_000_000L;
    }

    /** The comparison's rows with data in both recordings; overall FAIL when any increase is significant. */
    public static CheckResult compare(Recording current, Recording baseline) {
        CheckResult all = CheckAnalyzer.evaluate(rules(windowMillis(current, baseline)), current, baseline);
        List<ConditionResult> kept = new ArrayList<>();
        for (ConditionResult result : all.results()) {
            if (!Double.isNaN(result.observed()) && !Double.isNaN(result.baseline())) {
                kept.add(result);
            }
        }
        return new CheckResult(kept, CheckAnalyzer.overall(kept), true, all.alpha(), all.windowNanos(), all.windowChosen());
    }
}
