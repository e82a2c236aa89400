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
 * @param startNanos      start, nanoseconds since the Unix epoch; for BEAM traces with monotonic
 *                        timestamps, the first timestamp on the node's clock
 * @param durationNanos   the time the recording covers
 * @param chunkCount      JFR chunks, or 1 for formats without chunks
 * @param truncated       the file ended early and only the complete part was read
 */
public record RecordingInfo(
        InputFormat format,
        String formatVersion,
        String producer,
        String runtime,
        long startNanos,
        long durationNanos,
        int chunkCount,
        boolean truncated) {

    public RecordingInfo {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(runtime, "runtime");
        if (durationNanos < 0) {
            throw new IllegalArgumentException("negative duration " + durationNanos);
        }
    }
}
