package dev.flightpath.analyzers.mailbox;

import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a process was doing in a time range: the names of its spans weighted by overlap, and the
 * leaf frames of its CPU and wall-clock samples. Indexes spans and samples by process once, on
 * first use.
 */
final class ActivityIndex {
    private final Recording recording;
    private Map<Integer, List<Span>> spansByProcess;
    private Map<Integer, List<Integer>> samplesByProcess;

    ActivityIndex(Recording recording) {
        this.recording = recording;
    }

    List<NamedAmount> spans(int processId, long startNanos, long endNanos, int limit) {
        if (spansByProcess == null) {
            spansByProcess = recording.spans().stream().collect(Collectors.groupingBy(Span::processId));
        }
        Map<String, Long> overlap = new HashMap<>();
        for (Span span : spansByProcess.getOrDefault(processId, List.of())) {
            long nanos = Math.min(span.endNanos(), endNanos) - Math.max(span.startNanos(), startNanos);
            if (nanos > 0) {
                overlap.merge(span.name(), nanos, Long::sum);
            }
        }
        return top(overlap, limit);
    }

    List<NamedAmount> frames(int processId, long startNanos, long endNanos, int limit) {
        SampleTable samples = recording.samples();
        if (samplesByProcess == null) {
            samplesByProcess = new HashMap<>();
            for (int row = 0; row < samples.size(); row++) {
                SampleKind kind = samples.kind(row);
                if ((kind == SampleKind.CPU || kind == SampleKind.CPU_TIME || kind == SampleKind.WALL)
                        && samples.stackId(row) >= 0 && recording.stacks().depth(samples.stackId(row)) > 0) {
                    samplesByProcess.computeIfAbsent(samples.processId(row), k -> new ArrayList<>()).add(row);
                }
            }
        }
        Map<String, Long> counts = new HashMap<>();
        for (int row : samplesByProcess.getOrDefault(processId, List.of())) {
            long time = samples.timeNanos(row);
            if (time >= startNanos && time < endNanos) {
                int leaf = recording.stacks().frameAt(samples.stackId(row), 0);
                counts.merge(recording.stacks().frame(leaf).name(), samples.kind(row) == SampleKind.WALL
                        ? samples.value(row) : 1L, Long::sum);
            }
        }
        return top(counts, limit);
    }

    private static List<NamedAmount> top(Map<String, Long> amounts, int limit) {
        return amounts.entrySet().stream()
                .map(entry -> new NamedAmount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(NamedAmount::amount).reversed().thenComparing(NamedAmount::name))
                .limit(limit)
                .collect(Collectors.toList());
    }
}
