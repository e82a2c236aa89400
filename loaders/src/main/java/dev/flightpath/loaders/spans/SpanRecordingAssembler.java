package dev.flightpath.loaders.spans;

import dev.flightpath.model.InputFormat;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.Span;
import dev.flightpath.model.StackTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The last step of every span loader: checks the drafts, derives messages and the recording's
 * time range, and builds the {@link Recording}.
 */
public final class SpanRecordingAssembler {
    /**
     * The warning code of a loader that read only the complete part of a file that ends early; a
     * recording with it is marked {@link RecordingInfo#truncated()}.
     */
    public static final String TRUNCATED = "truncated";

    private SpanRecordingAssembler() {
    }

    /**
     * @param checkClockSkew see {@link SpanSetAssembler#SpanSetAssembler(WarningLog, boolean)}
     */
    public static Recording assemble(InputFormat format, String producer, List<SpanDraft> drafts,
            ProcessTable processes, Map<String, Long> eventCounts, WarningLog warnings,
            boolean checkClockSkew) {
        if (drafts.isEmpty()) {
            warnings.add("no-spans", "the file holds no spans");
        }
        List<Span> spans = new SpanSetAssembler(warnings, checkClockSkew).assemble(drafts);
        TextCleaner text = new TextCleaner(warnings);
        List<ProcessInfo> processList = new ArrayList<>();
        for (ProcessInfo process : processes.toList()) {
            processList.add(new ProcessInfo(process.id(), text.clean(process.externalId(), "process id"),
                    text.clean(process.name(), "process name"), process.kind(), process.initialCall()));
        }
        MessageTable messages = MessageExtractor.extract(spans, processList);
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Span span : spans) {
            start = Math.min(start, span.startNanos());
            end = Math.max(end, span.endNanos());
        }
        long startNanos = spans.isEmpty() ? 0 : start;
        long durationNanos = spans.isEmpty() ? 0 : saturatedDifference(end, start);
        RecordingInfo info = new RecordingInfo(format, "", producer == null ? "" : producer, "",
                startNanos, durationNanos, 1, warnings.count(TRUNCATED) > 0);
        return new Recording(info, eventCounts, processList, spans, messages, SchedulingTable.empty(),
                StackTable.empty(), SampleTable.empty(), 0, warnings.toList());
    }

    /** {@code end - start}, at most Long.MAX_VALUE (absurd times must not overflow to negative). */
    private static long saturatedDifference(long end, long start) {
        try {
            return Math.max(0, Math.subtractExact(end, start));
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }
}
