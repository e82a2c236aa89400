/**
 * The outputs of {@code flightpath summary}: the terminal table and JSON. Depends on the summary
 * analysis, the model, {@code reporters.json} and {@code reporters.terminal}.
 */
package dev.flightpath.reporters.summary;
