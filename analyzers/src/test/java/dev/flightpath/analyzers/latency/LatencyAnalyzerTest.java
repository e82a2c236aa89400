package dev.flightpath.analyzers.latency;

import static dev.flightpath.analyzers.Scenario.NEVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.analyzers.stats.DurationStats;
import dev.flightpath.analyzers.stats.StatsAssertions;
import dev.flightpath.model.PauseKind;
import dev.flightpath.model.PauseTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LatencyAnalyzerTest {
    private static LatencyGroup group(LatencyReport report, String name, LatencyCategory category) {
        return report.groups().stream()
                .filter(g -> g.group().equals(name) && g.category() == category)
                .findFirst().orElseThrow(() -> new AssertionError("no group " + name + " " + category));
    }

    private static List<String> names(LatencyReport report) {
        return report.groups().stream().map(g -> g.group() + "/" + g.category().cliName()).collect(Collectors.toList());
    }

    @Test
    void preemptionIsToldFromMessageWakeUp() {
        Scenario s = new Scenario(0, 1_000);
        int p = s.process("worker");
        // Listed out of order: the analysis orders by running start.
        s.interval(p, 0, 100, 105, 120) // runnable after the last interval ended (90): wake-up, 5
                .interval(p, 0, 0, 10, 50) // the first: wake-up, 10
                .interval(p, 0, 50, 70, 90) // runnable at the end of the previous one (50): preempted, 20
                .interval(p, 0, NEVER, 130, 140) // no runnable time: skipped, but it ends at 140
                .interval(p, 0, 140, 150, 160); // preempted, 10
        LatencyReport report = LatencyAnalyzer.analyze(s.build(), LatencyOptions.by(GroupBy.PROCESS));
        assertEquals(List.of("worker/scheduler-preempted", "worker/scheduler-wakeup"), names(report));
        LatencyGroup wakeup = group(report, "worker", LatencyCategory.SCHEDULER_WAKEUP);
        assertEquals(new DurationStats(2, 5, 10, 10, 10, 10, 15), wakeup.stats());
        assertEquals(55, wakeup.runningNanos());
        assertEquals(15.0 / 70.0, wakeup.waitShare(), 1e-12);
        LatencyGroup preempted = group(report, "worker", LatencyCategory.SCHEDULER_PREEMPTED);
        assertEquals(new DurationStats(2, 10, 20, 20, 20, 20, 30), preempted.stats());
        assertEquals(0.5, preempted.waitShare(), 1e-12);
    }

    @Test
    void groupsByProcessSchedulerPoolAndThread() {
        Scenario s = new Scenario(0, 1_000);
        int a = s.process("pool-1-thread-1", "11");
        int b = s.process("pool-1-thread-2", "12");
        int c = s.process("main", "1");
        int d = s.process("main", "2");
        s.interval(a, 1, 0, 10, 20)
                .interval(b, 2, 0, 20, 30)
                .interval(c, 1, 0, 30, 40)
                .interval(d, -1, 0, 40, 50);
        var recording = s.build();

        LatencyReport byProcess = LatencyAnalyzer.analyze(recording, LatencyOptions.by(GroupBy.PROCESS));
        assertEquals(List.of("main [2]/scheduler-wakeup", "main [1]/scheduler-wakeup",
                "pool-1-thread-2/scheduler-wakeup", "pool-1-thread-1/scheduler-wakeup"), names(byProcess));

        LatencyReport byScheduler = LatencyAnalyzer.analyze(recording, LatencyOptions.by(GroupBy.SCHEDULER));
        // Scheduler 1 and the unknown one both waited 40 in total: the name breaks the tie.
        assertEquals(List.of("scheduler 1/scheduler-wakeup", "unknown scheduler/scheduler-wakeup",
                "scheduler 2/scheduler-wakeup"), names(byScheduler));
        assertEquals(40, group(byScheduler, "scheduler 1", LatencyCategory.SCHEDULER_WAKEUP).stats().totalNanos());

        LatencyReport byPool = LatencyAnalyzer.analyze(recording, LatencyOptions.by(GroupBy.POOL));
        assertEquals(List.of("main/scheduler-wakeup", "pool-1-thread/scheduler-wakeup"), names(byPool));
        assertEquals(2, group(byPool, "pool-1-thread", LatencyCategory.SCHEDULER_WAKEUP).stats().count());

        LatencyReport byThread = LatencyAnalyzer.analyze(recording, LatencyOptions.by(GroupBy.THREAD));
        assertEquals(new DurationStats(2, 30, 40, 40, 40, 40, 70),
                group(byThread, "main", LatencyCategory.SCHEDULER_WAKEUP).stats());
    }

    @Test
    void aRangeKeepsTheWaitsWhoseTimeIsInIt() {
        Scenario s = new Scenario(0, 1_000);
        int p = s.process("worker");
        s.interval(p, 0, 0, 10, 50) // running at 10: before the range
                .interval(p, 0, 50, 70, 90) // running at 70: in it, preempted (by the interval before it), 20
                .interval(p, 0, 100, 105, 120) // running at 105: in it, wake-up, 5
                .interval(p, 0, 140, 150, 160) // running at 150: after it
                .lock(p, 100, 300) // in it
                .lock(p, 145, 7); // at the range's end, which is exclusive
        PauseTable pauses = new PauseTable.Builder()
                .add(PauseKind.GC, -1, 60, 4) // starts at the range's start: in it
                .add(PauseKind.GC, -1, 59, 40) // starts before it, although it lasts into it
                .build();
        LatencyReport report = LatencyAnalyzer.analyze(s.build(), pauses,
                LatencyOptions.by(GroupBy.PROCESS).withRange(60, 145));
        assertEquals(List.of("worker/contention", "worker/scheduler-preempted", "worker/scheduler-wakeup",
                "(whole runtime)/gc-pause"), names(report));
        assertEquals(new DurationStats(1, 300, 300, 300, 300, 300, 300),
                group(report, "worker", LatencyCategory.CONTENTION).stats());
        assertEquals(new DurationStats(1, 20, 20, 20, 20, 20, 20),
                group(report, "worker", LatencyCategory.SCHEDULER_PREEMPTED).stats());
        assertEquals(new DurationStats(1, 5, 5, 5, 5, 5, 5),
                group(report, "worker", LatencyCategory.SCHEDULER_WAKEUP).stats());
        assertEquals(new DurationStats(1, 4, 4, 4, 4, 4, 4),
                group(report, "(whole runtime)", LatencyCategory.GC_PAUSE).stats());
        assertEquals(60, report.originNanos(), "the worst-moment windows start at the range");
        List<Long> seen = new ArrayList<>();
        LatencyAnalyzer.forEachWait(s.build(), pauses, LatencyOptions.by(GroupBy.PROCESS).withRange(60, 145),
                (group, category, time, wait) -> seen.add(time));
        assertEquals(4, seen.size(), seen.toString());
        assertTrue(seen.stream().allMatch(time -> time >= 60 && time < 145), seen.toString());
    }

    @Test
    void lockSamplesAreLockWaits() {
        Scenario s = new Scenario(0, 1_000);
        int p = s.process("worker");
        s.lock(p, 100, 300).lock(p, 200, 100).interval(p, 3, 0, 1, 2);
        LatencyReport report = LatencyAnalyzer.analyze(s.build(), LatencyOptions.by(GroupBy.PROCESS));
        LatencyGroup lock = group(report, "worker", LatencyCategory.CONTENTION);
        assertEquals(new DurationStats(2, 100, 300, 300, 300, 300, 400), lock.stats());
        assertTrue(Double.isNaN(lock.waitShare()));
        assertEquals("worker", report.groups().get(0).group());
        assertEquals(LatencyCategory.CONTENTION, report.groups().get(0).category());
        LatencyReport byScheduler = LatencyAnalyzer.analyze(s.build(), LatencyOptions.by(GroupBy.SCHEDULER));
        assertEquals(List.of("no scheduler/contention", "scheduler 3/scheduler-wakeup"), names(byScheduler));
    }

    @Test
    void runtimePausesAreStallCategories() {
        Scenario s = new Scenario(0, 1_000);
        int p = s.process("worker");
        s.lock(p, 10, 5);
        PauseTable pauses = new PauseTable.Builder()
                .add(PauseKind.GC, -1, 100, 40)
                .add(PauseKind.GC, -1, 300, 60)
                .add(PauseKind.SAFEPOINT, -1, 95, 50)
                .add(PauseKind.TIME_TO_SAFEPOINT, -1, 95, 5)
                .add(PauseKind.SAFEPOINT, p, 500, 7)
                .build();
        var recording = s.build();
        LatencyReport report = LatencyAnalyzer.analyze(recording, pauses, LatencyOptions.by(GroupBy.SCHEDULER));
        assertEquals(List.of("(whole runtime)/gc-pause", "(whole runtime)/safepoint", "no scheduler/safepoint",
                "(whole runtime)/time-to-safepoint", "no scheduler/contention"), names(report));
        assertEquals(new DurationStats(2, 40, 60, 60, 60, 60, 100),
                group(report, "(whole runtime)", LatencyCategory.GC_PAUSE).stats());
        assertTrue(Double.isNaN(report.groups().get(0).waitShare()));
        assertTrue(LatencyAnalyzer.hasLatencyData(new Scenario(0, 1).build(), pauses));
        assertFalse(LatencyAnalyzer.hasLatencyData(new Scenario(0, 1).build(), PauseTable.empty()));
    }

    @Test
    void theRecordingsOwnPausesAreRead() {
        Scenario s = new Scenario(0, 1_000);
        s.process("worker");
        s.pause(PauseKind.GC, -1, 100, 40).pause(PauseKind.TIME_TO_SAFEPOINT, -1, 90, 3);
        var recording = s.build();
        assertTrue(LatencyAnalyzer.hasLatencyData(recording));
        LatencyReport report = LatencyAnalyzer.analyze(recording, LatencyOptions.by(GroupBy.THREAD));
        assertEquals(List.of("(whole runtime)/gc-pause", "(whole runtime)/time-to-safepoint"), names(report));
        assertEquals(new DurationStats(1, 40, 40, 40, 40, 40, 40),
                group(report, "(whole runtime)", LatencyCategory.GC_PAUSE).stats());
    }

    @Test
    void histogramCountsDecades() {
        Scenario s = new Scenario(0, 100_000);
        int p = s.process("p");
        s.lock(p, 0, 5).lock(p, 1, 50).lock(p, 2, 55).lock(p, 3, 5_000);
        LatencyGroup group = LatencyAnalyzer.analyze(s.build(), LatencyOptions.by(GroupBy.PROCESS)).groups().get(0);
        assertEquals(List.of(new HistogramBucket(0, 10, 1), new HistogramBucket(10, 100, 2),
                new HistogramBucket(100, 1_000, 0), new HistogramBucket(1_000, 10_000, 1)), group.histogram());
    }

    @Test
    void worstWindowsHaveTheHighestP99() {
        Scenario s = new Scenario(0, 1_000);
        int p = s.process("p");
        s.lock(p, 10, 5).lock(p, 20, 7) // window [0,100): p99 7
                .lock(p, 150, 90) // window [100,200): p99 90
                .lock(p, 250, 7) // window [200,300): p99 7, later than the first
                .lock(p, 950, 1); // window [900,1000): p99 1
        LatencyReport report = LatencyAnalyzer.analyze(s.build(),
                LatencyOptions.by(GroupBy.PROCESS).withWindowNanos(100));
        assertEquals(List.of(new WorstWindow(100, 200, 1, 90, 90), new WorstWindow(0, 100, 2, 7, 7),
                new WorstWindow(200, 300, 1, 7, 7)), report.groups().get(0).worstWindows());
        assertEquals(100, report.windowNanos());
    }

    /** Every window of every group, as a brute force over all waits computes them. */
    @Test
    void windowsSummarisedAsWaitsArriveMatchABruteForce() {
        for (long seed = 1; seed <= 50; seed++) {
            Random random = new Random(seed);
            Scenario s = new Scenario(0, 100_000);
            int processes = 1 + random.nextInt(3);
            long window = 1 + random.nextInt(3_000);
            // Per group ("proc/category"), window index → waits.
            java.util.Map<String, java.util.TreeMap<Long, List<Long>>> expected = new java.util.TreeMap<>();
            List<long[]> intervals = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                s.process("proc" + p);
                long end = 0;
                for (int i = random.nextInt(300); i > 0; i--) {
                    // Runnable after the previous interval ended: always a wake-up.
                    long runnable = end + 1 + random.nextInt(200);
                    long from = runnable + random.nextInt(500);
                    end = from + random.nextInt(100);
                    intervals.add(new long[] {p, runnable, from, end});
                    expected.computeIfAbsent("proc" + p + "/scheduler-wakeup", k -> new java.util.TreeMap<>())
                            .computeIfAbsent(Math.floorDiv(from, window), k -> new ArrayList<>()).add(from - runnable);
                }
                for (int i = random.nextInt(100); i > 0; i--) {
                    long time = random.nextInt(100_000);
                    long blocked = random.nextInt(10_000);
                    s.lock(p, time, blocked); // in no particular order
                    expected.computeIfAbsent("proc" + p + "/contention", k -> new java.util.TreeMap<>())
                            .computeIfAbsent(Math.floorDiv(time, window), k -> new ArrayList<>()).add(blocked);
                }
            }
            java.util.Collections.shuffle(intervals, random); // the table out of running-start order
            for (long[] interval : intervals) {
                s.interval((int) interval[0], 0, interval[1], interval[2], interval[3]);
            }
            LatencyReport report = LatencyAnalyzer.analyze(s.build(),
                    new LatencyOptions(GroupBy.PROCESS, window, Integer.MAX_VALUE));
            assertEquals(expected.keySet(), report.groups().stream().map(g -> g.group() + "/" + g.category().cliName())
                    .collect(Collectors.toCollection(java.util.TreeSet::new)), "seed " + seed);
            for (LatencyGroup group : report.groups()) {
                List<WorstWindow> windows = new ArrayList<>();
                expected.get(group.group() + "/" + group.category().cliName()).forEach((index, waits) -> {
                    long[] sorted = waits.stream().mapToLong(Long::longValue).sorted().toArray();
                    long p99 = sorted[(99 * sorted.length + 99) / 100 - 1]; // nearest rank, ceil(0.99 n)
                    windows.add(new WorstWindow(index * window, index * window + window, sorted.length, p99,
                            sorted[sorted.length - 1]));
                });
                windows.sort(java.util.Comparator.comparingLong(WorstWindow::p99Nanos).reversed()
                        .thenComparingLong(WorstWindow::startNanos));
                assertEquals(windows, group.worstWindows(), "seed " + seed + ", " + group.group());
            }
        }
    }

    @Test
    void automaticWindowIsRound() {
        assertEquals(200_000_000L, LatencyAnalyzer.autoWindow(10_000_000_000L));
        assertEquals(20_000_000L, LatencyAnalyzer.autoWindow(1_000_000_000L));
        assertEquals(1_000_000L, LatencyAnalyzer.autoWindow(1_000L));
        assertEquals(5_000_000_000L, LatencyAnalyzer.autoWindow(150_000_000_000L));
    }

    @Test
    void poolNames() {
        assertEquals("pool-2-thread", PoolName.of("pool-2-thread-7"));
        assertEquals("ForkJoinPool-1-worker", PoolName.of("ForkJoinPool-1-worker-3"));
        assertEquals("worker", PoolName.of("worker 12"));
        assertEquals("main", PoolName.of("main"));
        assertEquals("42", PoolName.of("42"));
        assertEquals("<0.84.0>", PoolName.of("<0.84.0>"));
        // The cryostat JMX/RMI recording: the trailing number is an address's last byte, not a worker index.
        assertEquals("RMI TCP Connection(2)-10.0.2.100", PoolName.of("RMI TCP Connection(2)-10.0.2.100"));
        assertEquals("host:8080", PoolName.of("host:8080"));
    }

    @Test
    void latencyDataIsRecognised() {
        Scenario s = new Scenario(0, 1_000);
        int p = s.process("p");
        assertFalse(LatencyAnalyzer.hasLatencyData(s.build()));
        s.interval(p, 0, NEVER, 1, 2);
        assertFalse(LatencyAnalyzer.hasLatencyData(s.build()));
        s.interval(p, 0, 3, 4, 5);
        assertTrue(LatencyAnalyzer.hasLatencyData(s.build()));
    }

    @Test
    void randomSchedulesArePreciseAndMonotone() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            Scenario s = new Scenario(0, 1_000_000_000L);
            int processes = 1 + random.nextInt(4);
            List<List<long[]>> waits = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                s.process("proc" + p);
                waits.add(new ArrayList<>());
            }
            long[] clock = new long[processes];
            int n = 1 + random.nextInt(500);
            for (int i = 0; i < n; i++) {
                int p = random.nextInt(processes);
                long runnable = clock[p] + 1 + random.nextInt(1_000);
                long latency = (long) Math.pow(10, random.nextDouble() * 6);
                long running = runnable + latency;
                long end = running + random.nextInt(10_000);
                s.interval(p, random.nextInt(3), runnable, running, end);
                waits.get(p).add(new long[] {latency, 1});
                clock[p] = end;
            }
            LatencyReport report = LatencyAnalyzer.analyze(s.build(), LatencyOptions.by(GroupBy.PROCESS));
            for (int p = 0; p < processes; p++) {
                if (waits.get(p).isEmpty()) {
                    continue;
                }
                // Every runnable time here is after the previous end: all wake-ups.
                LatencyGroup group = group(report, "proc" + p, LatencyCategory.SCHEDULER_WAKEUP);
                StatsAssertions.assertMonotone(group.stats(), "seed " + seed);
                StatsAssertions.assertWithinPrecision(waits.get(p), group.stats(), "seed " + seed);
                long histogramCount = group.histogram().stream().mapToLong(HistogramBucket::count).sum();
                assertEquals(group.stats().count(), histogramCount, "seed " + seed);
            }
            for (int i = 1; i < report.groups().size(); i++) {
                assertTrue(report.groups().get(i - 1).stats().totalNanos()
                        >= report.groups().get(i).stats().totalNanos(), "seed " + seed);
            }
        }
    }
}
