package dev.flightpath.analyzers.check.metrics;

import dev.flightpath.model.PauseKind;
import java.util.List;
import java.util.Optional;

/** The metrics the CI gate knows: the explicit list. */
public final class Metrics {
    private static final List<MetricSource> ALL = List.of(
            new LatencyMetric(),
            new MailboxWaitMetric(),
            new MailboxDepthMetric(),
            new SpanDurationMetric(),
            new CriticalPathMetric(),
            new CpuShareMetric(),
            new PauseMetric("gc.pause", PauseKind.GC, "JVM stop-the-world GC pauses (jdk.GCPhasePause)"),
            new PauseMetric("safepoint", PauseKind.SAFEPOINT, "JVM safepoints, begin to end"),
            new PauseMetric("safepoint.sync", PauseKind.TIME_TO_SAFEPOINT, "JVM time to safepoint"),
            FanoutMetric.delivery(),
            FanoutMetric.size());

    private Metrics() {
    }

    public static List<MetricSource> all() {
        return ALL;
    }

    public static Optional<MetricSource> byName(String name) {
        return ALL.stream().filter(metric -> metric.name().equals(name)).findFirst();
    }
}
