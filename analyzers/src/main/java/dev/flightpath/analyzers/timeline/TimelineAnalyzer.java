package dev.flightpath.analyzers.timeline;

import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.analyzers.mailbox.MailboxStats;
import dev.flightpath.analyzers.stats.IndexSort;
import dev.flightpath.model.CpuLoadTable;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.PauseKind;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cuts a recording into equal windows and counts, per window: mailbox depth, enqueues, dequeues
 * and queue waits of the worst mailboxes; scheduler latency, lock waits and runtime pauses (as
 * log-bucket histograms); the mean CPU load of the JVM and the machine; stack samples per kind.
 *
 * <p>Rules: the mailbox depth follows the mailbox analysis (the events of one nanosecond are
 * applied together; messages enqueued before the start count from the start; sampled messages
 * count their weight rounded to whole messages, at least 1). A queue wait belongs to the window of
 * its enqueue, a scheduler latency to the window in which the process started running, a lock
 * wait to its sample's time, a pause to its start, a CPU load reading to its time (it measured the
 * period before it, about a second for JFR). A window's CPU load is the plain mean of its readings'
 * JVM (user + system) and machine shares, each over the readings that have it; a window without any
 * is NaN, never 0.
 */
public final class TimelineAnalyzer {
    private static final long MIN_WINDOW_NANOS = 1_000;

    private final Recording recording;
    private final Timeline shape;

    private TimelineAnalyzer(Recording recording, TimelineOptions options) {
        this.recording = recording;
        long start = recording.info().startNanos();
        long duration = Math.max(1, recording.info().durationNanos());
        long window = windowNanos(duration, options.maxWindows());
        int windows = (int) Math.max(1, duration / window + (duration % window == 0 ? 0 : 1));
        long end = start + duration < start ? Long.MAX_VALUE : start + duration; // saturated at the long range's end
        this.shape = new Timeline(start, end, window, windows, List.of(), List.of(), List.of());
    }

    /**
     * @param mailboxes the mailbox analysis whose worst mailboxes get series, or null
     * @param pauses    runtime pauses, or {@link PauseTable#empty()}
     */
    public static Timeline analyze(Recording recording, MailboxReport mailboxes, PauseTable pauses,
            TimelineOptions options) {
        TimelineAnalyzer analyzer = new TimelineAnalyzer(recording, options);
        List<MailboxStats> worst = mailboxes == null ? List.of()
                : mailboxes.mailboxes().subList(0, Math.min(options.topMailboxes(), mailboxes.mailboxes().size()));
        Timeline shape = analyzer.shape;
        return new Timeline(shape.startNanos(), shape.endNanos(), shape.windowNanos(), shape.windows(),
                analyzer.mailboxes(worst), analyzer.waits(pauses), analyzer.samples(), List.of(),
                analyzer.cpuLoad(recording.cpuLoad()));
    }

    /** The smallest 1, 2 or 5 × 10^k nanoseconds, at least 1 µs, that cuts the span into at most maxWindows. */
    static long windowNanos(long spanNanos, int maxWindows) {
        long wanted = Math.max(MIN_WINDOW_NANOS, spanNanos / maxWindows + (spanNanos % maxWindows == 0 ? 0 : 1));
        for (long decade = 1; decade <= Long.MAX_VALUE / 10; decade *= 10) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * decade >= wanted) {
                    return step * decade;
                }
            }
        }
        return wanted;
    }

    private List<MailboxSeries> mailboxes(List<MailboxStats> worst) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < worst.size(); i++) {
            index.put(key(worst.get(i).processId(), worst.get(i).mailbox()), i);
        }
        int n = shape.windows();
        List<List<long[]>> events = new ArrayList<>();
        long[][] enqueued = new long[worst.size()][n];
        long[][] dequeued = new long[worst.size()][n];
        List<WindowHistogram> waits = new ArrayList<>();
        for (int i = 0; i < worst.size(); i++) {
            events.add(new ArrayList<>());
            waits.add(new WindowHistogram(n));
        }
        MessageTable messages = recording.messages();
        for (int row = 0; row < messages.size(); row++) {
            Integer id = index.get(key(messages.receiverProcessId(row), messages.mailbox(row)));
            if (id == null) {
                continue;
            }
            long weight = Math.max(1, Math.round(messages.weight(row)));
            long enqueue = messages.enqueueNanos(row);
            long dequeue = messages.dequeueNanos(row);
            long in = enqueue == Message.NEVER ? shape.startNanos() : Math.max(enqueue, shape.startNanos());
            events.get(id).add(new long[] {in, weight});
            enqueued[id][shape.windowOf(in)] += weight;
            if (dequeue != Message.NEVER) {
                events.get(id).add(new long[] {Math.max(dequeue, in), -weight});
                dequeued[id][shape.windowOf(dequeue)] += weight;
                if (enqueue != Message.NEVER) {
                    waits.get(id).add(shape.windowOf(enqueue), dequeue - enqueue, weight);
                }
            }
        }
        List<MailboxSeries> series = new ArrayList<>();
        for (int i = 0; i < worst.size(); i++) {
            series.add(new MailboxSeries(worst.get(i).mailbox(), worst.get(i).processId(), depth(events.get(i)),
                    enqueued[i], dequeued[i], waits.get(i)));
        }
        return series;
    }

    /** The greatest depth per window, from (time, +weight / -weight) events. */
    private long[] depth(List<long[]> events) {
        long[] times = new long[events.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = events.get(i)[0];
        }
        int[] order = IndexSort.byKey(times);
        long[] maxDepth = new long[shape.windows()];
        long depth = 0;
        long since = shape.startNanos();
        int at = 0;
        while (at < order.length) {
            long time = times[order[at]];
            mark(maxDepth, depth, since, time);
            while (at < order.length && times[order[at]] == time) {
                depth += events.get(order[at])[1];
                at++;
            }
            since = time;
            // The new depth holds at least at this instant.
            int window = shape.windowOf(time);
            maxDepth[window] = Math.max(maxDepth[window], depth);
        }
        mark(maxDepth, depth, since, shape.endNanos());
        return maxDepth;
    }

    /** Depth {@code depth} held over {@code [from, to)}. */
    private void mark(long[] maxDepth, long depth, long from, long to) {
        if (to <= from || depth <= 0) {
            return;
        }
        int last = shape.windowOf(to - 1);
        for (int w = shape.windowOf(from); w <= last; w++) {
            maxDepth[w] = Math.max(maxDepth[w], depth);
        }
    }

    private List<WaitSeries> waits(PauseTable pauses) {
        int n = shape.windows();
        List<WaitSeries> series = new ArrayList<>();
        SchedulingTable scheduling = recording.scheduling();
        WindowHistogram scheduler = new WindowHistogram(n);
        boolean anyScheduler = false;
        for (int row = 0; row < scheduling.size(); row++) {
            SchedulingInterval interval = scheduling.get(row);
            if (interval.hasRunnableSince()) {
                scheduler.add(shape.windowOf(interval.runningFromNanos()), interval.schedulerLatencyNanos(), 1);
                anyScheduler = true;
            }
        }
        if (anyScheduler) {
            series.add(new WaitSeries("scheduler", scheduler));
        }
        // Lock samples in one lane per class (contention, idle, other-wait), so idle workers are not lock waits.
        SampleTable samples = recording.samples();
        dev.flightpath.analyzers.latency.WaitClassifier.Cached classes =
                dev.flightpath.analyzers.latency.WaitClassifier.standard().on(recording.stacks());
        Map<dev.flightpath.analyzers.latency.LatencyCategory, WindowHistogram> locks =
                new java.util.EnumMap<>(dev.flightpath.analyzers.latency.LatencyCategory.class);
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) == SampleKind.LOCK) {
                locks.computeIfAbsent(classes.classify(samples.stackId(row)), k -> new WindowHistogram(n))
                        .add(shape.windowOf(samples.timeNanos(row)), samples.value(row), 1);
            }
        }
        locks.forEach((category, histogram) -> series.add(new WaitSeries(category.cliName(), histogram)));
        for (PauseKind kind : PauseKind.values()) {
            WindowHistogram histogram = new WindowHistogram(n);
            boolean any = false;
            for (int row = 0; row < pauses.size(); row++) {
                if (pauses.kind(row) == kind) {
                    histogram.add(shape.windowOf(pauses.startNanos(row)), pauses.durationNanos(row), 1);
                    any = true;
                }
            }
            if (any) {
                series.add(new WaitSeries(kind.cliName(), histogram));
            }
        }
        return series;
    }

    private Optional<CpuLoadSeries> cpuLoad(CpuLoadTable readings) {
        if (readings.size() == 0) {
            return Optional.empty();
        }
        int n = shape.windows();
        double[] jvmSum = new double[n];
        long[] jvmCount = new long[n];
        double[] machineSum = new double[n];
        long[] machineCount = new long[n];
        long[] count = new long[n];
        for (int row = 0; row < readings.size(); row++) {
            int window = shape.windowOf(readings.timeNanos(row));
            count[window]++;
            double jvm = readings.jvmTotal(row);
            if (!Double.isNaN(jvm)) {
                jvmSum[window] += jvm;
                jvmCount[window]++;
            }
            double machine = readings.machineTotal(row);
            if (!Double.isNaN(machine)) {
                machineSum[window] += machine;
                machineCount[window]++;
            }
        }
        return Optional.of(new CpuLoadSeries(mean(jvmSum, jvmCount), mean(machineSum, machineCount), count));
    }

    private static double[] mean(double[] sums, long[] counts) {
        double[] means = new double[sums.length];
        for (int w = 0; w < sums.length; w++) {
            means[w] = counts[w] == 0 ? Double.NaN : sums[w] / counts[w];
        }
        return means;
    }

    private List<SampleSeries> samples() {
        SampleTable samples = recording.samples();
        long[][] counts = new long[SampleKind.values().length][];
        for (int row = 0; row < samples.size(); row++) {
            int kind = samples.kind(row).ordinal();
            if (counts[kind] == null) {
                counts[kind] = new long[shape.windows()];
            }
            counts[kind][shape.windowOf(samples.timeNanos(row))] += samples.samplesIn(row);
        }
        List<SampleSeries> series = new ArrayList<>();
        for (SampleKind kind : SampleKind.values()) {
            if (counts[kind.ordinal()] != null) {
                series.add(new SampleSeries(kind, counts[kind.ordinal()]));
            }
        }
        return series;
    }

    private static String key(int processId, String mailbox) {
        return processId + "\u0000" + mailbox;
    }
}
