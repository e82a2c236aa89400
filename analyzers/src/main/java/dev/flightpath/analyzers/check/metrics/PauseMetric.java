package dev.flightpath.analyzers.check.metrics;

import dev.flightpath.analyzers.check.rules.MetricSelector;
import dev.flightpath.model.PauseKind;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.Recording;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JVM pause metric: {@code gc.pause} (jdk.GCPhasePause), {@code safepoint} (begin to end) and
 * {@code safepoint.sync} (time to safepoint), one observation per pause at its start.
 */
final class PauseMetric implements MetricSource {
    private final String name;
    private final PauseKind kind;
    private final String description;

    PauseMetric(String name, PauseKind kind, String description) {
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> labels() {
        return Set.of();
    }

    @Override
    public Set<String> groupBy() {
        return Set.of();
    }

    @Override
    public MetricUnit unit() {
        return MetricUnit.NANOSECONDS;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<MetricSeries> series(Recording recording, MetricSelector selector) {
        SeriesBuilder builder = new SeriesBuilder();
        PauseTable pauses = recording.pauses();
        for (int row = 0; row < pauses.size(); row++) {
            if (pauses.kind(row) == kind) {
                builder.add(Map.of(), pauses.startNanos(row), pauses.durationNanos(row), 1.0);
            }
        }
        return builder.build();
    }
}
