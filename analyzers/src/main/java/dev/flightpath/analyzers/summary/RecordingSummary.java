package dev.flightpath.analyzers.summary;

import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.SampleKind;
import java.util.List;
import java.util.Map;

/**
 * What is in a recording: the result of {@code flightpath summary}.
 *
 * @param file                 the file as the user named it
 * @param format               the input format
 * @param formatVersion        the format's own version, or empty
 * @param producer             what wrote the file, or empty
 * @param runtime              the recorded runtime (JVM, OTP), or empty
 * @param startNanos           start, epoch nanoseconds (or monotonic, see {@code timeBase})
 * @param timeBase             what {@code startNanos} counts from
 * @param durationNanos        time covered
 * @param chunks               JFR chunks (1 for other formats)
 * @param truncated            only the complete part of a truncated file was read
 * @param eventCounts          events per type, most frequent first (ties by name)
 * @param totalEvents          the sum of {@code eventCounts}
 * @param processes            threads, processes and services
 * @param processesByKind      the same, per kind, in enum order, kinds with none left out
 * @param traces               distinct trace ids
 * @param spans                spans
 * @param messages             messages between processes
 * @param schedulingIntervals  scheduling intervals
 * @param sampledSpans         spans that stand for more than one (sampling weight above 1)
 * @param estimatedSpans       the spans the recorded ones stand for: the sum of their weights
 * @param sampledMessages      messages with a weight above 1
 * @param estimatedMessages    the sum of the messages' weights
 * @param samplesByKind        stack samples per kind (when the loader was asked for them)
 * @param droppedEvents        events the recorder says it dropped
 * @param warnings             what the loader handled rather than failed on
 */
public record RecordingSummary(
        String file,
        InputFormat format,
        String formatVersion,
        String producer,
        String runtime,
        long startNanos,
        dev.flightpath.model.RecordingInfo.TimeBase timeBase,
        long durationNanos,
        int chunks,
        boolean truncated,
        Map<String, Long> eventCounts,
        long totalEvents,
        int processes,
        Map<ProcessKind, Long> processesByKind,
        long traces,
        long spans,
        long messages,
        long schedulingIntervals,
        long sampledSpans,
        double estimatedSpans,
        long sampledMessages,
        double estimatedMessages,
        Map<SampleKind, Long> samplesByKind,
        long droppedEvents,
        List<LoadWarning> warnings) {

    /** Whether any span or message stands for more than itself, so counts made from them are estimates. */
    public boolean sampled() {
        return sampledSpans > 0 || sampledMessages > 0;
    }
}
