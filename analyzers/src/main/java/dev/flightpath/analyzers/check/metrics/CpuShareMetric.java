package dev.flightpath.analyzers.check.metrics;

import dev.flightpath.analyzers.check.rules.LabelMatcher;
import dev.flightpath.analyzers.check.rules.MetricSelector;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.StackTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code cpu.share{frame="com.acme.Parser.parse"}}: the share of CPU samples whose stack contains
 * the frame (its total share, as in a flame graph). One group per frame the selector names; each
 * CPU sample is an observation of 1 (the frame is on the stack) or 0.
 */
final class CpuShareMetric implements MetricSource {
    /** More matching frames than this is a selector too wide to be a budget. */
    private static final int MAX_FRAMES = 200;

    @Override
    public String name() {
        return "cpu.share";
    }

    @Override
    public Set<String> labels() {
        return Set.of("frame");
    }

    @Override
    public java.util.Set<String> groupBy() {
        return java.util.Set.of("frame");
    }

    @Override
    public MetricUnit unit() {
        return MetricUnit.RATIO;
    }

    @Override
    public String description() {
        return "share of CPU samples with the frame on the stack (use value, e.g. value < 15%)";
    }

    @Override
    public List<MetricSeries> series(Recording recording, MetricSelector selector) {
        StackTable stacks = recording.stacks();
        SampleTable samples = recording.samples();
        SampleKind kind = samples.count(SampleKind.CPU) > 0 ? SampleKind.CPU : SampleKind.WALL;
        TreeSet<String> frames = new TreeSet<>();
        for (int id = 0; id < stacks.frameCount(); id++) {
            String name = stacks.frame(id).name();
            if (selector.matches(Map.of("frame", name))) {
                frames.add(name);
            }
        }
        boolean namesFrames = selector.matchers().stream().anyMatch(m -> m.label().equals("frame")
                && (m.operator() == LabelMatcher.Operator.EQUALS || m.operator() == LabelMatcher.Operator.MATCHES));
        List<MetricSeries> series = new ArrayList<>();
        if (!namesFrames || frames.isEmpty() || frames.size() > MAX_FRAMES) {
            return series;
        }
        List<String> groups = new ArrayList<>(frames);
        Map<String, Integer> groupOfName = new java.util.HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            groupOfName.put(groups.get(g), g);
        }
        int[] groupOfFrame = new int[stacks.frameCount()];
        for (int id = 0; id < groupOfFrame.length; id++) {
            groupOfFrame[id] = groupOfName.getOrDefault(stacks.frame(id).name(), -1);
        }
        // Which groups each distinct stack holds, worked out once per stack.
        Map<Integer, java.util.BitSet> groupsOnStack = new java.util.HashMap<>();
        SeriesBuilder builder = new SeriesBuilder();
        List<Map<String, String>> labels = new ArrayList<>();
        for (String frame : groups) {
            labels.add(Map.of("frame", frame));
        }
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) != kind) {
                continue;
            }
            java.util.BitSet present = groupsOnStack.computeIfAbsent(samples.stackId(row), stackId -> {
                java.util.BitSet bits = new java.util.BitSet(groups.size());
                for (int i = 0; stackId >= 0 && i < stacks.depth(stackId); i++) {
                    int group = groupOfFrame[stacks.frameAt(stackId, i)];
                    if (group >= 0) {
                        bits.set(group);
                    }
                }
                return bits;
            });
            for (int g = 0; g < groups.size(); g++) {
                builder.add(labels.get(g), samples.timeNanos(row), present.get(g) ? 1.0 : 0.0, samples.samplesIn(row));
            }
        }
        series.addAll(builder.build());
        return series;
    }
}
