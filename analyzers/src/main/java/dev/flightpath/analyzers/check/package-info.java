/**
 * The CI gate: {@link dev.flightpath.analyzers.check.CheckAnalyzer} evaluates a rule set on a
 * recording, optionally against a baseline (windowed Mann-Whitney tests, Holm-corrected), and
 * returns a {@link dev.flightpath.analyzers.check.CheckResult} of verdicts.
 *
 * <p>Depends on the model and its own subpackages ({@code rules}: the YAML rules; {@code metrics}:
 * what a rule measures; {@code stats}: the tests); never on loaders, reporters or the CLI.
 */
package dev.flightpath.analyzers.check;
