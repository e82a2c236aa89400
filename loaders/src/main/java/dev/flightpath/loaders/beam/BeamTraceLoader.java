package dev.flightpath.loaders.beam;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.spans.SpanRecordingAssembler;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.Span;
import dev.flightpath.model.StackTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a BEAM trace-port file ({@code dbg:trace_port(file, …)}, {@code fprof:trace}); the rules
 * are in the package documentation. Messages are matched whatever the request asks for, because
 * matching is also where registered names are learned and where scheduling finds its wake-ups;
 * the request only decides which tables the recording carries.
 */
public final class BeamTraceLoader implements Loader {
    static final String PRODUCER_DBG = "dbg trace port";
    static final String PRODUCER_FPROF = "fprof";

    /** Hostile timestamps may be a whole {@code long} range apart. */
    private static long duration(long first, long last) {
        try {
            return Math.subtractExact(last, first);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public InputFormat format() {
        return InputFormat.BEAM_TRACE;
    }

    @Override
    public Recording load(Path file, LoadRequest request) throws InputDataException, IOException {
        TraceInterpreter trace = new TraceInterpreter();
        String truncation;
        try (TraceFileReader reader = new TraceFileReader(file)) {
            for (TraceRecord record = reader.next(); record != null; record = reader.next()) {
                if (record instanceof TraceRecord.DropRecord) {
                    trace.dropped(((TraceRecord.DropRecord) record).count());
                } else {
                    trace.apply(((TraceRecord.TermRecord) record).term());
                }
            }
            truncation = reader.truncation();
        }
        List<LoadWarning> warnings = new ArrayList<>(trace.warnings());
        if (truncation != null) {
            warnings.add(new LoadWarning(SpanRecordingAssembler.TRUNCATED, truncation, 1));
        }
        String node = trace.processes().localNode();
        RecordingInfo info = new RecordingInfo(InputFormat.BEAM_TRACE, "",
                trace.fprof() ? PRODUCER_FPROF : PRODUCER_DBG,
                node == null ? "" : "BEAM node " + node,
                trace.firstTime(), duration(trace.firstTime(), trace.lastTime()), 1, truncation != null,
                trace.epochTimes() ? RecordingInfo.TimeBase.EPOCH : RecordingInfo.TimeBase.MONOTONIC);
        // seq_trace events give spans, and give the messages when the trace has no ordinary sends.
        boolean seqTraced = trace.seqTrace().seen();
        List<Span> spans = seqTraced && request.wants(DataKind.SPANS) ? trace.seqTrace().spans() : List.of();
        MessageTable messages = request.wants(DataKind.MESSAGES) ? trace.messages().build() : MessageTable.empty();
        if (seqTraced && request.wants(DataKind.MESSAGES) && messages.size() == 0) {
            messages = trace.seqTrace().messages(!spans.isEmpty());
        }
        SchedulingTable scheduling = request.wants(DataKind.SCHEDULING)
                ? trace.scheduling().build() : SchedulingTable.empty();
        return new Recording(info, trace.eventCounts(), trace.processes().build(), spans, messages, scheduling,
                StackTable.empty(), SampleTable.empty(), trace.droppedEvents(), warnings);
    }
}
