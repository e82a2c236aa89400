package dev.flightpath.loaders.speedscope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.spans.JsonInput;
import dev.flightpath.loaders.spans.JsonTree;
import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanRecordingAssembler;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.CpuLoadTable;
import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.StackTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads speedscope files (sampled and evented profiles); see {@code package-info.java}. */
public final class SpeedscopeLoader implements Loader {
    private static final String PROBLEM = "invalid speedscope file";

    @Override
    public InputFormat format() {
        return InputFormat.SPEEDSCOPE;
    }

    @Override
    public Recording load(Path file, LoadRequest request) throws InputDataException, IOException {
        Map<String, Object> root;
        try (JsonParser parser = JsonInput.open(file)) {
            try {
                parser.nextToken();
                root = JsonValues.asObject(JsonTree.read(parser));
            } catch (JsonProcessingException e) {
                throw JsonInput.malformed(file, e, parser);
            }
        }
        if (root == null) {
            throw new InputDataException(PROBLEM, file, "the top-level value is not an object");
        }
        Map<String, Object> shared = JsonValues.object(root, "shared");
        List<Object> frameList = shared == null ? null : JsonValues.array(shared, "frames");
        List<Object> profiles = JsonValues.array(root, "profiles");
        if (frameList == null || profiles == null) {
            throw new InputDataException(PROBLEM, file, "expected 'shared.frames' and 'profiles'");
        }
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < frameList.size(); i++) {
            Map<String, Object> frame = JsonValues.asObject(frameList.get(i));
            String name = frame == null ? null : JsonValues.string(frame, "name");
            if (name == null) {
                throw new InputDataException(PROBLEM, file, "frame " + i + " has no name");
            }
            Long line = JsonValues.integer(frame, "line");
            frames.add(new Frame(name, FrameType.UNKNOWN, line == null ? 0 : (int) Math.max(0, line)));
        }
        WarningLog warnings = new WarningLog();
        ProcessTable processes = new ProcessTable();
        StackTable.Builder stacks = new StackTable.Builder();
        SampleTable.Builder samples = new SampleTable.Builder();
        List<SpanDraft> drafts = new ArrayList<>();
        long sampledCount = 0;
        long eventCount = 0;
        for (int p = 0; p < profiles.size(); p++) {
            Map<String, Object> profile = JsonValues.asObject(profiles.get(p));
            String type = profile == null ? null : JsonValues.string(profile, "type");
            String where = "profile " + p;
            if ("sampled".equals(type)) {
                sampledCount += new SampledProfileReader(file, where, frames, stacks, samples, processes, warnings)
                        .read(profile, request);
            } else if ("evented".equals(type)) {
                eventCount += new EventedProfileReader(file, where, frames, processes, warnings).read(profile, drafts);
            } else {
                throw new InputDataException(PROBLEM, file, where + " has type " + type
                        + "; expected 'sampled' or 'evented'");
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("speedscope.sample", sampledCount);
        counts.put("speedscope.event", eventCount);
        String producer = JsonValues.string(root, "exporter");
        if (!drafts.isEmpty()) {
            Recording spans = SpanRecordingAssembler.assemble(InputFormat.SPEEDSCOPE, producer, drafts, processes,
                    counts, warnings, false);
            return new Recording(spans.info(), counts, spans.processes(), spans.spans(), spans.messages(),
                    SchedulingTable.empty(), PauseTable.empty(), CpuLoadTable.empty(), stacks.build(),
                    samples.build(), 0, spans.warnings());
        }
        RecordingInfo info = new RecordingInfo(InputFormat.SPEEDSCOPE, "", producer == null ? "" : producer, "", 0,
                0, 1, false, RecordingInfo.TimeBase.MONOTONIC);
        return new Recording(info, counts, processes.toList(), List.of(), MessageTable.empty(),
                SchedulingTable.empty(), PauseTable.empty(), CpuLoadTable.empty(), stacks.build(), samples.build(), 0,
                warnings.toList());
    }

    /** A profile's name without the {@code (kind)} or {@code (spans)} suffix flightpath writes. */
    static String baseName(String name, String suffix) {
        return name.endsWith(" (" + suffix + ")") ? name.substring(0, name.length() - suffix.length() - 3) : name;
    }

    /** The kind named by a {@code thread (kind)} profile name, or null. */
    static SampleKind kindInName(String name) {
        for (SampleKind kind : SampleKind.values()) {
            if (name.endsWith(" (" + kind.cliName() + ")")) {
                return kind;
            }
        }
        return null;
    }

    static SpanKind spanKind() {
        return SpanKind.INTERNAL;
    }

    static int process(ProcessTable processes, String name) {
        return processes.intern(ProcessKind.THREAD, name, name);
    }
}
