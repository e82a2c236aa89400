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
 * <p>The window is the shorter recording's duration over {@value #TARGET_WINDOWS}, in whole
 * milliseconds, from {@value #MIN_WINDOW_MILLIS} ms to {@value #MAX_WINDOW_MILLIS} ms; there is no
 * warm-up. Only groups with data in both recordings are kept.
 */
public final class BaselineComparison {
    static final int TARGET_WINDOWS = 50;
    static final long MIN_WINDOW_MILLIS = 10;
    static final long MAX_WINDOW_MILLIS = 1_000;

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

    /** The window for two recordings: see the class comment. */
    public static long windowMillis(Recording current, Recording baseline) {
        long shorter = Math.min(current.info().durationNanos(), baseline.info().durationNanos());
        long millis = shorter / TARGET_WINDOWS / 1_000_000L;
        return Math.max(MIN_WINDOW_MILLIS, Math.min(MAX_WINDOW_MILLIS, millis));
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
        Verdict overall = Verdict.PASS;
        for (ConditionResult result : kept) {
            if (result.verdict() == Verdict.FAIL) {
                overall = Verdict.FAIL;
            } else if (result.verdict() == Verdict.INCONCLUSIVE && overall != Verdict.FAIL) {
                overall = Verdict.INCONCLUSIVE;
            }
        }
        return new CheckResult(kept, overall, true, all.alpha());
    }
}
