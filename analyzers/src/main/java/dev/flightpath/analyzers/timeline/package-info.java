/**
 * The report's shared timeline: the recording cut into at most 200 windows, with per-window series
 * (samples, CPU load, mailbox depth and waits, latency in log buckets, hot methods) from which the
 * page recomputes figures for a brushed range.
 *
 * <p>Depends on the model, {@code analyzers.stats} and the flame, latency and mailbox analyses.
 */
package dev.flightpath.analyzers.timeline;
