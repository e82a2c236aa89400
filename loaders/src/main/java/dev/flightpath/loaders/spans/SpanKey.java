package dev.flightpath.loaders.spans;

/** A span's identity within a file: its trace id and span id, as a hash-map key. */
record SpanKey(String traceId, String spanId) {
}
