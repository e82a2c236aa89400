package dev.flightpath.analyzers.check.rules;

import java.util.List;
import java.util.Map;

/** A metric name with label matchers: {@code latency{process=~"guild.*"}}. */
public record MetricSelector(String metric, List<LabelMatcher> matchers) {
    public MetricSelector {
        matchers = List.copyOf(matchers);
    }

    public boolean matches(Map<String, String> labels) {
        for (LabelMatcher matcher : matchers) {
            if (!matcher.matches(labels.get(matcher.label()))) {
                return false;
            }
        }
        return true;
    }
}
