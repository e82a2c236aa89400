package dev.flightpath.analyzers.summary;

import dev.flightpath.model.DataKind;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Counts what a recording holds. */
public final class SummaryAnalyzer {
    /** What a summary reads from a file (counts, and the tables it counts rows of). */
    public static final Set<DataKind> NEEDS = Set.of(DataKind.EVENT_COUNTS, DataKind.SPANS, DataKind.MESSAGES,
            DataKind.SCHEDULING, DataKind.PAUSES);

    private SummaryAnalyzer() {
    }

    public static RecordingSummary summarize(String file, Recording recording) {
        Map<String, Long> counts = new LinkedHashMap<>();
        recording.eventCounts().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        Map<ProcessKind, Long> byKind = new EnumMap<>(ProcessKind.class);
        for (ProcessInfo process : recording.processes()) {
            byKind.merge(process.kind(), 1L, Long::sum);
        }
        Map<SampleKind, Long> samples = new EnumMap<>(SampleKind.class);
        SampleTable table = recording.samples();
        for (int row = 0; row < table.size(); row++) {
            samples.merge(table.kind(row), 1L, Long::sum);
        }
        long sampledSpans = 0;
        double estimatedSpans = 0;
        for (dev.flightpath.model.Span span : recording.spans()) {
            estimatedSpans += span.samplingWeight();
            if (span.samplingWeight() > 1) {
                sampledSpans++;
            }
        }
        long sampledMessages = 0;
        double estimatedMessages = 0;
        for (int row = 0; row < recording.messages().size(); row++) {
            double weight = recording.messages().weight(row);
            estimatedMessages += weight;
            if (weight > 1) {
                sampledMessages++;
            }
        }
        var info = recording.info();
        return new RecordingSummary(file, info.format(), info.formatVersion(), info.producer(), info.runtime(),
                info.startNanos(), info.timeBase(), info.durationNanos(), info.chunkCount(), info.truncated(),
                Collections.unmodifiableMap(counts), recording.totalEvents(), recording.processes().size(),
                Collections.unmodifiableMap(byKind), recording.traceCount(), recording.spans().size(),
                recording.messages().size(), recording.scheduling().size(), sampledSpans, estimatedSpans,
                sampledMessages, estimatedMessages, Collections.unmodifiableMap(samples),
                recording.droppedEvents(), recording.warnings());
    }
}
