package dev.flightpath.model;

import java.util.Objects;

/**
 * What a recording is and when it was made.
 *
 * @param format          the input format
 * @param formatVersion   the format's own version ("2.1" for JFR), or empty
 * @param producer        what wrote it ("JDK Flight Recorder", "async-profiler 2.9",
 *                        "opentelemetry-js 1.22.0"), or empty when the file does not say
 * @param runtime         the runtime that was recorded (JVM name and version, OTP release), or empty
 * @param startNanos      start: nanoseconds since the Unix epoch, or with a
 *                        {@link TimeBase#MONOTONIC} time base the first timestamp on the
 *                        recorder's own monotonic clock
 * @param durationNanos   the time the recording covers
 * @param chunkCount      JFR chunks, or 1 for formats without chunks
 * @param truncated       the file ended early and only the complete part was read
 * @param timeBase        what the recording's times count from
 */
public record RecordingInfo(
        InputFormat format,
        String formatVersion,
        String producer,
        String runtime,
        long startNanos,
        long durationNanos,
        int chunkCount,
        boolean truncated,
        TimeBase timeBase) {

    /** What times count from. */
    public enum TimeBase {
        /** Nanoseconds since the Unix epoch (1970-01-01T00:00:00Z). */
        EPOCH,
        /** A monotonic clock with an arbitrary origin (BEAM monotonic timestamps): only differences mean anything. */
        MONOTONIC
    }

    /** A recording whose times count from the Unix epoch. */
    public RecordingInfo(InputFormat format, String formatVersion, String producer, String runtime, long startNanos,
            long durationNanos, int chunkCount, boolean truncated) {
        this(format, formatVersion, producer, runtime, startNanos, durationNanos, chunkCount, truncated, TimeBase.EPOCH);
    }

    public RecordingInfo {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(timeBase, "timeBase");
        if (durationNanos < 0) {
            throw new IllegalArgumentException("negative duration " + durationNanos);
        }
    }
}
