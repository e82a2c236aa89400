/**
 * Building blocks of terminal output: text tables, bars, sparklines, the colour style (Jansi, or
 * plain when piped) and the unit formats ({@link dev.flightpath.reporters.terminal.Units}). Depends
 * on Jansi only.
 */
package dev.flightpath.reporters.terminal;
