package dev.flightpath.analyzers.check.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.flightpath.analyzers.check.metrics.MetricSource;
import dev.flightpath.analyzers.check.metrics.Metrics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a rules file (YAML):
 * <pre>
 * thresholds:
 *   latency{process=~"guild.*"}:
 *     - p(99) &lt; 5ms
 *     - p(99) &lt;= baseline * 1.10 + 200us
 *   mailbox.depth{mailbox="guild"}:
 *     conditions: [ "max &lt; 10000" ]
 *     min_events: 100
 *     on_no_data: fail      # or pass, warn
 *     severity: fail        # or warn
 * settings:                 # optional, for baseline comparisons
 *   window: 1s              # default: the shorter recording / 50, from 10 ms to 1 s
 *   warmup: 0s
 *   alpha: 0.05
 * </pre>
 * Every problem is a {@link RulesException} naming the line.
 */
public final class RulesParser {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private RulesParser() {
    }

    public static RuleSet parse(String text) throws RulesException {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RulesException(1, "the rules file is empty; it needs a 'thresholds:' mapping");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new RulesException(line(parser), "expected a mapping with 'thresholds:' at the top");
            }
            List<Rule> rules = null;
            CheckSettings settings = CheckSettings.defaults();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser);
                parser.nextToken();
                if (key.equals("thresholds")) {
                    rules = thresholds(parser);
                } else if (key.equals("settings")) {
                    settings = settings(parser);
                } else {
                    throw new RulesException(keyLine, "unknown key '" + key + "' (expected thresholds or settings)");
                }
            }
            if (rules == null || rules.isEmpty()) {
                throw new RulesException(1, "no rules: the file needs a non-empty 'thresholds:' mapping");
            }
            return new RuleSet(rules, settings);
        } catch (JsonProcessingException e) {
            throw yamlError(e);
        } catch (IOException e) {
            throw new RulesException(1, "cannot read the rules: " + e.getMessage());
        }
    }

    private static final java.util.regex.Pattern YAML_MARK =
            java.util.regex.Pattern.compile("^\\s*in '[^']*', line (\\d+), column (\\d+):");

    /**
     * SnakeYAML's message names a context and the problem, each followed by an indented
     * "in 'reader', line L, column C:" mark and an excerpt: keep the unindented descriptions and
     * report the problem's line.
     */
    private static RulesException yamlError(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 1 : Math.max(1, location.getLineNr());
        List<String> descriptions = new ArrayList<>();
        for (String text : e.getOriginalMessage().split("\n")) {
            java.util.regex.Matcher mark = YAML_MARK.matcher(text);
            if (mark.find()) {
                line = Integer.parseInt(mark.group(1));
            } else if (!text.isBlank() && !Character.isWhitespace(text.charAt(0))) {
                descriptions.add(text.trim());
            }
        }
        return new RulesException(line, "not valid YAML: " + String.join(", ", descriptions));
    }

    private static List<Rule> thresholds(JsonParser parser) throws IOException, RulesException {
        expect(parser, JsonToken.START_OBJECT, "'thresholds' must be a mapping of metric selectors to conditions");
        List<Rule> rules = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String selectorText = parser.currentName();
            int line = line(parser);
            MetricSelector selector = SelectorParser.parse(selectorText, line);
            MetricSource metric = Metrics.byName(selector.metric()).orElseThrow();
            JsonToken value = parser.nextToken();
            List<Condition> conditions = new ArrayList<>();
            long minEvents = 1;
            NoDataPolicy onNoData = NoDataPolicy.FAIL;
            Severity severity = Severity.FAIL;
            if (value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String option = parser.currentName();
                    int optionLine = line(parser);
                    parser.nextToken();
                    switch (option) {
                        case "conditions":
                            conditions.addAll(conditions(parser, metric));
                            break;
                        case "min_events":
                            minEvents = wholeNumber(parser, optionLine, "min_events");
                            break;
                        case "on_no_data":
                            onNoData = NoDataPolicy.valueOf(word(parser, optionLine, "on_no_data", "fail", "pass", "warn"));
                            break;
                        case "severity":
                            severity = Severity.valueOf(word(parser, optionLine, "severity", "fail", "warn"));
                            break;
                        default:
                            throw new RulesException(optionLine, "unknown rule option '" + option
                                    + "' (expected conditions, min_events, on_no_data or severity)");
                    }
                }
            } else {
                conditions.addAll(conditions(parser, metric));
            }
            if (conditions.isEmpty()) {
                throw new RulesException(line, "rule '" + selectorText + "' has no conditions");
            }
            rules.add(new Rule(selectorText, selector, conditions, minEvents, onNoData, severity, line));
        }
        return rules;
    }

    /** A list of condition strings, or one string. */
    private static List<Condition> conditions(JsonParser parser, MetricSource metric) throws IOException, RulesException {
        List<Condition> conditions = new ArrayList<>();
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            conditions.add(ConditionParser.parse(parser.getText(), metric, line(parser)));
            return conditions;
        }
        expect(parser, JsonToken.START_ARRAY, "conditions must be a list of strings such as \"p(99) < 5ms\"");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new RulesException(line(parser), "a condition must be a string such as \"p(99) < 5ms\"");
            }
            conditions.add(ConditionParser.parse(parser.getText(), metric, line(parser)));
        }
        return conditions;
    }

    private static CheckSettings settings(JsonParser parser) throws IOException, RulesException {
        expect(parser, JsonToken.START_OBJECT, "'settings' must be a mapping");
        CheckSettings defaults = CheckSettings.defaults();
        long window = defaults.windowNanos();
        long warmup = defaults.warmupNanos();
        double alpha = defaults.alpha();
        int minWindows = defaults.minWindows();
        int minEventsPerWindow = defaults.minEventsPerWindow();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            try {
                switch (key) {
                    case "window":
                        window = Quantities.parseDurationNanos(parser.getText());
                        if (window <= 0) {
                            throw new IllegalArgumentException("the window must be longer than 0");
                        }
                        break;
                    case "warmup":
                        warmup = Quantities.parseDurationNanos(parser.getText());
                        break;
                    case "alpha":
                        alpha = Double.parseDouble(parser.getText());
                        if (!(alpha > 0 && alpha < 1)) {
                            throw new IllegalArgumentException("alpha must be between 0 and 1");
                        }
                        break;
                    case "min_windows":
                        minWindows = (int) wholeNumber(parser, line, key);
                        break;
                    case "min_events_per_window":
                        minEventsPerWindow = (int) wholeNumber(parser, line, key);
                        break;
                    default:
                        throw new RulesException(line, "unknown setting '" + key
                                + "' (expected window, warmup, alpha, min_windows or min_events_per_window)");
                }
            } catch (IllegalArgumentException e) {
                throw new RulesException(line, "setting '" + key + "': " + e.getMessage());
            }
        }
        return new CheckSettings(window, warmup, alpha, minWindows, minEventsPerWindow);
    }

    private static long wholeNumber(JsonParser parser, int line, String key) throws IOException, RulesException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 0) {
            throw new RulesException(line, key + " must be a whole number ≥ 0");
        }
        return parser.getLongValue();
    }

    private static String word(JsonParser parser, int line, String key, String... allowed) throws IOException, RulesException {
        String text = parser.currentToken().isScalarValue() ? parser.getText().toLowerCase(Locale.ROOT) : "";
        for (String word : allowed) {
            if (word.equals(text)) {
                return word.toUpperCase(Locale.ROOT);
            }
        }
        throw new RulesException(line, key + " must be one of " + String.join(", ", allowed));
    }

    private static void expect(JsonParser parser, JsonToken token, String message) throws RulesException {
        if (parser.currentToken() != token) {
            throw new RulesException(line(parser), message);
        }
    }

    private static int line(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }
}
