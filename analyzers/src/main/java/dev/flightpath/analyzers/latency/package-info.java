/**
 * Scheduler latency, lock stalls and JVM pauses per group (process, scheduler, pool or thread):
 * percentiles, a log-scale histogram and the worst windows, in a
 * {@link dev.flightpath.analyzers.latency.LatencyReport}.
 *
 * <p>Depends on the model and {@code analyzers.stats}.
 */
package dev.flightpath.analyzers.latency;
