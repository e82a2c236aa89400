package dev.flightpath.analyzers.timeline;

import dev.flightpath.model.SampleKind;

/**
 * Stack samples of one kind per timeline window (counted, not weighed).
 *
 * @param kind   the kind
 * @param counts samples per window; read-only
 */
public record SampleSeries(SampleKind kind, long[] counts) {
}
