package dev.flightpath.analyzers.check.rules;

import java.util.List;

/**
 * One entry of {@code thresholds}: a metric selector and its conditions, with options.
 *
 * @param selectorText as written
 * @param selector     parsed
 * @param conditions   all must hold, in every matching group
 * @param minEvents    fewer observations than this make a group's verdict INCONCLUSIVE
 * @param onNoData     what a selector that matches no data does
 * @param severity     FAIL fails the build, WARN only reports
 * @param line         the rule's line in the rules file
 */
public record Rule(String selectorText, MetricSelector selector, List<Condition> conditions, long minEvents,
        NoDataPolicy onNoData, Severity severity, int line) {
    public Rule {
        conditions = List.copyOf(conditions);
    }
}
