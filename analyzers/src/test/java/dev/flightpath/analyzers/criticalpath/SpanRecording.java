package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import dev.flightpath.model.SpanStatus;
import dev.flightpath.model.StackTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds span recordings in code: one service "svc", spans named after their ids unless told. */
final class SpanRecording {
    private final List<Span> spans = new ArrayList<>();
    private String trace = "t1";
    private double weight = 1.0;

    SpanRecording trace(String traceId) {
        this.trace = traceId;
        return this;
    }

    SpanRecording weight(double samplingWeight) {
        this.weight = samplingWeight;
        return this;
    }

    SpanRecording span(String id, String parent, long start, long end) {
        return span(id, parent, start, end, SpanKind.INTERNAL);
    }

    SpanRecording span(String id, String parent, long start, long end, SpanKind kind) {
        return add(id, parent, id, start, end, kind, List.of());
    }

    SpanRecording named(String id, String parent, String name, long start, long end) {
        return add(id, parent, name, start, end, SpanKind.INTERNAL, List.of());
    }

    SpanRecording linked(String id, String parent, long start, long end, SpanKind kind, String linkTrace,
            String linkSpan, LinkKind linkKind) {
        return add(id, parent, id, start, end, kind, List.of(new SpanLink(linkTrace, linkSpan, linkKind)));
    }

    SpanRecording add(String id, String parent, String name, long start, long end, SpanKind kind,
            List<SpanLink> links) {
        spans.add(new Span(trace, id, parent, links, name, 0, start, end, kind, SpanStatus.UNSET, Map.of(), weight));
        return this;
    }

    Recording build() {
        return build(spans);
    }

    static Recording build(List<Span> spans) {
        return new Recording(new RecordingInfo(InputFormat.OTLP_JSON, "", "", "", 0, 0, 1, false), Map.of(),
                List.of(new ProcessInfo(0, "svc", "svc", ProcessKind.SERVICE, "")), spans, MessageTable.empty(),
                SchedulingTable.empty(), StackTable.empty(),
                SampleTable.empty(), 0, List.of());
    }
}
