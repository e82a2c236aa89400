package dev.flightpath.analyzers.check.metrics;

import dev.flightpath.analyzers.check.rules.LabelMatcher;
import dev.flightpath.analyzers.check.rules.MetricSelector;
import dev.flightpath.analyzers.criticalpath.CriticalPathAnalyzer;
import dev.flightpath.analyzers.criticalpath.PathSegment;
import dev.flightpath.analyzers.criticalpath.TracePath;
import dev.flightpath.model.Recording;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code critical_path{operation="post_message"}}: per critical path (one per root span), the time
 * the selected segments take on it, summed per group: the operation's contribution to each path.
 * Labels: {@code operation} and {@code process} of the segment, {@code root} (the path's root
 * operation: the request type) and {@code kind} ({@code self}, {@code running}, {@code queue-wait}).
 * Observations are at the path's start, weighted by its sampling weight; a path where the selected
 * segments do not appear contributes nothing (not a zero).
 */
final class CriticalPathMetric implements MetricSource {
    @Override
    public String name() {
        return "critical_path";
    }

    @Override
    public Set<String> labels() {
        return Set.of("operation", "process", "root", "kind");
    }

    @Override
    public Set<String> groupBy() {
        return Set.of("operation");
    }

    @Override
    public MetricUnit unit() {
        return MetricUnit.NANOSECONDS;
    }

    @Override
    public String description() {
        return "per critical path, the time an operation (and segment kind) takes on it";
    }

    @Override
    public List<MetricSeries> series(Recording recording, MetricSelector selector) {
        if (recording.spans().isEmpty()) {
            return List.of();
        }
        Set<String> keyLabels = new TreeSet<>(groupBy());
        for (LabelMatcher matcher : selector.matchers()) {
            keyLabels.add(matcher.label());
        }
        SeriesBuilder builder = new SeriesBuilder();
        for (TracePath path : CriticalPathAnalyzer.paths(recording)) {
            Map<Map<String, String>, Long> perKey = new LinkedHashMap<>();
            for (PathSegment segment : path.segments()) {
                Map<String, String> labels = Map.of("operation", segment.operation(), "process", segment.process(),
                        "root", path.operation(), "kind", segment.kind().cliName());
                if (!selector.matches(labels)) {
                    continue;
                }
                Map<String, String> key = new TreeMap<>();
                for (String label : keyLabels) {
                    key.put(label, labels.get(label));
                }
                perKey.merge(key, segment.durationNanos(), Long::sum);
            }
            perKey.forEach((key, nanos) -> builder.add(key, path.startNanos(), nanos, path.weight()));
        }
        return new ArrayList<>(builder.build());
    }
}
