package dev.flightpath.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a loader read from one input file, in one format-independent shape.
 *
 * @param info          what the recording is
 * @param eventCounts   events per source event type, in the source's own names
 *                      ({@code jdk.ExecutionSample}, {@code trace_ts/send}, {@code span}); for
 *                      JFR the same counts as {@code jfr summary}
 * @param processes     threads, processes, services: index = {@link ProcessInfo#id()}
 * @param spans         spans, in file order; empty when not asked for or absent
 * @param messages      messages between processes
 * @param scheduling    scheduling intervals
 * @param pauses        runtime pauses (JVM GC pauses, safepoints, time to safepoint); empty when
 *                      not asked for ({@link DataKind#PAUSES}) or absent
 * @param cpuLoad       CPU load readings of the JVM and the machine; empty when not asked for
 *                      ({@link DataKind#CPU_LOAD}) or absent
 * @param stacks        frames and stacks referred to by {@code samples}
 * @param samples       stack samples
 * @param droppedEvents events the recorder itself says it dropped (BEAM drop records, JFR lost
 *                      samples)
 * @param warnings      what the loader handled rather than failed on
 */
public record Recording(
        RecordingInfo info,
        Map<String, Long> eventCounts,
        List<ProcessInfo> processes,
        List<Span> spans,
        MessageTable messages,
        SchedulingTable scheduling,
        PauseTable pauses,
        CpuLoadTable cpuLoad,
        StackTable stacks,
        SampleTable samples,
        long droppedEvents,
        List<LoadWarning> warnings) {

    public Recording {
        Objects.requireNonNull(info, "info");
        eventCounts = Map.copyOf(eventCounts);
        processes = List.copyOf(processes);
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i).id() != i) {
                throw new IllegalArgumentException("process at index " + i + " has id " + processes.get(i).id());
            }
        }
        spans = List.copyOf(spans);
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(scheduling, "scheduling");
        Objects.requireNonNull(pauses, "pauses");
        Objects.requireNonNull(cpuLoad, "cpuLoad");
        Objects.requireNonNull(stacks, "stacks");
        Objects.requireNonNull(samples, "samples");
        warnings = List.copyOf(warnings);
    }

    /** A recording without CPU load readings: for loaders that read none. */
    public Recording(RecordingInfo info, Map<String, Long> eventCounts, List<ProcessInfo> processes, List<Span> spans,
            MessageTable messages, SchedulingTable scheduling, PauseTable pauses, StackTable stacks,
            SampleTable samples, long droppedEvents, List<LoadWarning> warnings) {
        this(info, eventCounts, processes, spans, messages, scheduling, pauses, CpuLoadTable.empty(), stacks, samples,
                droppedEvents, warnings);
    }

    /** A recording without runtime pauses or CPU load readings: for loaders of formats that have none. */
    public Recording(RecordingInfo info, Map<String, Long> eventCounts, List<ProcessInfo> processes, List<Span> spans,
            MessageTable messages, SchedulingTable scheduling, StackTable stacks, SampleTable samples,
            long droppedEvents, List<LoadWarning> warnings) {
        this(info, eventCounts, processes, spans, messages, scheduling, PauseTable.empty(), stacks, samples,
                droppedEvents, warnings);
    }

    /** The number of distinct trace ids among the spans. */
    public long traceCount() {
        return spans.stream().map(Span::traceId).distinct().count();
    }

    public long totalEvents() {
        return eventCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
