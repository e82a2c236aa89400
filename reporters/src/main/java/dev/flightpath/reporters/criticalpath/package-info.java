/**
 * The outputs of {@code flightpath critical-path}: the terminal table, JSON and the HTML waterfall of
 * the slowest traces. Depends on the critical-path analysis, {@code reporters.json} and
 * {@code reporters.terminal}.
 */
package dev.flightpath.reporters.criticalpath;
