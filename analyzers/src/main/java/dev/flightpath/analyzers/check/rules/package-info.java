/**
 * The rules file of {@code flightpath check}: the YAML grammar (thresholds, conditions, label
 * selectors, quantities with units, settings) parsed into an immutable
 * {@link dev.flightpath.analyzers.check.rules.RuleSet}; a bad file is a
 * {@link dev.flightpath.analyzers.check.rules.RulesException} with its line.
 *
 * <p>Depends on Jackson's YAML reader and the metric names; not on recordings.
 */
package dev.flightpath.analyzers.check.rules;
