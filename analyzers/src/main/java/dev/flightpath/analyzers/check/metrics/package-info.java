/**
 * What a rule measures: one {@link dev.flightpath.analyzers.check.metrics.MetricSource} per metric
 * name (mailbox waits and depth, latency, span durations, critical paths, CPU share, pauses), each
 * giving values, optionally per time window, for the selected labels.
 *
 * <p>Depends on the model, the rules' selectors and the critical-path analysis.
 */
package dev.flightpath.analyzers.check.metrics;
