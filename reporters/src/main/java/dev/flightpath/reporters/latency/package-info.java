/**
 * The outputs of {@code flightpath latency}: the terminal table (with histograms) and JSON.
 * Depends on the latency analysis, {@code reporters.json} and {@code reporters.terminal}.
 */
package dev.flightpath.reporters.latency;
