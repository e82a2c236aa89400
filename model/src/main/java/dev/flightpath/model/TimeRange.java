package dev.flightpath.model;

/**
 * A half-open range of time, {@code [fromNanos, toNanos)}, on a recording's clock; an open end is
 * {@link Long#MIN_VALUE} or {@link Long#MAX_VALUE}. What of an analysis "lies in" the range (a
 * sample's time, a wait's end, a span's start) is the analysis's rule.
 */
public record TimeRange(long fromNanos, long toNanos) {
    /** No bounds: the whole recording. */
    public static final TimeRange ALL = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

    public TimeRange {
        if (fromNanos > toNanos) {
            throw new IllegalArgumentException("a range ends before it starts: " + fromNanos + " > " + toNanos);
        }
    }

    public boolean contains(long nanos) {
        return nanos >= fromNanos && nanos < toNanos;
    }

    /** Whether the range has no bounds at all. */
    public boolean isAll() {
        return fromNanos == Long.MIN_VALUE && toNanos == Long.MAX_VALUE;
    }
}
