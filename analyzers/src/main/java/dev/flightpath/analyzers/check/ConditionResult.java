package dev.flightpath.analyzers.check;

import dev.flightpath.analyzers.check.metrics.MetricUnit;
import dev.flightpath.analyzers.check.rules.Condition;
import dev.flightpath.analyzers.check.rules.Rule;
import java.util.Map;

/**
 * One condition evaluated in one group. Values are in the metric's unit (nanoseconds, a
 * fraction, a count); NaN where they do not apply.
 *
 * @param rule            the rule
 * @param condition       the condition
 * @param group           the group's labels (empty when the selector matched no data)
 * @param unit            the unit of observed, limit, baseline and delta
 * @param verdict         the outcome
 * @param observed        the statistic in the current recording
 * @param limit           the limit it was compared with (resolved against the baseline)
 * @param baseline        the statistic in the baseline recording
 * @param delta           the raw whole-recording change: observed - baseline (not what the test decides on)
 * @param shift           the Hodges–Lehmann shift of the per-window values (current - baseline): the
 *                        median of all differences between a current and a baseline window's
 *                        statistic; the change the verdict rests on
 * @param shiftLow        the low end of its confidence interval, whose ends are one-sided bounds at
 *                        the Mann-Whitney test's Holm-adjusted level (so an increase is significant
 *                        exactly when the interval lies above zero)
 * @param shiftHigh       its high end
 * @param confidence      the two-sided confidence of [shiftLow, shiftHigh]: 1 - 2 × that level
 * @param pValue          the one-sided Mann-Whitney p-value of a change in the bad direction
 * @param adjustedPValue  the same after Holm's correction over all baseline conditions
 * @param events          observations in the current recording
 * @param windows         windows compared in the current recording
 * @param baselineWindows windows compared in the baseline
 * @param message         why, in a few words
 */
public record ConditionResult(
        Rule rule,
        Condition condition,
        Map<String, String> group,
        MetricUnit unit,
        Verdict verdict,
        double observed,
        double limit,
        double baseline,
        double delta,
        double shift,
        double shiftLow,
        double shiftHigh,
        double confidence,
        double pValue,
        double adjustedPValue,
        long events,
        int windows,
        int baselineWindows,
        String message) {

    public ConditionResult {
        group = Map.copyOf(group);
    }

    /** The same result with another verdict and message. */
    public ConditionResult withVerdict(Verdict newVerdict, String newMessage) {
        return new ConditionResult(rule, condition, group, unit, newVerdict, observed, limit, baseline, delta, shift, shiftLow,
                shiftHigh, confidence, pValue, adjustedPValue, events, windows, baselineWindows, newMessage);
    }

    /** The group as {@code {mailbox="guild", process="<0.84.0>"}}, or empty. */
    public String groupText() {
        if (group.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("{");
        group.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(entry.getKey()).append("=\"").append(entry.getValue()).append('"');
        });
        return text.append('}').toString();
    }
}
