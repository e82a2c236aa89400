package dev.flightpath.analyzers.check.metrics;

import dev.flightpath.analyzers.check.rules.MetricSelector;
import dev.flightpath.analyzers.latency.WaitClassifier;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code latency}: time from runnable to running, one observation per scheduling interval that
 * says when it became runnable (category {@code scheduler}), and per JFR monitor-enter, monitor-wait
 * and park event, in the class its stack gives ({@link WaitClassifier}): category
 * {@code contention}, {@code idle} or {@code other-wait}.
 */
final class LatencyMetric implements MetricSource {
    @Override
    public String name() {
        return "latency";
    }

    @Override
    public Set<String> labels() {
        return Set.of("process", "scheduler", "category");
    }

    @Override
    public java.util.Set<String> groupBy() {
        return java.util.Set.of("process", "category");
    }

    @Override
    public MetricUnit unit() {
        return MetricUnit.NANOSECONDS;
    }

    @Override
    public String description() {
        return "scheduler latency (runnable → running) and blocked time per process, scheduler and category "
                + "(scheduler, contention, idle, other-wait)";
    }

    @Override
    public List<MetricSeries> series(Recording recording, MetricSelector selector) {
        return series(recording, selector, WaitClassifier.standard());
    }

    @Override
    public List<MetricSeries> series(Recording recording, MetricSelector selector, WaitClassifier waits) {
        SeriesBuilder builder = new SeriesBuilder();
        List<ProcessInfo> processes = recording.processes();
        SchedulingTable scheduling = recording.scheduling();
        for (int row = 0; row < scheduling.size(); row++) {
            SchedulingInterval interval = scheduling.get(row);
            if (!interval.hasRunnableSince()) {
                continue;
            }
            Map<String, String> labels = Map.of("process", name(processes, interval.processId()),
                    "scheduler", interval.schedulerId() < 0 ? "" : name(processes, interval.schedulerId()),
                    "category", "scheduler");
            builder.add(labels, interval.runningFromNanos(), interval.schedulerLatencyNanos(), 1.0);
        }
        SampleTable samples = recording.samples();
        WaitClassifier.Cached classes = waits.on(recording.stacks());
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) == SampleKind.LOCK) {
                Map<String, String> labels = Map.of("process", name(processes, samples.processId(row)),
                        "scheduler", "", "category", classes.classify(samples.stackId(row)).cliName());
                builder.add(labels, samples.timeNanos(row), samples.value(row), 1.0);
            }
        }
        return builder.build();
    }

    static String name(List<ProcessInfo> processes, int id) {
        return id >= 0 && id < processes.size() ? processes.get(id).name() : "";
    }
}
