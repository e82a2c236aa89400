/**
 * Flame graphs and hot methods from stack samples: selection by event kind, time range, thread and
 * frame patterns ({@link dev.flightpath.analyzers.flame.FlameOptions}), the merged call tree
 * ({@link dev.flightpath.analyzers.flame.FlameTree}), differential trees against a baseline, per-window
 * trees for the report, and self/total weights per method.
 *
 * <p>Depends on the model and {@code analyzers.stats}.
 */
package dev.flightpath.analyzers.flame;
