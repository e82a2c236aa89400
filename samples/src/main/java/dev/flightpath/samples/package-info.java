/**
 * Sample workloads that make the recordings under {@code sample-recordings/} (see each one's line
 * there): a guild fan-out traced with flightpath's recorder and OpenTelemetry. Not part of the
 * command line; depends on the recorder, OpenTelemetry and {@code jdk.jfr}.
 */
package dev.flightpath.samples;
