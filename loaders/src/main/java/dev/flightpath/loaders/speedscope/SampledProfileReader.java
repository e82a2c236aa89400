package dev.flightpath.loaders.speedscope;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.Frame;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.StackTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One sampled profile: a thread's stacks (root first) with weights. The kind is the one a
 * {@code thread (kind)} name gives (as {@code flightpath convert} writes), else by unit:
 * {@code none} is CPU samples, {@code bytes} allocation, a time unit wall-clock samples counted
 * once each (warning {@code speedscope-time-weights}).
 */
final class SampledProfileReader {
    private final Path file;
    private final String where;
    private final List<Frame> frames;
    private final StackTable.Builder stacks;
    private final SampleTable.Builder samples;
    private final ProcessTable processes;
    private final WarningLog warnings;

    SampledProfileReader(Path file, String where, List<Frame> frames, StackTable.Builder stacks,
            SampleTable.Builder samples, ProcessTable processes, WarningLog warnings) {
        this.file = file;
        this.where = where;
        this.frames = frames;
        this.stacks = stacks;
        this.samples = samples;
        this.processes = processes;
        this.warnings = warnings;
    }

    /** Adds the profile's rows; returns its number of speedscope samples. */
    long read(Map<String, Object> profile, LoadRequest request) throws InputDataException {
        String name = JsonValues.string(profile, "name");
        name = name == null ? "" : name;
        String unit = JsonValues.string(profile, "unit");
        SampleKind kind = SpeedscopeLoader.kindInName(name);
        String thread = kind == null ? name : SpeedscopeLoader.baseName(name, kind.cliName());
        double nanosPerUnit = SpeedscopeUnits.nanosPer(unit);
        if (kind == null) {
            if ("bytes".equals(unit)) {
                kind = SampleKind.ALLOC;
            } else if (nanosPerUnit > 0) {
                kind = SampleKind.WALL;
                warnings.add("speedscope-time-weights", where + " ('" + name + "') weighs samples in " + unit
                        + "; each sample is counted once");
            } else {
                kind = SampleKind.CPU;
            }
        }
        List<Object> stackList = JsonValues.array(profile, "samples");
        List<Object> weights = JsonValues.array(profile, "weights");
        if (stackList == null) {
            throw new InputDataException("invalid speedscope file", file, where + " has no 'samples'");
        }
        if (weights != null && weights.size() != stackList.size()) {
            throw new InputDataException("invalid speedscope file", file, where + " has " + stackList.size()
                    + " samples and " + weights.size() + " weights");
        }
        if (!request.wantsSamples(kind)) {
            return stackList.size();
        }
        int processId = SpeedscopeLoader.process(processes, thread);
        boolean counted = kind.valueUnit().equals("samples") && nanosPerUnit == 0;
        for (int i = 0; i < stackList.size(); i++) {
            int stackId = stacks.internStack(stack(stackList.get(i), i));
            Double weight = weights == null ? Double.valueOf(1) : JsonValues.toDouble(weights.get(i));
            if (weight == null || !(weight >= 0) || Double.isInfinite(weight)) {
                throw new InputDataException("invalid speedscope file", file, where + " sample " + i
                        + " has weight " + weights.get(i));
            }
            if (counted) {
                long rows = Math.round(weight);
                for (long row = 0; row < rows; row++) {
                    samples.add(0, stackId, processId, kind, 1);
                }
            } else if (kind.valueUnit().equals("samples")) {
                samples.add(0, stackId, processId, kind, 1);
            } else {
                double scale = kind.valueUnit().equals("nanoseconds") && nanosPerUnit > 0 ? nanosPerUnit : 1;
                samples.add(0, stackId, processId, kind, Math.round(weight * scale));
            }
        }
        return stackList.size();
    }

    /** Frame ids leaf first, from speedscope's root-first frame indexes. */
    private int[] stack(Object value, int sample) throws InputDataException {
        if (!(value instanceof List)) {
            throw new InputDataException("invalid speedscope file", file, where + " sample " + sample
                    + " is not a list of frame indexes");
        }
        List<?> indexes = (List<?>) value;
        int[] ids = new int[indexes.size()];
        for (int i = 0; i < ids.length; i++) {
            Long index = JsonValues.toLong(indexes.get(i));
            if (index == null || index < 0 || index >= frames.size()) {
                throw new InputDataException("invalid speedscope file", file, where + " sample " + sample
                        + " refers to frame " + indexes.get(i) + " of " + frames.size());
            }
            ids[ids.length - 1 - i] = stacks.internFrame(frames.get(index.intValue()));
        }
        return ids;
    }
}
