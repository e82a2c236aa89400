package dev.flightpath.analyzers.check.metrics;

import dev.flightpath.analyzers.check.rules.MetricSelector;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code span.duration}: each span's duration at its start, weighted by its sampling weight. */
final class SpanDurationMetric implements MetricSource {
    @Override
    public String name() {
        return "span.duration";
    }

    @Override
    public Set<String> labels() {
        return Set.of("name", "service", "kind");
    }

    @Override
    public java.util.Set<String> groupBy() {
        return java.util.Set.of("name");
    }

    @Override
    public MetricUnit unit() {
        return MetricUnit.NANOSECONDS;
    }

    @Override
    public String description() {
        return "span durations per operation name, service and span kind";
    }

    @Override
    public List<MetricSeries> series(Recording recording, MetricSelector selector) {
        SeriesBuilder builder = new SeriesBuilder();
        for (Span span : recording.spans()) {
            Map<String, String> labels = Map.of("name", span.name(),
                    "service", LatencyMetric.name(recording.processes(), span.processId()),
                    "kind", span.kind().name().toLowerCase(Locale.ROOT));
            builder.add(labels, span.startNanos(), span.durationNanos(), span.samplingWeight());
        }
        return builder.build();
    }
}
