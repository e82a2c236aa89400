/**
 * The outputs of {@code flightpath mailbox}: the terminal table (with depth sparklines) and JSON.
 * Depends on the mailbox analysis, the model, {@code reporters.json} and {@code reporters.terminal}.
 */
package dev.flightpath.reporters.mailbox;
