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
import dev.flightpath.analyzers.check.stats.Bootstrap;
import dev.flightpath.analyzers.check.stats.Holm;
import dev.flightpath.analyzers.check.stats.MannWhitney;
import dev.flightpath.analyzers.check.stats.WeightedStatistics;
import dev.flightpath.model.DataKind;
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
 * from the baseline's statistic; when the current value exceeds it, the verdict rests on a test:
 * both recordings are cut into windows, the statistic is computed per window, and a one-sided
 * Mann-Whitney U test asks whether the current windows are worse than the baseline's. Its
 * p-values are corrected with Holm's method over all baseline conditions, so the stated alpha is
 * the false-positive rate of the whole check. Exceeded and significant is FAIL; exceeded but not
 * significant, or too few windows, is INCONCLUSIVE.
 */
public final class CheckAnalyzer {
    /** What the rules' metrics read from a file. */
    public static final Set<DataKind> NEEDS = Set.of(DataKind.SAMPLES, DataKind.SPANS, DataKind.MESSAGES,
            DataKind.SCHEDULING, DataKind.PAUSES);

    private CheckAnalyzer() {
    }

    /** A result before Holm's correction decides the baseline verdicts. */
    private record Pending(ConditionResult result, boolean exceeded, boolean tested) {
    }

    public static CheckResult evaluate(RuleSet rules, Recording current, Recording baseline) {
        CheckSettings settings = rules.settings();
        List<Pending> pending = new ArrayList<>();
        int seedOffset = 0;
        for (Rule rule : rules.rules()) {
            MetricSource metric = Metrics.byName(rule.selector().metric()).orElseThrow();
            List<MetricSeries> groups = matching(metric, current, rule);
            Map<Map<String, String>, MetricSeries> baselineGroups = new HashMap<>();
            if (baseline != null) {
                for (MetricSeries series : matching(metric, baseline, rule)) {
                    baselineGroups.put(series.labels(), series);
                }
            }
            for (Condition condition : rule.conditions()) {
                if (groups.isEmpty()) {
                    pending.add(new Pending(noData(rule, condition, metric, Map.of()), false, false));
                    continue;
                }
                for (MetricSeries series : groups) {
                    pending.add(evaluate(rule, condition, metric, series, baselineGroups.get(series.labels()),
                            current, baseline, settings, seedOffset++));
                }
            }
        }
        return decide(pending, settings, baseline != null);
    }

    /**
     * The series that match the selector, pooled by the metric's group-by labels plus the labels
     * the selector names, in a stable order.
     */
    private static List<MetricSeries> matching(MetricSource metric, Recording recording, Rule rule) {
        java.util.Set<String> keyLabels = new java.util.TreeSet<>(metric.groupBy());
        rule.selector().matchers().forEach(matcher -> keyLabels.add(matcher.label()));
        Map<Map<String, String>, List<MetricSeries>> parts = new java.util.TreeMap<>(
                Comparator.comparing(Object::toString));
        for (MetricSeries series : metric.series(recording, rule.selector())) {
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
            MetricSeries baselineObservations, Recording current, Recording baseline, CheckSettings settings, int seedOffset) {
        MetricSeries series = afterWarmup(allObservations, current, settings);
        long events = series.size();
        if (events == 0) {
            return new Pending(noData(rule, condition, metric, series.labels()), false, false);
        }
        double observed = WeightedStatistics.compute(condition.statistic(), series.values(), series.weights(), 0, series.size());
        if (events < rule.minEvents()) {
            return new Pending(result(rule, condition, metric, series, Verdict.INCONCLUSIVE, observed, Double.NaN,
                    Double.NaN, null, Double.NaN, 0, 0, "only " + events + " events; min_events is " + rule.minEvents()),
                    false, false);
        }
        if (!condition.limit().relative()) {
            double limit = condition.limit().resolve(0);
            boolean holds = condition.comparison().holds(observed, limit);
            return new Pending(result(rule, condition, metric, series, holds ? Verdict.PASS : failOrWarn(rule), observed,
                    limit, Double.NaN, null, Double.NaN, 0, 0, holds ? "within the limit" : "limit exceeded"), false, false);
        }
        if (baselineObservations == null || afterWarmup(baselineObservations, baseline, settings).size() == 0) {
            return new Pending(result(rule, condition, metric, series, Verdict.INCONCLUSIVE, observed, Double.NaN,
                    Double.NaN, null, Double.NaN, 0, 0, "no baseline data for this group"), false, false);
        }
        MetricSeries base = afterWarmup(baselineObservations, baseline, settings);
        double baselineValue = WeightedStatistics.compute(condition.statistic(), base.values(), base.weights(), 0, base.size());
        double limit = condition.limit().resolve(baselineValue);
        boolean holds = condition.comparison().holds(observed, limit);
        double[] currentWindows = windowStatistics(series, current, condition, settings);
        double[] baselineWindows = windowStatistics(base, baseline, condition, settings);
        boolean enoughWindows = currentWindows.length >= settings.minWindows() && baselineWindows.length >= settings.minWindows();
        double pValue = Double.NaN;
        double[] interval = {Double.NaN, Double.NaN};
        if (enoughWindows) {
            pValue = condition.comparison().isUpperLimit()
                    ? MannWhitney.pValueGreater(currentWindows, baselineWindows)
                    : MannWhitney.pValueGreater(baselineWindows, currentWindows);
            interval = Bootstrap.meanDifferenceInterval(currentWindows, baselineWindows, 0.05,
                    settings.bootstrapSeed() + seedOffset);
        }
        String message = holds ? "within the limit" : enoughWindows ? "limit exceeded"
                : String.format(Locale.ROOT, "limit exceeded, but only %d and %d windows (min_windows is %d)",
                        currentWindows.length, baselineWindows.length, settings.minWindows());
        Verdict verdict = holds ? Verdict.PASS : Verdict.INCONCLUSIVE; // FAIL is decided after Holm's correction
        ConditionResult result = result(rule, condition, metric, series, verdict, observed, limit, baselineValue,
                interval, pValue, currentWindows.length, baselineWindows.length, message);
        return new Pending(result, !holds, enoughWindows);
    }

    private static CheckResult decide(List<Pending> pending, CheckSettings settings, boolean comparedWithBaseline) {
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).tested()) {
                tested.add(i);
            }
        }
        double[] pValues = new double[tested.size()];
        for (int i = 0; i < pValues.length; i++) {
            pValues[i] = pending.get(tested.get(i)).result().pValue();
        }
        double[] adjusted = Holm.adjust(pValues);
        List<ConditionResult> results = new ArrayList<>();
        for (Pending entry : pending) {
            results.add(entry.result());
        }
        for (int i = 0; i < tested.size(); i++) {
            Pending entry = pending.get(tested.get(i));
            ConditionResult r = entry.result();
            Verdict verdict = r.verdict();
            String message = r.message();
            if (entry.exceeded()) {
                boolean significant = adjusted[i] < settings.alpha();
                verdict = significant ? failOrWarn(r.rule()) : Verdict.INCONCLUSIVE;
                message = significant ? "limit exceeded by a significant change"
                        : String.format(Locale.ROOT, "limit exceeded, but the change is not significant (adjusted p = %.3g)", adjusted[i]);
            }
            results.set(tested.get(i), new ConditionResult(r.rule(), r.condition(), r.group(), r.unit(), verdict, r.observed(),
                    r.limit(), r.baseline(), r.delta(), r.deltaLow(), r.deltaHigh(), r.pValue(), adjusted[i], r.events(),
                    r.windows(), r.baselineWindows(), message));
        }
        Verdict overall = Verdict.PASS;
        for (ConditionResult result : results) {
            if (result.verdict() == Verdict.FAIL) {
                overall = Verdict.FAIL;
            } else if (result.verdict() == Verdict.INCONCLUSIVE && overall == Verdict.PASS) {
                overall = Verdict.INCONCLUSIVE;
            }
        }
        return new CheckResult(results, overall, comparedWithBaseline, settings.alpha());
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
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, "no data");
    }

    private static ConditionResult result(Rule rule, Condition condition, MetricSource metric, MetricSeries series,
            Verdict verdict, double observed, double limit, double baselineValue, double[] interval, double pValue,
            int windows, int baselineWindows, String message) {
        double delta = Double.isNaN(baselineValue) ? Double.NaN : observed - baselineValue;
        double low = interval == null ? Double.NaN : interval[0];
        double high = interval == null ? Double.NaN : interval[1];
        dev.flightpath.analyzers.check.metrics.MetricUnit unit = condition.statistic().kind()
                == dev.flightpath.analyzers.check.rules.Statistic.Kind.COUNT
                ? dev.flightpath.analyzers.check.metrics.MetricUnit.COUNT : metric.unit();
        return new ConditionResult(rule, condition, series.labels(), unit, verdict, observed, limit, baselineValue, delta,
                low, high, pValue, Double.NaN, series.size(), windows, baselineWindows, message);
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
