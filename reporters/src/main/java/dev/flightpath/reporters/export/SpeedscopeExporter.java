package dev.flightpath.reporters.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Frame;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.Span;
import dev.flightpath.model.StackTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes speedscope's file format (https://www.speedscope.app/file-format-schema.json). Stack
 * samples: one sampled profile per (sample kind, thread), named {@code thread (kind)}, its samples
 * in time order (runs of the same stack merged
 * for counted kinds), weighed in samples (unit {@code none}),
 * bytes or nanoseconds as the kind measures. Spans: one evented profile per process and lane
 * ({@link SpanLanes}), times in nanoseconds from the recording's start.
 */
public final class SpeedscopeExporter {
    private static final String SCHEMA = "https://www.speedscope.app/file-format-schema.json";
    private static final JsonFactory JSON = JsonFactory.builder().build();

    public ExportResult write(Recording recording, OutputStream out) throws IOException {
        Map<String, Integer> frameIndexes = new LinkedHashMap<>();
        List<Frame> frames = new ArrayList<>();
        int[] indexOfFrame = new int[recording.stacks().frameCount()];
        java.util.Arrays.fill(indexOfFrame, -1);
        int sampledProfiles = 0;
        int eventedProfiles = 0;
        long written = 0;
        try (JsonGenerator json = JSON.createGenerator(new NonClosingStream(out), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("name", recording.info().format().description());
            json.writeStringField("exporter", "flightpath convert");
            json.writeNumberField("activeProfileIndex", 0);
            json.writeArrayFieldStart("profiles");
            Map<Long, List<Integer>> rowsByProfile = sampledProfileRows(recording.samples());
            for (Map.Entry<Long, List<Integer>> profile : rowsByProfile.entrySet()) {
                SampleKind kind = SampleKind.values()[(int) (profile.getKey() >>> 32)];
                int processId = (int) (long) profile.getKey();
                writeSampled(json, recording, kind, processId, profile.getValue(), frames, indexOfFrame);
                sampledProfiles++;
                written += profile.getValue().size();
            }
            long startNanos = recording.info().startNanos();
            for (SpanLanes.Lane lane : SpanLanes.of(recording.spans())) {
                writeEvented(json, recording, lane, startNanos, frames, frameIndexes);
                eventedProfiles++;
            }
            json.writeEndArray();
            json.writeObjectFieldStart("shared");
            json.writeArrayFieldStart("frames");
            for (Frame frame : frames) {
                json.writeStartObject();
                json.writeStringField("name", frame.name());
                if (frame.lineNumber() > 0) {
                    json.writeNumberField("line", frame.lineNumber());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        out.flush();
        List<String> dropped = new ArrayList<>(NotExported.lines(recording, EnumSet.of(DataKind.SAMPLES,
                DataKind.SPANS), "speedscope holds stacks and nested spans only"));
        if (!recording.spans().isEmpty()) {
            dropped.add("span ids, parents, attributes and trace grouping (speedscope shows spans as a stack per lane)");
        }
        return new ExportResult(sampledProfiles + " sampled profiles (" + NotExported.count(written)
                + " stack samples), " + eventedProfiles + " evented profiles (" + NotExported.count(
                recording.spans().size()) + " spans), " + frames.size() + " frames", dropped);
    }

    /** Rows with a stack per (kind, thread), each list in time order. */
    private static Map<Long, List<Integer>> sampledProfileRows(SampleTable samples) {
        Map<Long, List<Integer>> rows = new java.util.TreeMap<>();
        for (int row = 0; row < samples.size(); row++) {
            if (samples.stackId(row) < 0) {
                continue;
            }
            long key = ((long) samples.kind(row).ordinal() << 32) | (samples.processId(row) & 0xffffffffL);
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        for (List<Integer> list : rows.values()) {
            list.sort((a, b) -> Long.compare(samples.timeNanos(a), samples.timeNanos(b)));
        }
        return rows;
    }

    private static void writeSampled(JsonGenerator json, Recording recording, SampleKind kind, int processId,
            List<Integer> rows, List<Frame> frames, int[] indexOfFrame) throws IOException {
        SampleTable samples = recording.samples();
        StackTable stacks = recording.stacks();
        boolean counted = kind.valueUnit().equals("samples");
        List<Integer> runStacks = new ArrayList<>();
        List<Long> runWeights = new ArrayList<>();
        long total = 0;
        for (int row : rows) {
            long weight = counted ? 1 : samples.value(row);
            int stackId = samples.stackId(row);
            int last = runStacks.size() - 1;
            // Runs merge only counted samples, so a value kind keeps one entry per sample.
            if (counted && last >= 0 && runStacks.get(last) == stackId) {
                runWeights.set(last, runWeights.get(last) + weight);
            } else {
                runStacks.add(stackId);
                runWeights.add(weight);
            }
            total += weight;
        }
        json.writeStartObject();
        json.writeStringField("type", "sampled");
        json.writeStringField("name", ProcessNames.name(recording, processId) + " (" + kind.cliName() + ")");
        json.writeStringField("unit", counted ? "none" : kind.valueUnit());
        json.writeNumberField("startValue", 0);
        json.writeNumberField("endValue", total);
        json.writeArrayFieldStart("samples");
        for (int stackId : runStacks) {
            json.writeStartArray();
            for (int i = stacks.depth(stackId) - 1; i >= 0; i--) {
                json.writeNumber(frameIndex(stacks, stacks.frameAt(stackId, i), frames, indexOfFrame));
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("weights");
        for (long weight : runWeights) {
            json.writeNumber(weight);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static int frameIndex(StackTable stacks, int frameId, List<Frame> frames, int[] indexOfFrame) {
        if (indexOfFrame[frameId] < 0) {
            indexOfFrame[frameId] = frames.size();
            frames.add(stacks.frame(frameId));
        }
        return indexOfFrame[frameId];
    }

    private static void writeEvented(JsonGenerator json, Recording recording, SpanLanes.Lane lane, long startNanos,
            List<Frame> frames, Map<String, Integer> spanFrames) throws IOException {
        List<Span> spans = recording.spans();
        long end = 0;
        json.writeStartObject();
        json.writeStringField("type", "evented");
        json.writeStringField("name", ProcessNames.name(recording, lane.processId())
                + (lane.lane() == 0 ? "" : " (lane " + (lane.lane() + 1) + ")") + " (spans)");
        json.writeStringField("unit", "nanoseconds");
        json.writeNumberField("startValue", 0);
        json.writeArrayFieldStart("events");
        for (int step : lane.steps()) {
            boolean open = step >= 0;
            Span span = spans.get(open ? step : -step - 1);
            long at = (open ? span.startNanos() : span.endNanos()) - startNanos;
            end = Math.max(end, at);
            int frame = spanFrames.computeIfAbsent("\u0000span\u0000" + span.name(), key -> {
                frames.add(new Frame(span.name(), dev.flightpath.model.FrameType.SPAN, 0));
                return frames.size() - 1;
            });
            json.writeStartObject();
            json.writeStringField("type", open ? "O" : "C");
            json.writeNumberField("frame", frame);
            json.writeNumberField("at", at);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("endValue", end);
        json.writeEndObject();
    }
}
