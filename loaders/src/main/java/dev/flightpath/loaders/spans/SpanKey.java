package dev.flightpath.loaders.spans;

/** A span's identity within a file: its trace id and span id, as a hash-map key. */
record SpanKey(String traceId, String spanId) {
    /**
     * Mixes the two hashes: a record's default {@code 31 * a + b} collides heavily on ids that are
     * sequential hex numbers (as generated ids often are), turning hash buckets into trees.
     */
    @Override
    public int hashCode() {
        return traceId.hashCode() * 0x9E3779B1 + spanId.hashCode();
    }

    /** Written out: the generated one goes through method handles on this hot path. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SpanKey && ((SpanKey) other).spanId.equals(spanId)
                && ((SpanKey) other).traceId.equals(traceId);
    }
}
