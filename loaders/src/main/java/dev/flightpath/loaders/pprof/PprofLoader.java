package dev.flightpath.loaders.pprof;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.spans.ProcessTable;
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
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.StackTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads pprof profiles (profile.proto, gzip-compressed or not); see {@code package-info.java}. */
public final class PprofLoader implements Loader {
    /** The labels that name a sample's thread, in order of preference. */
    private static final List<String> THREAD_LABELS = List.of("thread", "thread_name", "threadName");

    @Override
    public InputFormat format() {
        return InputFormat.PPROF;
    }

    @Override
    public Recording load(Path file, LoadRequest request) throws InputDataException, IOException {
        PprofData profile;
        try {
            profile = PprofDecoder.decode(readBytes(file));
        } catch (PprofFormatException e) {
            throw new InputDataException("corrupt pprof profile", file, e.getMessage());
        }
        WarningLog warnings = new WarningLog();
        SampleTypeMapping mapping = new SampleTypeMapping(profile);
        if (!mapping.unread().isEmpty()) {
            warnings.add("unread-sample-type", "sample types " + String.join(", ", mapping.unread())
                    + " have no flightpath sample kind; not read");
        }
        ProcessTable processes = new ProcessTable();
        StackTable.Builder stacks = new StackTable.Builder();
        SampleTable.Builder samples = new SampleTable.Builder();
        Map<Long, int[]> framesOfLocation = new HashMap<>();
        for (PprofData.Sample sample : profile.samples()) {
            int processId = thread(sample, processes);
            int stackId = -2;
            for (SampleTypeMapping.KindSource source : mapping.sources()) {
                if (!request.wantsSamples(source.kind())) {
                    continue;
                }
                long rows = source.rows(sample.values());
                if (rows == 0) {
                    continue;
                }
                if (stackId == -2) {
                    stackId = stacks.internStack(stack(sample, profile, framesOfLocation, stacks, file));
                }
                for (long row = 0; row < rows; row++) {
                    samples.add(profile.timeNanos(), stackId, processId, source.kind(),
                            source.rowValue(sample.values(), rows, row));
                }
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("pprof.sample", (long) profile.samples().size());
        RecordingInfo info = new RecordingInfo(InputFormat.PPROF, "", String.join("; ", profile.comments()), "",
                profile.timeNanos(), Math.max(0, profile.durationNanos()), 1, false);
        return new Recording(info, counts, processes.toList(), List.of(), MessageTable.empty(),
                SchedulingTable.empty(), PauseTable.empty(), CpuLoadTable.empty(), stacks.build(), samples.build(), 0,
                warnings.toList());
    }

    private static byte[] readBytes(Path file) throws IOException, InputDataException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(2);
        }
        if (head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                return in.readAllBytes();
            } catch (ZipException | java.io.EOFException e) {
                throw new InputDataException("corrupt gzip data", file, e.getMessage());
            }
        }
        return Files.readAllBytes(file);
    }

    /** The sample's frames, leaf first: each location's lines innermost first, inlined ones marked. */
    private static int[] stack(PprofData.Sample sample, PprofData profile, Map<Long, int[]> framesOfLocation,
            StackTable.Builder stacks, Path file) throws InputDataException {
        List<Integer> frames = new ArrayList<>();
        for (long locationId : sample.locationIds()) {
            int[] locationFrames = framesOfLocation.get(locationId);
            if (locationFrames == null) {
                PprofData.Location location = profile.locations().get(locationId);
                if (location == null) {
                    throw new InputDataException("corrupt pprof profile", file, "a sample refers to location "
                            + locationId + ", which the profile does not define");
                }
                locationFrames = locationFrames(location, profile, stacks);
                framesOfLocation.put(locationId, locationFrames);
            }
            for (int frame : locationFrames) {
                frames.add(frame);
            }
        }
        int[] ids = new int[frames.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = frames.get(i);
        }
        return ids;
    }

    private static int[] locationFrames(PprofData.Location location, PprofData profile, StackTable.Builder stacks) {
        int lines = location.functionIds().length;
        if (lines == 0) {
            String address = "0x" + Long.toHexString(location.address()).toLowerCase(Locale.ROOT);
            return new int[] {stacks.internFrame(new Frame(address, FrameType.NATIVE, 0))};
        }
        int[] frames = new int[lines];
        for (int i = 0; i < lines; i++) {
            String name = profile.functionNames().get(location.functionIds()[i]);
            if (name == null || name.isEmpty()) {
                name = "function " + location.functionIds()[i];
            }
            FrameType type = i < lines - 1 ? FrameType.INLINED : FrameType.UNKNOWN;
            int line = (int) Math.max(0, Math.min(Integer.MAX_VALUE, location.lineNumbers()[i]));
            frames[i] = stacks.internFrame(new Frame(name, type, line));
        }
        return frames;
    }

    private static int thread(PprofData.Sample sample, ProcessTable processes) {
        for (String key : THREAD_LABELS) {
            String name = sample.labels().get(key);
            if (name != null) {
                return processes.intern(ProcessKind.THREAD, name, name);
            }
        }
        return -1;
    }
}
