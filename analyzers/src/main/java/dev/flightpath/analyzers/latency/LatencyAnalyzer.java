package dev.flightpath.analyzers.latency;

import dev.flightpath.analyzers.stats.DurationRecorder;
import dev.flightpath.analyzers.stats.IndexSort;
import dev.flightpath.analyzers.stats.LongList;
import dev.flightpath.analyzers.stats.WeightedPercentile;
import dev.flightpath.model.Message;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scheduler latency and JVM stalls, per group.
 *
 * <p>Rules:
 * <ul>
 *   <li>Scheduler latency is {@code runningFrom - runnableSince} of each scheduling interval;
 *       intervals without a runnable time are skipped. It is {@code scheduler-preempted} when the
 *       process's previous interval (by running start) ended at or after the runnable time, i.e.
 *       it was scheduled out while still runnable; otherwise {@code scheduler-wakeup}.</li>
 *   <li>LOCK samples (monitor enter, park) are {@code lock} waits of their blocked nanoseconds.</li>
 *   <li>Runtime pauses ({@link Recording#pauses()}) are waits of their duration:
 *       {@code gc-pause}, {@code safepoint}, {@code time-to-safepoint}; a pause of the whole
 *       runtime is in the group {@value #WHOLE_RUNTIME} however waits are grouped, at its start
 *       time. GC pauses happen inside safepoints, so these categories overlap.</li>
 *   <li>A scheduler wait belongs to the window in which it ended (running start); a lock wait
 *       to the window of its sample time. Windows are fixed, starting at the recording start.</li>
 *   <li>Groups are ranked by total wait, descending; ties by name, then category.</li>
 * </ul>
 */
public final class LatencyAnalyzer {
    private static final int DECADES = 19;
    private static final long MIN_AUTO_WINDOW_NANOS = 1_000_000;
    private static final int AUTO_WINDOWS = 50;
    /** The group of pauses that stop every thread. */
    public static final String WHOLE_RUNTIME = "(whole runtime)";

    private final Recording recording;
    private final PauseTable pauses;
    private final LatencyOptions options;
    private final Map<GroupKey, Collector> collectors = new LinkedHashMap<>();
    private final Map<String, Integer> processNameCounts = new HashMap<>();
    /** Group names by process id (or scheduler id when grouping by scheduler), made once each. */
    private final Map<Integer, String> groupNames = new HashMap<>();
    private long firstEventNanos = Long.MAX_VALUE;
    private long lastEventNanos = Long.MIN_VALUE;
    /** When set, waits go here instead of into the groups' collectors. */
    private final WaitSink sink;

    /** Receives the waits of the analysis one by one. */
    @FunctionalInterface
    public interface WaitSink {
        /**
         * @param group     the group's name, as in {@link LatencyGroup#group()}
         * @param category  the kind of wait
         * @param timeNanos the time the wait belongs to (a scheduler wait's running start, a lock
         *                  wait's sample time, a pause's start)
         * @param waitNanos the wait, never negative
         */
        void accept(String group, LatencyCategory category, long timeNanos, long waitNanos);
    }

    private LatencyAnalyzer(Recording recording, PauseTable pauses, LatencyOptions options, WaitSink sink) {
        this.recording = recording;
        this.pauses = pauses;
        this.options = options;
        this.sink = sink;
        for (ProcessInfo process : recording.processes()) {
            processNameCounts.merge(process.name(), 1, Integer::sum);
        }
    }

    /** Scheduler and lock waits, and the recording's runtime pauses ({@link Recording#pauses()}). */
    public static LatencyReport analyze(Recording recording, LatencyOptions options) {
        return analyze(recording, recording.pauses(), options);
    }

    /**
     * With the given runtime pauses instead of the recording's: each is a wait of its duration in its own category; a pause of
     * the whole runtime (process -1) is in the group {@value #WHOLE_RUNTIME} however waits are
     * grouped. GC pauses happen inside safepoints, so those categories overlap and are never added.
     */
    public static LatencyReport analyze(Recording recording, PauseTable pauses, LatencyOptions options) {
        return new LatencyAnalyzer(recording, pauses, options, null).run();
    }

    /**
     * Every wait {@link #analyze(Recording, PauseTable, LatencyOptions)} counts, with the group and
     * category it counts it in and its time, so other analyses (the report's timeline) can cut the
     * same groups differently.
     */
    public static void forEachWait(Recording recording, PauseTable pauses, LatencyOptions options, WaitSink sink) {
        LatencyAnalyzer analyzer = new LatencyAnalyzer(recording, pauses, options, sink);
        analyzer.scheduling();
        analyzer.locks();
        analyzer.pauses();
    }

    /** Whether the recording or the pauses have anything this analysis reads. */
    public static boolean hasLatencyData(Recording recording, PauseTable pauses) {
        return pauses.size() > 0 || hasLatencyData(recording);
    }

    /** Whether the recording (with its own pauses) has anything this analysis reads. */
    public static boolean hasLatencyData(Recording recording) {
        if (recording.pauses().size() > 0) {
            return true;
        }
        SchedulingTable scheduling = recording.scheduling();
        for (int row = 0; row < scheduling.size(); row++) {
            if (scheduling.get(row).hasRunnableSince()) {
                return true;
            }
        }
        return recording.samples().count(SampleKind.LOCK) > 0;
    }

    private LatencyReport run() {
        scheduling();
        locks();
        pauses();
        long origin = Math.min(recording.info().startNanos(), firstEventNanos);
        long end = Math.max(recording.info().startNanos() + recording.info().durationNanos(),
                lastEventNanos == Long.MIN_VALUE ? origin : lastEventNanos + 1);
        long window = options.windowNanos() > 0 ? options.windowNanos() : autoWindow(end - origin);
        List<LatencyGroup> groups = new ArrayList<>();
        collectors.forEach((key, collector) -> groups.add(collector.group(key, origin, window)));
        groups.sort(Comparator.comparingLong((LatencyGroup group) -> group.stats().totalNanos()).reversed()
                .thenComparing(LatencyGroup::group)
                .thenComparing(LatencyGroup::category));
        return new LatencyReport(options.groupBy(), window, origin, recording.info().startNanos(),
                recording.info().timeBase(), groups);
    }

    private void scheduling() {
        SchedulingTable table = recording.scheduling();
        long[] runningFrom = new long[table.size()];
        for (int row = 0; row < runningFrom.length; row++) {
            runningFrom[row] = table.get(row).runningFromNanos();
        }
        long[] previousEnd = new long[recording.processes().size()];
        Arrays.fill(previousEnd, Message.NEVER);
        for (int row : IndexSort.byKey(runningFrom)) {
            SchedulingInterval interval = table.get(row);
            int process = interval.processId();
            boolean known = process >= 0 && process < previousEnd.length;
            long previous = known ? previousEnd[process] : Message.NEVER;
            if (known) {
                previousEnd[process] = Math.max(previous, interval.runningToNanos());
            }
            if (!interval.hasRunnableSince()) {
                continue;
            }
            LatencyCategory category = previous != Message.NEVER && interval.runnableSinceNanos() <= previous
                    ? LatencyCategory.SCHEDULER_PREEMPTED : LatencyCategory.SCHEDULER_WAKEUP;
            add(new GroupKey(groupName(process, interval.schedulerId(), true), category),
                    interval.runningFromNanos(), interval.schedulerLatencyNanos(),
                    interval.runningToNanos() - interval.runningFromNanos());
        }
    }

    private void locks() {
        SampleTable samples = recording.samples();
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) == SampleKind.LOCK) {
                add(new GroupKey(groupName(samples.processId(row), -1, false), LatencyCategory.LOCK),
                        samples.timeNanos(row), samples.value(row), 0);
            }
        }
    }

    private void pauses() {
        for (int row = 0; row < pauses.size(); row++) {
            int process = pauses.processId(row);
            String group = process < 0 ? WHOLE_RUNTIME : groupName(process, -1, false);
            add(new GroupKey(group, LatencyCategory.of(pauses.kind(row))), pauses.startNanos(row),
                    pauses.durationNanos(row), 0);
        }
    }

    private void add(GroupKey key, long timeNanos, long waitNanos, long runningNanos) {
        if (sink != null) {
            sink.accept(key.group(), key.category(), timeNanos, Math.max(0, waitNanos));
            return;
        }
        collectors.computeIfAbsent(key, k -> new Collector()).add(timeNanos, Math.max(0, waitNanos), runningNanos);
        firstEventNanos = Math.min(firstEventNanos, timeNanos);
        lastEventNanos = Math.max(lastEventNanos, timeNanos);
    }

    private String groupName(int processId, int schedulerId, boolean hasScheduler) {
        if (options.groupBy() == GroupBy.SCHEDULER && !hasScheduler) {
            return "no scheduler";
        }
        int id = options.groupBy() == GroupBy.SCHEDULER ? schedulerId : processId;
        return groupNames.computeIfAbsent(id, k -> newGroupName(processId, schedulerId));
    }

    private String newGroupName(int processId, int schedulerId) {
        switch (options.groupBy()) {
            case SCHEDULER:
                return schedulerId < 0 ? "unknown scheduler" : "scheduler " + schedulerId;
            case POOL:
                return PoolName.of(processName(processId));
            case THREAD:
                return processName(processId);
            case PROCESS:
            default:
                String name = processName(processId);
                // Two processes of one name stay apart, told by their external ids.
                return processNameCounts.getOrDefault(name, 0) > 1
                        ? name + " [" + recording.processes().get(processId).externalId() + "]" : name;
        }
    }

    private String processName(int processId) {
        if (processId < 0 || processId >= recording.processes().size()) {
            return "unknown";
        }
        return recording.processes().get(processId).name();
    }

    /** The smallest 1, 2 or 5 × 10^k nanoseconds, at least 1 ms, giving at most 50 windows. */
    static long autoWindow(long spanNanos) {
        long wanted = Math.max(MIN_AUTO_WINDOW_NANOS, (spanNanos + AUTO_WINDOWS - 1) / AUTO_WINDOWS);
        for (long decade = 1; decade <= Long.MAX_VALUE / 10; decade *= 10) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * decade >= wanted) {
                    return step * decade;
                }
            }
        }
        return wanted;
    }

    /** Decade of a wait: 0 for [0, 10) ns, k for [10^k, 10^(k+1)). */
    static int decade(long nanos) {
        int decade = 0;
        long bound = 10;
        while (decade < DECADES - 1 && nanos >= bound) {
            decade++;
            bound = decade == DECADES - 1 ? Long.MAX_VALUE : bound * 10;
        }
        return decade;
    }

    static long decadeLow(int decade) {
        if (decade == 0) {
            return 0;
        }
        long low = 1;
        for (int i = 0; i < decade; i++) {
            low *= 10;
        }
        return low;
    }

    private record GroupKey(String group, LatencyCategory category) {
    }

    /** The waits of one group: a histogram recorder, the exact decade counts, times and values. */
    private final class Collector {
        private final DurationRecorder recorder = new DurationRecorder();
        private final long[] decades = new long[DECADES];
        private final LongList times = new LongList();
        private final LongList waits = new LongList();
        private long runningNanos;

        void add(long timeNanos, long waitNanos, long running) {
            recorder.record(waitNanos, 1);
            decades[decade(waitNanos)]++;
            times.add(timeNanos);
            waits.add(waitNanos);
            runningNanos += Math.max(0, running);
        }

        LatencyGroup group(GroupKey key, long origin, long window) {
            return new LatencyGroup(key.group(), key.category(), recorder.stats(), histogram(),
                    worstWindows(origin, window), runningNanos);
        }

        private List<HistogramBucket> histogram() {
            int first = 0;
            while (first < DECADES && decades[first] == 0) {
                first++;
            }
            int last = DECADES - 1;
            while (last >= 0 && decades[last] == 0) {
                last--;
            }
            List<HistogramBucket> buckets = new ArrayList<>();
            for (int d = first; d <= last; d++) {
                long high = d == DECADES - 1 ? Long.MAX_VALUE : decadeLow(d + 1);
                buckets.add(new HistogramBucket(decadeLow(d), high, decades[d]));
            }
            return buckets;
        }

        private List<WorstWindow> worstWindows(long origin, long window) {
            long[] windowOf = new long[times.size()];
            for (int i = 0; i < windowOf.length; i++) {
                windowOf[i] = Math.floorDiv(times.get(i) - origin, window);
            }
            int[] order = IndexSort.byKey(windowOf);
            List<WorstWindow> windows = new ArrayList<>();
            int start = 0;
            while (start < order.length) {
                int end = start;
                while (end < order.length && windowOf[order[end]] == windowOf[order[start]]) {
                    end++;
                }
                long[] values = new long[end - start];
                for (int i = start; i < end; i++) {
                    values[i - start] = waits.get(order[i]);
                }
                Arrays.sort(values);
                long p99 = values[(int) WeightedPercentile.rank(99, values.length) - 1];
                long windowStart = origin + windowOf[order[start]] * window;
                windows.add(new WorstWindow(windowStart, windowStart + window, values.length, p99,
                        values[values.length - 1]));
                start = end;
            }
            windows.sort(Comparator.comparingLong(WorstWindow::p99Nanos).reversed()
                    .thenComparingLong(WorstWindow::startNanos));
            return windows.subList(0, Math.min(options.worstWindows(), windows.size()));
        }
    }
}
