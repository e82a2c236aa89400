package dev.flightpath.analyzers.check.rules;

/**
 * One condition of a rule, as written ({@code "p(99) <= baseline * 1.10 + 200us"}) and parsed.
 *
 * @param text       the condition as written in the rules file
 * @param statistic  what is measured
 * @param comparison how it is compared
 * @param limit      the limit, absolute or relative to the baseline
 * @param line       its line in the rules file
 */
public record Condition(String text, Statistic statistic, Comparison comparison, Limit limit, int line) {
}
