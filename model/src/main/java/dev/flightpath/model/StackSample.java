package dev.flightpath.model;

/**
 * One stack sample.
 *
 * @param timeNanos epoch nanoseconds
 * @param stackId   id in the recording's {@link StackTable}, or -1 when the event had no stack
 * @param processId the thread's {@link ProcessInfo#id()}, or -1 when unknown
 * @param kind      what it measures
 * @param value     bytes, nanoseconds or a count, per {@link SampleKind#valueUnit()}
 */
public record StackSample(long timeNanos, int stackId, int processId, SampleKind kind, long value) {
}
