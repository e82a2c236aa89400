package dev.flightpath.analyzers.latency;

import dev.flightpath.analyzers.stats.DurationRecorder;
import dev.flightpath.analyzers.stats.IndexSort;
import dev.flightpath.analyzers.stats.LongList;
import dev.flightpath.analyzers.stats.WeightedPercentile;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scheduler latency and JVM stalls, per group.
 *
 * <p>Rules:
 * <ul>
 *   <li>Scheduler latency is {@code runningFrom - runnableSince} of each scheduling interval;
 *       intervals without a runnable time are skipped. It is {@code scheduler-preempted} when the
 *       process's previous interval (by running start) ended at or after the runnable time, i.e.
 *       it was scheduled out while still runnable; otherwise {@code scheduler-wakeup}.</li>
 *   <li>LOCK samples (monitor enter, monitor wait, park) are waits of their blocked nanoseconds, in
 *       the category their stack gives ({@link WaitClassifier}): {@code contention}, {@code idle}
 *       or {@code other-wait}.</li>
 *   <li>Runtime pauses ({@link Recording#pauses()}) are waits of their duration:
 *       {@code gc-pause}, {@code safepoint}, {@code time-to-safepoint}; a pause of the whole
 *       runtime is in the group {@value #WHOLE_RUNTIME} however waits are grouped, at its start
 *       time. GC pauses happen inside safepoints, so these categories overlap.</li>
 *   <li>A scheduler wait belongs to the window in which it ended (running start); a lock wait
 *       to the window of its sample time. Windows are fixed, starting at the recording start.</li>
 *   <li>With a range ({@link LatencyOptions#withRange}), only the waits whose time (running
 *       start, sample time, pause start) lies in it count, and the windows start at its start.
 *       Whether a scheduler wait is a preemption still looks at intervals before the range.</li>
 *   <li>Groups are ranked by total wait, descending; ties by name, then category.</li>
 * </ul>
 */
public final class LatencyAnalyzer {
    /** What the analysis reads from a file: scheduling intervals, lock samples and JVM pauses. */
    public static final Set<DataKind> NEEDS = Set.of(DataKind.SCHEDULING, DataKind.SAMPLES, DataKind.PAUSES);
    private static final int DECADES = 19;
    private static final long MIN_AUTO_WINDOW_NANOS = 1_000_000;
    private static final int AUTO_WINDOWS = 50;
    /** The group of pauses that stop every thread. */
    public static final String WHOLE_RUNTIME = "(whole runtime)";
    /** By scheduler: the group of scheduling intervals that carry no scheduler id. */
    public static final String UNKNOWN_SCHEDULER = "unknown scheduler";
    /** By scheduler: the group of waits that belong to no scheduler (lock waits, a process's pauses). */
    public static final String NO_SCHEDULER = "no scheduler";

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
    /** The start of window 0 and the window length, known before any wait is added. */
    private long origin;
    private long window;

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
            if (scheduling.runnableSinceNanos(row) != Message.NEVER) {
                return true;
            }
        }
        return recording.samples().count(SampleKind.LOCK) > 0;
    }

    private LatencyReport run() {
        // The windows first (they depend on the first and last wait), so that each group can
        // summarise its windows as its waits arrive instead of keeping every wait.
        eventTimeRange();
        origin = Math.min(recording.info().startNanos(), firstEventNanos);
        long end = Math.max(recording.info().startNanos() + recording.info().durationNanos(),
                lastEventNanos == Long.MIN_VALUE ? origin : lastEventNanos + 1);
        // A range asked for: the windows cover it (as far as it lies within the data).
        if (options.fromNanos() != Long.MIN_VALUE) {
            origin = Math.max(origin, options.fromNanos());
        }
        if (options.toNanos() != Long.MAX_VALUE) {
            end = Math.max(origin + 1, Math.min(end, options.toNanos()));
        }
        window = options.windowNanos() > 0 ? options.windowNanos() : autoWindow(end - origin);
        scheduling();
        locks();
        pauses();
        List<LatencyGroup> groups = new ArrayList<>();
        collectors.forEach((key, collector) -> groups.add(collector.group(key)));
        groups.sort(Comparator.comparingLong((LatencyGroup group) -> group.stats().totalNanos()).reversed()
                .thenComparing(LatencyGroup::group)
                .thenComparing(LatencyGroup::category));
        return new LatencyReport(options.groupBy(), window, origin, recording.info().startNanos(),
                recording.info().timeBase(), groups);
    }

    /** The times of the first and last wait of every kind this analysis reads. */
    private void eventTimeRange() {
        SchedulingTable table = recording.scheduling();
        for (int row = 0; row < table.size(); row++) {
            if (table.runnableSinceNanos(row) != Message.NEVER) {
                seeEventAt(table.runningFromNanos(row));
            }
        }
        SampleTable samples = recording.samples();
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) == SampleKind.LOCK) {
                seeEventAt(samples.timeNanos(row));
            }
        }
        for (int row = 0; row < pauses.size(); row++) {
            seeEventAt(pauses.startNanos(row));
        }
    }

    private void seeEventAt(long timeNanos) {
        if (!options.inRange(timeNanos)) {
            return;
        }
        firstEventNanos = Math.min(firstEventNanos, timeNanos);
        lastEventNanos = Math.max(lastEventNanos, timeNanos);
    }

    /** Rows by running start; the table's own order (no array) when it already is in that order. */
    private static int[] byRunningStart(SchedulingTable table) {
        boolean sorted = true;
        for (int row = 1; row < table.size() && sorted; row++) {
            sorted = table.runningFromNanos(row - 1) <= table.runningFromNanos(row);
        }
        if (sorted) {
            return null;
        }
        long[] runningFrom = new long[table.size()];
        for (int row = 0; row < runningFrom.length; row++) {
            runningFrom[row] = table.runningFromNanos(row);
        }
        return IndexSort.byKey(runningFrom);
    }

    private void scheduling() {
        SchedulingTable table = recording.scheduling();
        int[] order = byRunningStart(table);
        long[] previousEnd = new long[recording.processes().size()];
        Arrays.fill(previousEnd, Message.NEVER);
        for (int i = 0; i < table.size(); i++) {
            int row = order == null ? i : order[i];
            int process = table.processId(row);
            boolean known = process >= 0 && process < previousEnd.length;
            long previous = known ? previousEnd[process] : Message.NEVER;
            if (known) {
                previousEnd[process] = Math.max(previous, table.runningToNanos(row));
            }
            long runnableSince = table.runnableSinceNanos(row);
            if (runnableSince == Message.NEVER) {
                continue;
            }
            long runningFrom = table.runningFromNanos(row);
            LatencyCategory category = previous != Message.NEVER && runnableSince <= previous
                    ? LatencyCategory.SCHEDULER_PREEMPTED : LatencyCategory.SCHEDULER_WAKEUP;
            // In running-start order, so each group's waits arrive in time order.
            add(new GroupKey(groupName(process, table.schedulerId(row), true), category), true,
                    runningFrom, runningFrom - runnableSince, table.runningToNanos(row) - runningFrom);
        }
    }

    private void locks() {
        SampleTable samples = recording.samples();
        WaitClassifier.Cached classes = options.waits().on(recording.stacks());
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) == SampleKind.LOCK) {
                LatencyCategory category = classes.classify(samples.stackId(row));
                add(new GroupKey(groupName(samples.processId(row), -1, false), category), false,
                        samples.timeNanos(row), samples.value(row), 0);
            }
        }
    }

    private void pauses() {
        for (int row = 0; row < pauses.size(); row++) {
            int process = pauses.processId(row);
            String group = process < 0 ? WHOLE_RUNTIME : groupName(process, -1, false);
            add(new GroupKey(group, LatencyCategory.of(pauses.kind(row))), false, pauses.startNanos(row),
                    pauses.durationNanos(row), 0);
        }
    }

    /** @param inTimeOrder whether every wait of this key arrives at or after the previous one */
    private void add(GroupKey key, boolean inTimeOrder, long timeNanos, long waitNanos, long runningNanos) {
        if (!options.inRange(timeNanos)) {
            return;
        }
        if (sink != null) {
            sink.accept(key.group(), key.category(), timeNanos, Math.max(0, waitNanos));
            return;
        }
        collectors.computeIfAbsent(key, k -> new Collector(inTimeOrder)).add(timeNanos, Math.max(0, waitNanos),
                runningNanos);
    }

    private String groupName(int processId, int schedulerId, boolean hasScheduler) {
        if (options.groupBy() == GroupBy.SCHEDULER && !hasScheduler) {
            return NO_SCHEDULER;
        }
        int id = options.groupBy() == GroupBy.SCHEDULER ? schedulerId : processId;
        return groupNames.computeIfAbsent(id, k -> newGroupName(processId, schedulerId));
    }

    private String newGroupName(int processId, int schedulerId) {
        switch (options.groupBy()) {
            case SCHEDULER:
                return schedulerId < 0 ? UNKNOWN_SCHEDULER : "scheduler " + schedulerId;
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

    /**
     * The waits of one group: a histogram recorder, the exact decade counts, and the waits of its
     * open windows. Waits that arrive in time order close each window as the next one starts, so
     * only one window's waits are ever held; others keep every window open to the end.
     */
    private final class Collector {
        private final DurationRecorder recorder = new DurationRecorder();
        private final long[] decades = new long[DECADES];
        private final boolean inTimeOrder;
        /** Waits by window index, of the windows not yet summarised. */
        private final TreeMap<Long, LongList> openWindows = new TreeMap<>();
        private final List<WorstWindow> closedWindows = new ArrayList<>();
        private long runningNanos;

        Collector(boolean inTimeOrder) {
            this.inTimeOrder = inTimeOrder;
        }

        void add(long timeNanos, long waitNanos, long running) {
            recorder.record(waitNanos, 1);
            decades[decade(waitNanos)]++;
            runningNanos += Math.max(0, running);
            long index = Math.floorDiv(timeNanos - origin, window);
            if (inTimeOrder) {
                while (!openWindows.isEmpty() && openWindows.firstKey() < index) {
                    close(openWindows.pollFirstEntry());
                }
            }
            openWindows.computeIfAbsent(index, k -> new LongList()).add(waitNanos);
        }

        /** Summarises a window: its count, p99 and maximum wait. */
        private void close(Map.Entry<Long, LongList> open) {
            long[] values = open.getValue().toArray();
            Arrays.sort(values);
            long p99 = values[(int) WeightedPercentile.rank(99, values.length) - 1];
            long windowStart = origin + open.getKey() * window;
            closedWindows.add(new WorstWindow(windowStart, windowStart + window, values.length, p99,
                    values[values.length - 1]));
        }

        LatencyGroup group(GroupKey key) {
            while (!openWindows.isEmpty()) {
                close(openWindows.pollFirstEntry());
            }
            return new LatencyGroup(key.group(), key.category(), recorder.stats(), histogram(), worstWindows(),
                    runningNanos);
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

        private List<WorstWindow> worstWindows() {
            List<WorstWindow> windows = new ArrayList<>(closedWindows);
            windows.sort(Comparator.comparingLong(WorstWindow::p99Nanos).reversed()
                    .thenComparingLong(WorstWindow::startNanos));
            return List.copyOf(windows.subList(0, Math.min(options.worstWindows(), windows.size())));
        }
    }
}
