package dev.flightpath.analyzers.check.rules;

import dev.flightpath.analyzers.check.metrics.MetricSource;
import dev.flightpath.analyzers.check.metrics.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** Parses {@code metric{label="value", label=~"regex"}}. */
final class SelectorParser {
    private static final Pattern SELECTOR = Pattern.compile("\\s*([a-z][a-z0-9_.]*)\\s*(?:\\{(.*)\\})?\\s*");
    private static final Pattern MATCHER = Pattern.compile("\\s*([a-z][a-z0-9_.]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(,|$)");

    private SelectorParser() {
    }

    static MetricSelector parse(String text, int line) throws RulesException {
        Matcher matcher = SELECTOR.matcher(text);
        if (!matcher.matches()) {
            throw new RulesException(line, "cannot read metric selector '" + text + "'; expected metric{label=\"value\"}");
        }
        String name = matcher.group(1);
        MetricSource metric = Metrics.byName(name).orElseThrow(() -> new RulesException(line, "unknown metric '" + name
                + "' (known: " + Metrics.all().stream().map(MetricSource::name).collect(Collectors.joining(", ")) + ")"));
        List<LabelMatcher> matchers = new ArrayList<>();
        String body = matcher.group(2);
        if (body != null && !body.isBlank()) {
            Matcher label = MATCHER.matcher(body);
            int position = 0;
            while (position < body.length()) {
                if (!label.find(position) || label.start() != position) {
                    throw new RulesException(line, "cannot read label matchers '" + body
                            + "'; expected label=\"value\" or label=~\"regex\", separated by commas");
                }
                String labelName = label.group(1);
                if (!metric.labels().contains(labelName)) {
                    throw new RulesException(line, "metric " + name + " has no label '" + labelName + "' (it has: "
                            + metric.labels().stream().sorted().collect(Collectors.joining(", ")) + ")");
                }
                LabelMatcher.Operator operator = operator(label.group(2));
                String value = label.group(3).replace("\\\"", "\"").replace("\\\\", "\\");
                Pattern pattern = null;
                if (operator == LabelMatcher.Operator.MATCHES || operator == LabelMatcher.Operator.NOT_MATCHES) {
                    try {
                        pattern = Pattern.compile(value);
                    } catch (PatternSyntaxException e) {
                        throw new RulesException(line, "bad regular expression \"" + value + "\": " + e.getDescription());
                    }
                }
                matchers.add(new LabelMatcher(labelName, operator, value, pattern));
                position = label.end();
            }
        }
        return new MetricSelector(name, matchers);
    }

    private static LabelMatcher.Operator operator(String symbol) {
        for (LabelMatcher.Operator operator : LabelMatcher.Operator.values()) {
            if (operator.symbol().equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalStateException(symbol);
    }
}
