package dev.flightpath.analyzers.check.rules;

import java.util.List;

/** A parsed rules file. */
public record RuleSet(List<Rule> rules, CheckSettings settings) {
    public RuleSet {
        rules = List.copyOf(rules);
    }
}
