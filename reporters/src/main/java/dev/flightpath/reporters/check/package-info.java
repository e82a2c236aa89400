/**
 * The outputs of {@code flightpath check}: the verdict table for the terminal, JSON, JUnit XML (failed
 * rules as failed tests) and a Markdown table for pull-request comments. Depends on the check
 * analysis, {@code reporters.json} and {@code reporters.terminal}.
 */
package dev.flightpath.reporters.check;
