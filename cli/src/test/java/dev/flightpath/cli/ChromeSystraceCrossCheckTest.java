package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code chrome-systrace-sched.json} (real {@code perf} scheduling events, see
 * {@code scripts/record-chrome-systrace.sh}) against {@code chrome-systrace-sched.check}, figures
 * the script worked out from perf's own output, not by the loader's rules:
 * <ul>
 *   <li>event counts from perf script's lines;</li>
 *   <li>per workload thread, the per-CPU view: the time from one sched_switch on a CPU to the next
 *       belongs to the thread the first switched in. Where a switch is missing the two views differ
 *       only for the thread left running (the loader drops that interval, the per-CPU view gives it
 *       the time up to the CPU's next switch), which in this file is never a workload thread:
 *       the gaps follow a foreign task ({@code tokio-rt-worker} outside the container) or the idle
 *       task. So the counts and sums must be equal to the nanosecond;</li>
 *   <li>{@code perf sched timehist -s}'s sched-in count and run time per task, within 2 runs and
 *       5%: timehist leaves out a task's first run and, where a switch-in is missing, gives the
 *       task switched out the time since the CPU's previous switch, whoever ran then.</li>
 *   <li>{@code perf sched latency}'s longest delay per task (runnable after a wake-up or a
 *       switch-out while runnable, to running), with when it started and ended: the loader has an
 *       interval of that thread switched in at that end (to the microsecond perf prints), runnable
 *       no later than perf's start and at most {@link #WAKING_BEFORE_WAKEUP_NANOS} earlier (the
 *       loader counts from sched_waking, perf from sched_wakeup), and a wait at least perf's.</li>
 * </ul>
 */
class ChromeSystraceCrossCheckTest {
    private static final long WAKING_BEFORE_WAKEUP_NANOS = 100_000;
    private static final long MICROSECOND = 1_000;
    private static final double TIMEHIST_TOLERANCE = 0.05;
    private static final long TIMEHIST_RUNS = 2;

    @Test
    void theLoaderAgreesWithPerfsOwnFigures() throws Exception {
        Recording recording = RecordingLoader.load(TestFiles.sample("chrome-systrace-sched.json"), null,
                LoadRequest.of(DataKind.SCHEDULING, DataKind.EVENT_COUNTS));
        assertEquals(InputFormat.CHROME_JSON, recording.info().format());
        List<String> check = Files.readAllLines(TestFiles.sample("chrome-systrace-sched.check"));
        Map<String, long[]> byThread = new HashMap<>();
        SchedulingTable table = recording.scheduling();
        for (int row = 0; row < table.size(); row++) {
            SchedulingInterval interval = table.get(row);
            String key = recording.processes().get(interval.processId()).name() + " "
                    + recording.processes().get(interval.processId()).externalId();
            long[] sums = byThread.computeIfAbsent(key, k -> new long[2]);
            sums[0]++;
            sums[1] += interval.runningToNanos() - interval.runningFromNanos();
        }
        int threads = 0;
        int delays = 0;
        for (String line : check) {
            String[] parts = line.split(" ");
            if (parts[0].equals("count")) {
                assertEquals(Long.parseLong(parts[2]), recording.eventCounts().get("systrace:" + parts[1]), line);
            } else if (parts[0].equals("maxdelay")) {
                delays++;
                assertMaxDelayAgrees(recording, line, parts);
            } else if (parts[0].equals("thread")) {
                threads++;
                long[] sums = byThread.getOrDefault(parts[1] + " " + parts[2], new long[2]);
                assertEquals(Long.parseLong(parts[3]), sums[0], "intervals of " + line);
                assertEquals(Long.parseLong(parts[4]), sums[1], "running nanoseconds of " + line);
                assertTrue(Math.abs(Long.parseLong(parts[5]) - sums[0]) <= TIMEHIST_RUNS,
                        "perf sched timehist sched-in count of " + line + ": " + sums[0]);
                double timehistNanos = Double.parseDouble(parts[6]) * 1e6;
                assertTrue(Math.abs(timehistNanos - sums[1]) <= TIMEHIST_TOLERANCE * sums[1],
                        "perf sched timehist run time of " + line + ": " + sums[1]);
            }
        }
        assertEquals(8, threads, "5 busy threads and 3 sleepers");
        assertEquals(8, delays, "a longest delay for each workload thread");
        for (LoadWarning warning : recording.warnings()) {
            assertTrue(warning.code().equals("systrace-missing-switch") || warning.code().equals("no-spans"),
                    warning.toString());
        }
    }

    private static void assertMaxDelayAgrees(Recording recording, String line, String[] parts) {
        String tid = parts[2];
        long maxNanos = Math.round(Double.parseDouble(parts[3]) * 1e6);
        long startNanos = secondsToNanos(parts[4]);
        long endNanos = secondsToNanos(parts[5]);
        SchedulingTable table = recording.scheduling();
        for (int row = 0; row < table.size(); row++) {
            if (!recording.processes().get(table.processId(row)).externalId().equals(tid)
                    || table.runningFromNanos(row) != endNanos) {
                continue;
            }
            long since = table.runnableSinceNanos(row);
            assertTrue(table.get(row).hasRunnableSince(), line);
            assertTrue(since <= startNanos && startNanos - since <= WAKING_BEFORE_WAKEUP_NANOS,
                    line + ": runnable since " + since);
            assertTrue(endNanos - since >= maxNanos - MICROSECOND, line + ": waited " + (endNanos - since));
            return;
        }
        throw new AssertionError("no interval of thread " + tid + " starts at perf's end of its longest delay: " + line);
    }

    /** "11780.232041" (perf prints microseconds) as nanoseconds, without floating point. */
    private static long secondsToNanos(String seconds) {
        int dot = seconds.indexOf('.');
        String fraction = (seconds.substring(dot + 1) + "000000000").substring(0, 9);
        return Long.parseLong(seconds.substring(0, dot)) * 1_000_000_000L + Long.parseLong(fraction);
    }
}
