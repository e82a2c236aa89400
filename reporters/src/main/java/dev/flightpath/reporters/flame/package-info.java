/**
 * Flame graph outputs: the self-contained HTML viewer, folded stacks ({@code frame;frame count})
 * and the hot-method table and JSON. Depends on the flame analysis, {@code reporters.json} and
 * {@code reporters.terminal}.
 */
package dev.flightpath.reporters.flame;
