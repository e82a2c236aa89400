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
 * @param delta           observed - baseline
 * @param deltaLow        the low end of the 95% bootstrap interval of the change in the mean
 *                        per-window statistic (the windows are what the test compares)
 * @param deltaHigh       its high end
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
        double deltaLow,
        double deltaHigh,
        double pValue,
        double adjustedPValue,
        long events,
        int windows,
        int baselineWindows,
        String message) {

    public ConditionResult {
        group = Map.copyOf(group);
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
