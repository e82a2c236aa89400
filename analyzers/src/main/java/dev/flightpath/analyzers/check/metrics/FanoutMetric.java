package dev.flightpath.analyzers.check.metrics;

import dev.flightpath.analyzers.check.rules.MetricSelector;
import dev.flightpath.analyzers.fanout.BroadcastResult;
import dev.flightpath.analyzers.fanout.FanoutAnalyzer;
import dev.flightpath.analyzers.fanout.FanoutOptions;
import dev.flightpath.model.Recording;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The broadcasts of the {@code fanout} command (default rules, 1 ms burst gap), one observation
 * each at its send time, weighted by sampling: {@code fanout.delivery} is the time until the last
 * recipient has it (broadcasts that never arrived are left out), {@code fanout.size} its size.
 */
final class FanoutMetric implements MetricSource {
    private final String name;
    private final MetricUnit unit;
    private final String description;
    private final ToDoubleFunction<BroadcastResult> value;

    private FanoutMetric(String name, MetricUnit unit, String description, ToDoubleFunction<BroadcastResult> value) {
        this.name = name;
        this.unit = unit;
        this.description = description;
        this.value = value;
    }

    static FanoutMetric delivery() {
        return new FanoutMetric("fanout.delivery", MetricUnit.NANOSECONDS,
                "broadcast send (first enqueue) → last recipient's dequeue, per sender and operation",
                BroadcastResult::toLastNanos);
    }

    static FanoutMetric size() {
        return new FanoutMetric("fanout.size", MetricUnit.COUNT, "recipients per broadcast, per sender and operation",
                BroadcastResult::size);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> labels() {
        return Set.of("sender", "operation");
    }

    @Override
    public Set<String> groupBy() {
        return Set.of("sender");
    }

    @Override
    public MetricUnit unit() {
        return unit;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<MetricSeries> series(Recording recording, MetricSelector selector) {
        SeriesBuilder builder = new SeriesBuilder();
        for (BroadcastResult broadcast : FanoutAnalyzer.broadcasts(recording, FanoutOptions.defaults())) {
            if (broadcast.delivered() || unit == MetricUnit.COUNT) {
                builder.add(Map.of("sender", broadcast.sender(), "operation", broadcast.operation()),
                        broadcast.sendNanos(), value.applyAsDouble(broadcast), broadcast.weight());
            }
        }
        return builder.build();
    }
}
