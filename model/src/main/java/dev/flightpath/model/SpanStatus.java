package dev.flightpath.model;

/** OpenTelemetry's span status codes. */
public enum SpanStatus {
    UNSET, OK, ERROR
}
