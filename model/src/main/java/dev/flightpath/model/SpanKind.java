package dev.flightpath.model;

/** OpenTelemetry's span kinds; other formats map onto them. */
public enum SpanKind {
    UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER
}
