package dev.flightpath.analyzers.report;

import dev.flightpath.analyzers.summary.RecordingSummary;
import dev.flightpath.model.CpuLoadTable;
import dev.flightpath.model.PauseKind;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.SampleKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What data a recording had, what it lacked, and what sampling does to the figures made from it. */
public final class DataCoverage {
    private DataCoverage() {
    }

    /** Coverage without runtime pauses (a format that has none). */
    public static List<CoverageItem> of(RecordingSummary summary, boolean messagesSampled) {
        return of(summary, messagesSampled, PauseTable.empty());
    }

    /** Coverage without CPU load readings. */
    public static List<CoverageItem> of(RecordingSummary summary, boolean messagesSampled, PauseTable pauses) {
        return of(summary, messagesSampled, pauses, CpuLoadTable.empty());
    }

    public static List<CoverageItem> of(RecordingSummary summary, boolean messagesSampled, PauseTable pauses,
            CpuLoadTable cpuLoad) {
        List<CoverageItem> items = new ArrayList<>();
        double seconds = summary.durationNanos() / 1e9;
        for (SampleKind kind : SampleKind.values()) {
            long count = summary.samplesByKind().getOrDefault(kind, 0L);
            if (count > 0) {
                items.add(new CoverageItem(name(kind), count, true, sampling(kind, count, seconds)));
            }
        }
        if (summary.samplesByKind().getOrDefault(SampleKind.CPU, 0L) == 0
                && summary.samplesByKind().getOrDefault(SampleKind.CPU_TIME, 0L) == 0) {
            items.add(new CoverageItem("CPU samples", 0, false,
                    "no flame graph of CPU time: record JFR with settings=profile (or async-profiler)"));
        }
        items.add(new CoverageItem("messages", summary.messages(), summary.messages() > 0, summary.messages() > 0
                ? (messagesSampled ? "sampled: mailbox counts, depths and percentiles are estimates from the weights"
                        : "every message: mailbox figures are exact")
                : "no mailboxes: record with flightpath's recorder events or a BEAM trace"));
        items.add(new CoverageItem("scheduling intervals", summary.schedulingIntervals(),
                summary.schedulingIntervals() > 0, summary.schedulingIntervals() > 0
                        ? "every interval traced: scheduler latency is exact"
                        : "no scheduler latency: record with flightpath's TracedExecutorService or a BEAM trace "
                                + "with 'running'"));
        items.add(new CoverageItem("spans", summary.spans(), summary.spans() > 0, summary.spans() > 0
                ? "as exported: a sampled trace set misses the traces the sampler dropped"
                : "no spans: critical paths need an OpenTelemetry, Jaeger, Zipkin or Chrome span dump"));
        items.add(pauses(pauses));
        items.add(cpuLoad.size() > 0
                ? new CoverageItem("CPU load readings", cpuLoad.size(), true, "sampled once a second by the JVM "
                        + "(jdk.CPULoad): the CPU load lane is each window's mean, JVM and whole machine")
                : new CoverageItem("CPU load readings", 0, false, "no CPU load lane: the JVM samples it once a "
                        + "second (jdk.CPULoad) in JFR's default and profile settings"));
        if (summary.droppedEvents() > 0) {
            items.add(new CoverageItem("dropped events", summary.droppedEvents(), true,
                    "the recorder lost these: counts and depths are lower bounds"));
        }
        return items;
    }

    /** "2 gc-pause, 31 safepoint, 31 time-to-safepoint: a lane per kind on the timeline". */
    private static CoverageItem pauses(PauseTable pauses) {
        if (pauses.size() == 0) {
            return new CoverageItem("GC and safepoint pauses", 0, false,
                    "no pause lanes: JVM pauses come from JFR (jdk.GCPhasePause, jdk.SafepointBegin/End)");
        }
        Map<PauseKind, Long> counts = new EnumMap<>(PauseKind.class);
        for (int row = 0; row < pauses.size(); row++) {
            counts.merge(pauses.kind(row), 1L, Long::sum);
        }
        StringBuilder note = new StringBuilder();
        counts.forEach((kind, count) -> note.append(note.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%,d", count)).append(' ').append(kind.cliName()));
        return new CoverageItem("GC and safepoint pauses", pauses.size(), true,
                note + ": a lane per kind on the timeline");
    }

    private static String name(SampleKind kind) {
        switch (kind) {
            case CPU: return "CPU samples";
            case CPU_TIME: return "CPU-time samples";
            case WALL: return "wall-clock samples";
            case ALLOC: return "allocation samples (TLAB)";
            case ALLOC_SAMPLE: return "allocation samples";
            case LOCK: return "lock waits";
            case NATIVE: return "native samples";
            default: return kind.cliName() + " samples";
        }
    }

    private static String sampling(SampleKind kind, long count, double seconds) {
        double perSecond = seconds > 0 ? count / seconds : 0;
        // Below one a second, two significant digits: "0.42 a second", never "0 a second".
        String rate = seconds <= 0 ? "" : perSecond < 1 ? String.format(Locale.ROOT, "%.2g a second", perSecond)
                : String.format(Locale.ROOT, "%,.0f a second", perSecond);
        switch (kind) {
            case LOCK:
                return "the recorder keeps only waits above its threshold (the JDK's: 20 ms in its default settings, "
                        + "10 ms in profile; async-profiler's: its lock option): lock shares are lower bounds";
            case ALLOC:
            case ALLOC_SAMPLE:
                return "allocation is sampled (" + rate + "): shares of bytes are estimates";
            default:
                return "sampled (" + rate + "): method shares are estimates, within about ±"
                        + String.format(Locale.ROOT, "%.0f", Math.min(50, 100 / Math.sqrt(Math.max(1, count))))
                        + " points for the top method; short calls may not show";
        }
    }
}
