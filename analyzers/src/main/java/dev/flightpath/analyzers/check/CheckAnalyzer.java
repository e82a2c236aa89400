package dev.flightpath.analyzers.check;

import dev.flightpath.analyzers.check.metrics.MetricSeries;
import dev.flightpath.analyzers.check.metrics.MetricSource;
import dev.flightpath.analyzers.check.metrics.Metrics;
import dev.flightpath.analyzers.check.rules.CheckSettings;
import dev.flightpath.analyzers.check.rules.Condition;
import dev.flightpath.analyzers.check.rules.NoDataPolicy;
import dev.flightpath.analyzers.check.rules.Rule;
import dev.flightpath.analyzers.check.rules.RuleSet;
import dev.flightpath.analyzers.check.rules.Severity;
import dev.flightpath.analyzers.check.rules.Quantities;
import dev.flightpath.analyzers.check.stats.HodgesLehmann;
import dev.flightpath.analyzers.check.stats.Holm;
import dev.flightpath.analyzers.check.stats.MannWhitney;
import dev.flightpath.analyzers.check.stats.WeightedStatistics;
import dev.flightpath.model.DataKind;
import dev.flightpath.analyzers.latency.WaitClassifier;
import dev.flightpath.model.Recording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a rule set on a recording, optionally against a baseline recording.
 *
 * <p>An absolute condition compares the statistic of all observations (after the warm-up) with
 * its limit. A baseline condition ({@code p(99) <= baseline * 1.10 + 200us}) resolves the limit
 * from the baseline's statistic; the allowed change is {@code limit - baseline}. Both recordings
 * are cut into windows (of {@code settings.window}, or, without one, the shorter recording's
 * duration after the warm-up over 50, from 10 ms to 1 s) and the statistic is computed per window.
 * One statistic then decides and is shown: the Hodges–Lehmann shift of the per-window values
 * (current - baseline) with its confidence interval, and the one-sided Mann-Whitney test of a shift
 * beyond the allowed change (its variance widened by the windows' lag-one autocorrelation,
 * {@link MannWhitney#varianceInflation}, since neighbouring windows of a latency are correlated), whose p-values are corrected with Holm's method over all baseline
 * conditions (so the stated alpha is the false-positive rate of the whole check). The interval's
 * ends are one-sided bounds at each condition's Holm level, so a change is significant exactly
 * when the interval lies beyond the allowed change. Significant is FAIL; otherwise the raw
 * whole-recording statistic within the limit is PASS, and beyond it INCONCLUSIVE, as are too few
 * windows; each INCONCLUSIVE says what would make it conclusive.
 *
 * <p>Without a baseline recording, baseline conditions are SKIPPED and do not count in the
 * overall verdict.
 */
public final class CheckAnalyzer {
    /** What the rules' metrics read from a file. */
    public static final Set<DataKind> NEEDS = Set.of(DataKind.SAMPLES, DataKind.SPANS, DataKind.MESSAGES,
            DataKind.SCHEDULING, DataKind.PAUSES);
    static final int TARGET_WINDOWS = 50;
    static final long MIN_WINDOW_NANOS = 10_000_000L;
    static final long MAX_WINDOW_NANOS = 1_000_000_000L;

    private CheckAnalyzer() {
    }

    /**
     * A result before Holm's correction decides the baseline verdicts.
     *
     * @param tolerance the allowed change, limit - baseline (NaN when not tested)
     * @param current   the current recording's per-window values (null when not tested)
     * @param base      the baseline's per-window values
     */
    private record Pending(ConditionResult result, boolean exceeded, boolean tested, double tolerance,
            double[] current, double[] base) {
        Pending(ConditionResult result) {
            this(result, false, false, Double.NaN, null, null);
        }
    }

    public static CheckResult evaluate(RuleSet rules, Recording current, Recording baseline) {
        return evaluate(rules, current, baseline, WaitClassifier.standard());
    }

    /** With lock samples told apart by {@code waits} ({@code latency{category="contention"}} and the like). */
    public static CheckResult evaluate(RuleSet rules, Recording current, Recording baseline, WaitClassifier waits) {
        CheckSettings settings = rules.settings();
        boolean windowChosen = baseline != null && settings.automaticWindow();
        if (windowChosen) {
            settings = settings.withWindowNanos(windowNanos(current, baseline, settings.warmupNanos()));
        }
        List<Pending> pending = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            MetricSource metric = Metrics.byName(rule.selector().metric()).orElseThrow();
            List<MetricSeries> groups = matching(metric, current, rule, waits);
            Map<Map<String, String>, MetricSeries> baselineGroups = new HashMap<>();
            if (baseline != null) {
                for (MetricSeries series : matching(metric, baseline, rule, waits)) {
                    baselineGroups.put(series.labels(), series);
                }
            }
            for (Condition condition : rule.conditions()) {
                if (condition.limit().relative() && baseline == null) {
                    pending.add(new Pending(skipped(rule, condition, metric)));
                    continue;
                }
                if (groups.isEmpty()) {
                    pending.add(new Pending(noData(rule, condition, metric, Map.of())));
                    continue;
                }
                for (MetricSeries series : groups) {
                    pending.add(evaluate(rule, condition, metric, series, baselineGroups.get(series.labels()),
                            current, baseline, settings));
                }
            }
        }
        return decide(pending, settings, baseline != null, windowChosen);
    }

    /**
     * The window of a comparison chosen from its recordings: the shorter duration after the warm-up
     * over {@value #TARGET_WINDOWS}, in whole milliseconds, from 10 ms to 1 s.
     */
    public static long windowNanos(Recording current, Recording baseline, long warmupNanos) {
        long shorter = Math.min(current.info().durationNanos(), baseline.info().durationNanos()) - Math.max(0, warmupNanos);
        long millis = Math.max(0, shorter) / TARGET_WINDOWS / 1_000_000L;
        return Math.max(MIN_WINDOW_NANOS, Math.min(MAX_WINDOW_NANOS, millis * 1_000_000L));
    }

    /**
     * The series that match the selector, pooled by the metric's group-by labels plus the labels
     * the selector names, in a stable order.
     */
    private static List<MetricSeries> matching(MetricSource metric, Recording recording, Rule rule, WaitClassifier waits) {
        java.util.Set<String> keyLabels = new java.util.TreeSet<>(metric.groupBy());
        rule.selector().matchers().forEach(matcher -> keyLabels.add(matcher.label()));
        Map<Map<String, String>, List<MetricSeries>> parts = new java.util.TreeMap<>(
                Comparator.comparing(Object::toString));
        for (MetricSeries series : metric.series(recording, rule.selector(), waits)) {
            if (rule.selector().matches(series.labels())) {
                Map<String, String> key = new java.util.TreeMap<>();
                for (String label : keyLabels) {
                    key.put(label, series.labels().getOrDefault(label, ""));
                }
                parts.computeIfAbsent(key, k -> new ArrayList<>()).add(series);
            }
        }
        List<MetricSeries> groups = new ArrayList<>();
        parts.forEach((key, list) -> groups.add(MetricSeries.pool(key, list)));
        return groups;
    }

    private static Pending evaluate(Rule rule, Condition condition, MetricSource metric, MetricSeries allObservations,
            MetricSeries baselineObservations, Recording current, Recording baseline, CheckSettings settings) {
        MetricSeries series = afterWarmup(allObservations, current, settings);
        long events = series.size();
        if (events == 0) {
            return new Pending(noData(rule, condition, metric, series.labels()));
        }
        double observed = WeightedStatistics.compute(condition.statistic(), series.values(), series.weights(), 0, series.size());
        if (events < rule.minEvents()) {
            return new Pending(result(rule, condition, metric, series, Verdict.INCONCLUSIVE, observed, Double.NaN,
                    Double.NaN, 0, 0, String.format(Locale.ROOT,
                            "only %d events; min_events is %d: record longer or lower min_events", events, rule.minEvents())));
        }
        if (!condition.limit().relative()) {
            double limit = condition.limit().resolve(0);
            boolean holds = condition.comparison().holds(observed, limit);
            return new Pending(result(rule, condition, metric, series, holds ? Verdict.PASS : failOrWarn(rule), observed,
                    limit, Double.NaN, 0, 0, holds ? "within the limit" : "limit exceeded"));
        }
        if (baselineObservations == null || afterWarmup(baselineObservations, baseline, settings).size() == 0) {
            return new Pending(result(rule, condition, metric, series, Verdict.INCONCLUSIVE, observed, Double.NaN,
                    Double.NaN, 0, 0, "no baseline data for this group: the baseline must record the same groups"));
        }
        MetricSeries base = afterWarmup(baselineObservations, baseline, settings);
        double baselineValue = WeightedStatistics.compute(condition.statistic(), base.values(), base.weights(), 0, base.size());
        double limit = condition.limit().resolve(baselineValue);
        boolean holds = condition.comparison().holds(observed, limit);
        double[] currentWindows = windowStatistics(series, current, condition, settings);
        double[] baselineWindows = windowStatistics(base, baseline, condition, settings);
        boolean enoughWindows = currentWindows.length >= settings.minWindows() && baselineWindows.length >= settings.minWindows();
        String message = holds ? "within the limit" : enoughWindows ? "limit exceeded"
                : "limit exceeded, but " + tooFewWindows(currentWindows.length, baselineWindows.length, current, baseline,
                        settings);
        if (holds && !enoughWindows) {
            message = "within the limit (too few windows to test: "
                    + tooFewWindows(currentWindows.length, baselineWindows.length, current, baseline, settings) + ")";
        }
        Verdict verdict = holds ? Verdict.PASS : Verdict.INCONCLUSIVE; // FAIL is decided after Holm's correction
        ConditionResult result = result(rule, condition, metric, series, verdict, observed, limit, baselineValue,
                currentWindows.length, baselineWindows.length, message);
        return new Pending(result, !holds, enoughWindows, limit - baselineValue, currentWindows, baselineWindows);
    }

    /** "only 3 and 3 windows of 1 s (min_windows is 12): set `window: 100ms` or record ≥ 15 s". */
    static String tooFewWindows(int currentWindows, int baselineWindows, Recording current, Recording baseline,
            CheckSettings settings) {
        long window = settings.windowNanos();
        long shorter = Math.min(current.info().durationNanos(), baseline.info().durationNanos())
                - Math.max(0, settings.warmupNanos());
        long needed = settings.minWindows();
        long smallerWindow = niceFloor(shorter / Math.max(1, needed));
        String record = "record ≥ " + Quantities.formatDuration(needed * window + Math.max(0, settings.warmupNanos()));
        String advice = smallerWindow > 0 && smallerWindow < window
                ? "set `window: " + Quantities.formatDuration(smallerWindow) + "` or " + record : record;
        return String.format(Locale.ROOT, "only %d and %d windows of %s (min_windows is %d): %s", currentWindows,
                baselineWindows, Quantities.formatDuration(window), needed, advice);
    }

    /** The largest 1, 2 or 5 × 10^k milliseconds (at least 1 ms) not above {@code nanos}, or 0 when below 1 ms. */
    static long niceFloor(long nanos) {
        long best = 0;
        for (long decade = 1_000_000L; decade <= Long.MAX_VALUE / 10 && decade <= nanos; decade *= 10) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * decade <= nanos) {
                    best = step * decade;
                }
            }
        }
        return best;
    }

    private static CheckResult decide(List<Pending> pending, CheckSettings settings, boolean comparedWithBaseline,
            boolean windowChosen) {
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).tested()) {
                tested.add(i);
            }
        }
        double[] pValues = new double[tested.size()];
        double[] inflations = new double[tested.size()];
        for (int i = 0; i < pValues.length; i++) {
            Pending entry = pending.get(tested.get(i));
            boolean upper = entry.result().condition().comparison().isUpperLimit();
            double[] shifted = minus(entry.current(), entry.tolerance());
            inflations[i] = MannWhitney.varianceInflation(entry.current(), entry.base());
            pValues[i] = upper ? MannWhitney.pValueGreater(shifted, entry.base(), inflations[i])
                    : MannWhitney.pValueGreater(entry.base(), shifted, inflations[i]);
        }
        double[] adjusted = Holm.adjust(pValues);
        double[] levels = Holm.levels(pValues, settings.alpha());
        List<ConditionResult> results = new ArrayList<>();
        for (Pending entry : pending) {
            results.add(entry.result());
        }
        for (int i = 0; i < tested.size(); i++) {
            Pending entry = pending.get(tested.get(i));
            ConditionResult r = entry.result();
            boolean upper = r.condition().comparison().isUpperLimit();
            HodgesLehmann.Shift shift = HodgesLehmann.shift(entry.current(), entry.base(), levels[i], inflations[i]);
            double tolerance = entry.tolerance();
            boolean significant = pValues[i] < levels[i] && (upper ? shift.low() > tolerance : shift.high() < tolerance);
            Verdict verdict = r.verdict();
            String message = r.message();
            String beyond = tolerance == 0 ? "0" : "the allowed change";
            if (significant) {
                verdict = failOrWarn(r.rule());
                message = entry.exceeded()
                        ? "limit exceeded by a significant change (the interval lies " + (upper ? "above " : "below ") + beyond + ")"
                        : "significant change: the interval lies " + (upper ? "above " : "below ") + beyond
                                + ", though the whole recording is within the limit";
            } else if (entry.exceeded()) {
                verdict = Verdict.INCONCLUSIVE;
                message = String.format(Locale.ROOT, "limit exceeded, but the change is not significant (adjusted p = %.3g; "
                        + "the interval reaches %s): more windows (a longer recording or a shorter window) would narrow it",
                        adjusted[i], beyond);
            }
            results.set(tested.get(i), new ConditionResult(r.rule(), r.condition(), r.group(), r.unit(), verdict,
                    r.observed(), r.limit(), r.baseline(), r.delta(), shift.estimate(), shift.low(), shift.high(),
                    1 - 2 * levels[i], pValues[i], adjusted[i], r.events(), r.windows(), r.baselineWindows(), message));
        }
        return new CheckResult(results, overall(results), comparedWithBaseline, settings.alpha(),
                comparedWithBaseline ? settings.windowNanos() : 0, windowChosen);
    }

    /** FAIL when any FAIL, else INCONCLUSIVE when any, else PASS; warnings and skipped conditions do not count. */
    static Verdict overall(List<ConditionResult> results) {
        Verdict overall = Verdict.PASS;
        for (ConditionResult result : results) {
            if (result.verdict() == Verdict.FAIL) {
                overall = Verdict.FAIL;
            } else if (result.verdict() == Verdict.INCONCLUSIVE && overall == Verdict.PASS) {
                overall = Verdict.INCONCLUSIVE;
            }
        }
        return overall;
    }

    private static String percent(double fraction) {
        double percent = fraction * 100;
        return percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f%%", percent)
                : String.format(Locale.ROOT, "%.3g%%", percent);
    }

    private static double[] minus(double[] values, double amount) {
        double[] shifted = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            shifted[i] = values[i] - amount;
        }
        return shifted;
    }

    private static ConditionResult skipped(Rule rule, Condition condition, MetricSource metric) {
        return new ConditionResult(rule, condition, Map.of(), metric.unit(), Verdict.SKIPPED, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0,
                "skipped: compares with a baseline, and this run has none; pass --baseline FILE");
    }

    private static ConditionResult noData(Rule rule, Condition condition, MetricSource metric, Map<String, String> group) {
        Verdict verdict;
        if (rule.onNoData() == NoDataPolicy.PASS) {
            verdict = Verdict.PASS;
        } else if (rule.onNoData() == NoDataPolicy.WARN) {
            verdict = Verdict.WARN;
        } else {
            verdict = failOrWarn(rule);
        }
        return new ConditionResult(rule, condition, group, metric.unit(), verdict, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, "no data");
    }

    private static ConditionResult result(Rule rule, Condition condition, MetricSource metric, MetricSeries series,
            Verdict verdict, double observed, double limit, double baselineValue, int windows, int baselineWindows,
            String message) {
        double delta = Double.isNaN(baselineValue) ? Double.NaN : observed - baselineValue;
        dev.flightpath.analyzers.check.metrics.MetricUnit unit = condition.statistic().kind()
                == dev.flightpath.analyzers.check.rules.Statistic.Kind.COUNT
                ? dev.flightpath.analyzers.check.metrics.MetricUnit.COUNT : metric.unit();
        return new ConditionResult(rule, condition, series.labels(), unit, verdict, observed, limit, baselineValue, delta,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, series.size(), windows,
                baselineWindows, message);
    }

    private static Verdict failOrWarn(Rule rule) {
        return rule.severity() == Severity.WARN ? Verdict.WARN : Verdict.FAIL;
    }

    private static MetricSeries afterWarmup(MetricSeries series, Recording recording, CheckSettings settings) {
        if (settings.warmupNanos() <= 0) {
            return series;
        }
        long start = recording.info().startNanos() + settings.warmupNanos();
        return series.slice(start, Long.MAX_VALUE);
    }

    /** The statistic per window of {@code settings.windowNanos()}, for windows with enough events. */
    static double[] windowStatistics(MetricSeries series, Recording recording, Condition condition, CheckSettings settings) {
        long start = recording.info().startNanos() + Math.max(0, settings.warmupNanos());
        if (series.size() > 0) {
            start = Math.min(start, series.timesNanos()[0]);
        }
        List<Double> values = new ArrayList<>();
        int from = 0;
        int n = series.size();
        while (from < n) {
            long windowIndex = Math.floorDiv(series.timesNanos()[from] - start, settings.windowNanos());
            long windowEnd = start + (windowIndex + 1) * settings.windowNanos();
            int to = from;
            while (to < n && series.timesNanos()[to] < windowEnd) {
                to++;
            }
            if (to - from >= settings.minEventsPerWindow()) {
                double value = WeightedStatistics.compute(condition.statistic(), series.values(), series.weights(), from, to);
                if (!Double.isNaN(value)) {
                    values.add(value);
                }
            }
            from = to;
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
