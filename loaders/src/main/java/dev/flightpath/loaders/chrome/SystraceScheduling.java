package dev.flightpath.loaders.chrome;

import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.Message;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the ftrace lines of {@code systemTraceEvents}, in order, into scheduling intervals: a
 * thread runs from its switch-in to its switch-out on a CPU, and was runnable since its earliest
 * wake-up (or its switch-out while still runnable) before that. The rules are in the package
 * documentation. Times stay on the ftrace clock until {@link #finish()}, which moves them by the
 * clock-sync marker when the text has one.
 */
final class SystraceScheduling {
    static final String CLOCK_SYNC = "trace_event_clock_sync: parent_ts=";

    private final ProcessTable processes;
    private final WarningLog warnings;
    private final String where;
    private final Map<Integer, ThreadState> threads = new HashMap<>();
    /** The tid each CPU last switched in (0: idle). */
    private final Map<Integer, Integer> cpuThreads = new HashMap<>();
    private final SchedulingTable.Builder intervals = new SchedulingTable.Builder();
    private final Map<String, Long> counts = new HashMap<>();
    private long firstNanos = Long.MAX_VALUE;
    private long lastNanos = Long.MIN_VALUE;
    private long clockOffsetNanos;
    private boolean clockSynced;
    private int lineNumber;

    /** What is known of one thread (by tid) between events. */
    private static final class ThreadState {
        /** The last comm an event gave it: a new thread has its parent's until it names itself. */
        String comm;
        int processId = -1;
        /** When it became runnable and has not run since, or NEVER. */
        long runnableSinceNanos = Message.NEVER;
        /** While running: since when, on which CPU, and since when it was runnable before. */
        long runningFromNanos = Message.NEVER;
        int cpu;
        long intervalRunnableSinceNanos = Message.NEVER;

        ThreadState(String comm) {
            this.comm = comm;
        }

        boolean running() {
            return runningFromNanos != Message.NEVER;
        }
    }

    /** @param where names the text in warnings, for example {@code systemTraceEvents at line 3, column 25} */
    SystraceScheduling(ProcessTable processes, WarningLog warnings, String where) {
        this.processes = processes;
        this.warnings = warnings;
        this.where = where;
    }

    /** Ftrace events by name, as {@code systrace:<event>}. */
    Map<String, Long> counts() {
        return counts;
    }

    /** One line of the text; {@code text} is null for a line too long to keep. */
    void line(String text, int lineNumber) {
        this.lineNumber = lineNumber;
        if (text == null) {
            warnings.add("systrace-long-line", at(lineNumber) + "is longer than " + SystraceLines.MAX_LINE_CHARS
                    + " characters; skipped");
            return;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        FtraceLine line = FtraceLine.parse(text);
        if (line == null) {
            warnings.add("systrace-unparsed-line", at(lineNumber) + "is not an ftrace event line or has an absurd "
                    + "number; skipped");
            return;
        }
        if (line.event().equals("tracing_mark_write") && line.fields().startsWith(CLOCK_SYNC)) {
            // Outside the time order and range: Perfetto's JSON export puts parent_ts=0 at 0.0 last.
            if (!clockSync(line)) {
                warnings.add("systrace-unparsed-line", at(lineNumber) + "has a clock-sync marker that cannot be"
                        + " read; skipped");
                return;
            }
            counts.merge("systrace:" + line.event(), 1L, Long::sum);
            return;
        }
        if (line.timeNanos() < lastNanos) {
            warnings.add("systrace-time-backwards", at(lineNumber) + "is earlier than the line before it; skipped");
            return;
        }
        if (!event(line)) {
            warnings.add("systrace-unparsed-line", at(lineNumber) + "has " + line.event()
                    + " fields that cannot be read; skipped");
            return;
        }
        counts.merge("systrace:" + line.event(), 1L, Long::sum);
        firstNanos = Math.min(firstNanos, line.timeNanos());
        lastNanos = line.timeNanos();
    }

    private String at(int lineNumber) {
        return where + ": line " + lineNumber + " ";
    }

    /** Applies one event; false when its fields cannot be read. */
    private boolean event(FtraceLine line) {
        switch (line.event()) {
            case "sched_switch":
                return schedSwitch(line);
            case "sched_waking":
            case "sched_wakeup":
            case "sched_wakeup_new":
                return wakeUp(line);
            default:
                return true; // other events are only counted
        }
    }

    private boolean schedSwitch(FtraceLine line) {
        String fields = line.fields();
        int arrow = fields.indexOf(" ==> ");
        if (arrow < 0) {
            return false;
        }
        String prev = fields.substring(0, arrow);
        String next = fields.substring(arrow + 5);
        String prevComm = FtraceLine.valueBefore(prev, "prev_comm", "prev_pid");
        int prevPid = pid(FtraceLine.value(prev, "prev_pid"));
        String prevState = FtraceLine.value(prev, "prev_state");
        String nextComm = FtraceLine.valueBefore(next, "next_comm", "next_pid");
        int nextPid = pid(FtraceLine.value(next, "next_pid"));
        if (prevComm == null || prevPid < 0 || prevState == null || nextComm == null || nextPid < 0) {
            return false;
        }
        long time = line.timeNanos();
        int cpu = line.cpu();
        Integer current = cpuThreads.get(cpu);
        if (current != null && current != prevPid) {
            // The switch that took `current` off this CPU is missing: when it stopped is unknown.
            lostSwitch(current, cpu, "switches out thread " + prevPid + " on CPU " + cpu + ", where thread " + current
                    + " was switched in last");
        }
        if (prevPid != 0) {
            ThreadState thread = thread(prevPid, prevComm);
            if (thread.running() && thread.cpu == cpu) {
                close(prevPid, thread, time);
            } else {
                lostSwitchIfRunning(prevPid, thread.cpu, "switches out thread " + prevPid + " on CPU " + cpu
                        + " while it runs on CPU " + thread.cpu);
            }
            // Preempted (R, or R+ with need-resched): it stays runnable from this moment.
            thread.runnableSinceNanos = prevState.equals("R") || prevState.equals("R+") ? time : Message.NEVER;
        }
        if (nextPid != 0) {
            ThreadState thread = thread(nextPid, nextComm);
            lostSwitchIfRunning(nextPid, thread.cpu, "switches in thread " + nextPid + " on CPU " + cpu
                    + " while it runs on CPU " + thread.cpu);
            thread.runningFromNanos = time;
            thread.cpu = cpu;
            thread.intervalRunnableSinceNanos = thread.runnableSinceNanos;
            thread.runnableSinceNanos = Message.NEVER;
        }
        cpuThreads.put(cpu, nextPid);
        return true;
    }

    /**
     * A switch was lost (perf and ftrace drop events when their buffers fill, and perf inside a
     * container misses switches away from tasks it cannot see): warns, and drops the open
     * interval of {@code tid} on {@code cpu}, if it has one, since its end is unknown.
     */
    private void lostSwitch(int tid, int cpu, String what) {
        ThreadState thread = threads.get(tid);
        boolean open = thread != null && thread.running() && thread.cpu == cpu;
        warnings.add("systrace-missing-switch", at(lineNumber) + what + " with no switch in between"
                + (open ? "; the open interval of thread " + tid + " (" + thread.comm + ") is dropped" : ""));
        if (open) {
            thread.runningFromNanos = Message.NEVER;
        }
    }

    private void lostSwitchIfRunning(int tid, int cpu, String what) {
        ThreadState thread = threads.get(tid);
        if (thread != null && thread.running() && thread.cpu == cpu) {
            lostSwitch(tid, cpu, what);
        }
    }

    private boolean wakeUp(FtraceLine line) {
        String fields = line.fields();
        String comm = FtraceLine.valueBefore(fields, "comm", "pid");
        int pid = pid(FtraceLine.value(fields, "pid"));
        if (comm == null || pid < 0) {
            return false;
        }
        if (pid == 0 || "0".equals(FtraceLine.value(fields, "success"))) {
            return true; // the idle task, or (older kernels) a wake-up of a thread already runnable
        }
        ThreadState thread = thread(pid, comm);
        // The earliest wake-up counts: sched_waking comes before its sched_wakeup.
        if (!thread.running() && thread.runnableSinceNanos == Message.NEVER) {
            thread.runnableSinceNanos = line.timeNanos();
        }
        return true;
    }

    private boolean clockSync(FtraceLine line) {
        String fields = line.fields();
        String value = fields.substring(CLOCK_SYNC.length()).strip();
        int dot = value.indexOf('.');
        String whole = dot < 0 ? value : value.substring(0, dot);
        String fraction = dot < 0 ? "0" : value.substring(dot + 1);
        if (whole.isEmpty() || !whole.chars().allMatch(Character::isDigit) || !fraction.chars().allMatch(Character::isDigit)) {
            return false;
        }
        long parentNanos = FtraceLine.secondsToNanos(whole, fraction);
        if (parentNanos < 0) {
            return false;
        }
        if (!clockSynced) {
            clockSynced = true;
            clockOffsetNanos = parentNanos - line.timeNanos();
        }
        return true;
    }

    private static int pid(String digits) {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return FtraceLine.parseInt(digits);
    }

    private ThreadState thread(int tid, String comm) {
        ThreadState thread = threads.computeIfAbsent(tid, t -> new ThreadState(comm));
        thread.comm = comm;
        return thread;
    }

    private void close(int tid, ThreadState thread, long runningToNanos) {
        if (thread.processId < 0) {
            thread.processId = processes.intern(ProcessKind.THREAD, Integer.toString(tid), thread.comm);
        }
        intervals.add(new SchedulingInterval(thread.processId, thread.cpu, thread.intervalRunnableSinceNanos,
                thread.runningFromNanos, runningToNanos));
        thread.runningFromNanos = Message.NEVER;
    }

    /** True when some line was an event. */
    boolean hasEvents() {
        return lastNanos != Long.MIN_VALUE;
    }

    /** The first event's time on the parent clock; only when {@link #hasEvents()}. */
    long firstNanos() {
        return firstNanos + clockOffsetNanos;
    }

    /** The last event's time on the parent clock; only when {@link #hasEvents()}. */
    long lastNanos() {
        return lastNanos + clockOffsetNanos;
    }

    /**
     * Closes what still runs at the last event, in tid order, and returns the intervals in the
     * order they ended, on the parent clock.
     */
    SchedulingTable finish() {
        threads.entrySet().stream()
                .filter(entry -> entry.getValue().running())
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> close(entry.getKey(), entry.getValue(), lastNanos));
        for (ThreadState thread : threads.values()) {
            if (thread.processId >= 0) {
                processes.rename(thread.processId, thread.comm);
            }
        }
        SchedulingTable table = intervals.build();
        if (clockOffsetNanos == 0) {
            return table;
        }
        int rows = table.size();
        int[] processIds = new int[rows];
        int[] cpus = new int[rows];
        long[] runnableSince = new long[rows];
        long[] runningFrom = new long[rows];
        long[] runningTo = new long[rows];
        for (int row = 0; row < rows; row++) {
            processIds[row] = table.processId(row);
            cpus[row] = table.schedulerId(row);
            long since = table.runnableSinceNanos(row);
            runnableSince[row] = since == Message.NEVER ? Message.NEVER : since + clockOffsetNanos;
            runningFrom[row] = table.runningFromNanos(row) + clockOffsetNanos;
            runningTo[row] = table.runningToNanos(row) + clockOffsetNanos;
        }
        return SchedulingTable.ofColumns(processIds, cpus, runnableSince, runningFrom, runningTo);
    }
}
