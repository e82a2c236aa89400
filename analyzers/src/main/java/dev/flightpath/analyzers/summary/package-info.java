/**
 * What a recording holds, counted: {@link dev.flightpath.analyzers.summary.RecordingSummary}, the
 * result of {@code flightpath summary}. Depends on the model only.
 */
package dev.flightpath.analyzers.summary;
