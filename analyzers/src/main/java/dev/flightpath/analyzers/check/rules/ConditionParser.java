package dev.flightpath.analyzers.check.rules;

import dev.flightpath.analyzers.check.metrics.MetricSource;
import dev.flightpath.analyzers.check.metrics.MetricUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one condition: {@code <statistic> <comparison> <limit>}, where the statistic is
 * {@code p(N)}, {@code max}, {@code min}, {@code avg}, {@code count} or {@code value}, and the
 * limit a quantity or {@code baseline [* factor] [± quantity]}.
 */
final class ConditionParser {
    private static final Pattern CONDITION = Pattern.compile(
            "\\s*(p\\(\\s*([0-9]+(?:\\.[0-9]+)?)\\s*\\)|[a-z]+)\\s*(<=|>=|<|>|==|!=|=)\\s*(.*?)\\s*");
    private static final Pattern RELATIVE = Pattern.compile(
            "baseline(?:\\s*\\*\\s*([0-9]+(?:\\.[0-9]+)?))?(?:\\s*([+-])\\s*(.+))?");

    private ConditionParser() {
    }

    static Condition parse(String text, MetricSource metric, int line) throws RulesException {
        Matcher matcher = CONDITION.matcher(text);
        if (!matcher.matches()) {
            throw new RulesException(line, "cannot read condition '" + text
                    + "': expected '<statistic> <comparison> <limit>', for example 'p(99) < 5ms'");
        }
        Statistic statistic = statistic(matcher.group(1), matcher.group(2), metric, line);
        Comparison comparison = Comparison.parse(matcher.group(3));
        if (comparison == null) {
            throw new RulesException(line, "unsupported comparison '" + matcher.group(3) + "' in '" + text
                    + "' (use <, <=, > or >=)");
        }
        MetricUnit unit = statistic.kind() == Statistic.Kind.COUNT ? MetricUnit.COUNT : metric.unit();
        String limitText = matcher.group(4);
        try {
            Matcher relative = RELATIVE.matcher(limitText);
            if (relative.matches()) {
                double factor = relative.group(1) == null ? 1.0 : Double.parseDouble(relative.group(1));
                double offset = 0;
                if (relative.group(2) != null) {
                    offset = Quantities.parse(relative.group(3), unit) * (relative.group(2).equals("-") ? -1 : 1);
                }
                return new Condition(text.trim(), statistic, comparison, new Limit(true, factor, offset), line);
            }
            if (limitText.contains("baseline")) {
                throw new IllegalArgumentException("write a relative limit as 'baseline * FACTOR + QUANTITY', found '"
                        + limitText + "'");
            }
            return new Condition(text.trim(), statistic, comparison, Limit.absolute(Quantities.parse(limitText, unit)), line);
        } catch (IllegalArgumentException e) {
            throw new RulesException(line, e.getMessage() + " in condition '" + text.trim() + "'");
        }
    }

    private static Statistic statistic(String word, String percentile, MetricSource metric, int line)
            throws RulesException {
        if (percentile != null) {
            double p = Double.parseDouble(percentile);
            if (!(p > 0 && p <= 100)) {
                throw new RulesException(line, "percentile p(" + percentile + ") must be in (0, 100]");
            }
            return new Statistic(Statistic.Kind.PERCENTILE, p);
        }
        switch (word) {
            case "max": return new Statistic(Statistic.Kind.MAX, 0);
            case "min": return new Statistic(Statistic.Kind.MIN, 0);
            case "avg":
            case "mean": return new Statistic(Statistic.Kind.AVG, 0);
            case "count":
                if (metric.isGauge()) {
                    throw new RulesException(line, metric.name() + " is a level over time and has no count");
                }
                return new Statistic(Statistic.Kind.COUNT, 0);
            case "value":
                if (metric.unit() != MetricUnit.RATIO) {
                    throw new RulesException(line, "'value' is for share metrics; " + metric.name()
                            + " takes p(N), max, min, avg" + (metric.isGauge() ? "" : " or count"));
                }
                return new Statistic(Statistic.Kind.VALUE, 0);
            default:
                throw new RulesException(line, "unknown statistic '" + word
                        + "' (use p(N), max, min, avg, count or value)");
        }
    }
}
