package dev.flightpath.loaders.chrome;

import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.SpanKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Handles trace events one at a time, in file order: counts every phase, builds slices from
 * B/E, X, b/e and S/F, collects flow points, and names processes and threads from M events.
 * {@link #finish()} matches begins with ends in time order (writers need not write events in time
 * order), closes what is still open, nests the thread slices and links the flows.
 */
final class ChromeEventHandler {
    static final String TRACE_ID = "chrome";

    private final WarningLog warnings;
    private final ProcessTable processes = new ProcessTable();
    private final Map<String, Integer> threadIds = new HashMap<>();
    private final Map<Integer, ThreadSlices> threads = new LinkedHashMap<>();
    private final AsyncSlices async = new AsyncSlices();
    private final FlowLinker flows = new FlowLinker();
    private final List<ChromeSlice> slices = new ArrayList<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long latestNanos = Long.MIN_VALUE;
    private int sequence;
    private int fileOrder;
    private int flowSequence;
    private long flowLinks;

    ChromeEventHandler(WarningLog warnings) {
        this.warnings = warnings;
    }

    ProcessTable processes() {
        return processes;
    }

    Map<String, Long> counts() {
        return counts;
    }

    long flowLinks() {
        return flowLinks;
    }

    void handle(Map<String, Object> event) {
        String phase = JsonValues.string(event, "ph");
        if (phase == null) {
            warnings.add("missing-field", "a trace event has no 'ph'; skipped");
            return;
        }
        counts.merge("ph:" + phase, 1L, Long::sum);
        fileOrder++;
        String pid = JsonValues.string(event, "pid");
        String tid = JsonValues.string(event, "tid");
        int thread = thread(pid, tid);
        long timeNanos = timeNanos(event, "ts");
        if (event.containsKey("ts")) {
            latestNanos = Math.max(latestNanos, timeNanos);
        }
        switch (phase) {
            case "B":
                beginThreadSlice(event, thread, timeNanos);
                break;
            case "E":
                endThreadSlice(event, thread, timeNanos);
                break;
            case "X":
                completeSlice(event, thread, timeNanos);
                break;
            case "b":
            case "S":
                beginAsync(event, phase, pid, thread, timeNanos);
                break;
            case "e":
            case "F":
                endAsync(event, phase, pid, timeNanos);
                break;
            case "s":
            case "t":
            case "f":
                flowV1(event, phase, pid, thread, timeNanos);
                break;
            case "M":
                metadata(event, pid, thread);
                break;
            default:
                break; // counters, instants, samples, objects, marks: counted only
        }
    }

    private int thread(String pid, String tid) {
        // Global events (instants with "s": "g") may have no pid: they get the process "".
        String process = pid == null ? "" : pid;
        processes.intern(ProcessKind.OS_PROCESS, process, pid == null ? "global" : "process " + process);
        String threadKey = process + "/" + (tid == null ? "" : tid);
        Integer id = threadIds.get(threadKey);
        if (id == null) {
            id = processes.intern(ProcessKind.THREAD, threadKey, tid == null ? "process " + process : "thread " + tid);
            threadIds.put(threadKey, id);
        }
        return id;
    }

    private static long timeNanos(Map<String, Object> event, String field) {
        Object value = event.get(field);
        Long whole = JsonValues.toLong(value);
        if (whole != null && whole < Long.MAX_VALUE / 1000 && whole > Long.MIN_VALUE / 1000) {
            return whole * 1000;
        }
        Double micros = JsonValues.toDouble(value);
        return micros == null || !Double.isFinite(micros) ? 0 : Math.round(micros * 1000.0);
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        // overflow iff both operands have the sign opposite to the sum's
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    private ChromeSlice newSlice(Map<String, Object> event, int thread, long startNanos) {
        SpanDraft draft = new SpanDraft()
                .traceId(TRACE_ID)
                .spanId(Integer.toString(++sequence))
                .name(JsonValues.string(event, "name"))
                .processId(thread)
                .startNanos(startNanos)
                .endNanos(startNanos)
                .kind(SpanKind.INTERNAL);
        String category = JsonValues.string(event, "cat");
        if (category != null) {
            draft.attributes().put("category", category);
        }
        addArgs(event, draft);
        ChromeSlice slice = new ChromeSlice(draft, sequence);
        slices.add(slice);
        return slice;
    }

    /** Scalar args become attributes ({@code args.detail}); nested values are left out. */
    private static void addArgs(Map<String, Object> event, SpanDraft draft) {
        addArgValues(JsonValues.object(event, "args"), draft);
    }

    private static void addArgValues(Map<String, Object> args, SpanDraft draft) {
        if (args == null) {
            return;
        }
        for (Map.Entry<String, Object> arg : args.entrySet()) {
            Object value = arg.getValue();
            if (value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double) {
                draft.attributes().put("args." + arg.getKey(), value);
            }
        }
    }

    private ThreadSlices threadSlices(int thread) {
        return threads.computeIfAbsent(thread, t -> new ThreadSlices());
    }

    private void beginThreadSlice(Map<String, Object> event, int thread, long timeNanos) {
        ChromeSlice slice = newSlice(event, thread, timeNanos);
        threadSlices(thread).begin(slice, fileOrder);
        flowV2(event, thread, timeNanos, slice);
    }

    private void endThreadSlice(Map<String, Object> event, int thread, long timeNanos) {
        threadSlices(thread).end(endEvent(event, "E", timeNanos));
    }

    private EndEvent endEvent(Map<String, Object> event, String phase, long timeNanos) {
        return new EndEvent(timeNanos, fileOrder, phase, JsonValues.string(event, "name"),
                JsonValues.object(event, "args"));
    }

    private void completeSlice(Map<String, Object> event, int thread, long timeNanos) {
        ChromeSlice slice = newSlice(event, thread, timeNanos);
        if (!event.containsKey("dur")) {
            warnings.add("missing-field", "an X event ('" + slice.draft().name() + "') has no 'dur'; 0 assumed");
        }
        long end = saturatedSum(timeNanos, timeNanos(event, "dur"));
        slice.draft().endNanos(end);
        latestNanos = Math.max(latestNanos, end);
        threadSlices(thread).complete(slice);
        flowV2(event, thread, timeNanos, slice);
    }

    /** {@code id}, or {@code id2.global}, or {@code id2.local} scoped to the process. */
    private static String asyncId(Map<String, Object> event, String pid) {
        String id = JsonValues.string(event, "id");
        if (id != null) {
            return id;
        }
        Map<String, Object> id2 = JsonValues.object(event, "id2");
        if (id2 != null) {
            String global = JsonValues.string(id2, "global");
            if (global != null) {
                return "global:" + global;
            }
            String local = JsonValues.string(id2, "local");
            if (local != null) {
                return "local:" + pid + ":" + local;
            }
        }
        return "";
    }

    private static String asyncKey(Map<String, Object> event, String phase, String pid) {
        String category = JsonValues.string(event, "cat");
        String key = phase.equals("b") || phase.equals("e") ? "nestable" : "legacy";
        key += '\u0000' + (category == null ? "" : category) + '\u0000' + asyncId(event, pid);
        if (phase.equals("S") || phase.equals("F")) {
            key += '\u0000' + String.valueOf(JsonValues.string(event, "name"));
        }
        return key;
    }

    private void beginAsync(Map<String, Object> event, String phase, String pid, int thread, long timeNanos) {
        ChromeSlice slice = newSlice(event, thread, timeNanos);
        async.begin(asyncKey(event, phase, pid), phase.equals("b"), slice, fileOrder);
    }

    private void endAsync(Map<String, Object> event, String phase, String pid, long timeNanos) {
        String beginPhase = phase.equals("e") ? "b" : "S";
        async.end(asyncKey(event, beginPhase, pid), phase.equals("e"), endEvent(event, phase, timeNanos));
    }

    private void flowV1(Map<String, Object> event, String phase, String pid, int thread, long timeNanos) {
        // Matched by id alone: writers do not keep the category of both ends equal.
        String id = asyncId(event, pid);
        boolean bindEnclosing = "e".equals(JsonValues.string(event, "bp"));
        flows.add(new FlowPoint("v1 id " + id, thread, timeNanos,
                ++flowSequence, null, phase.equals("f") && !bindEnclosing, !phase.equals("s"), !phase.equals("f")));
    }

    private void flowV2(Map<String, Object> event, int thread, long timeNanos, ChromeSlice slice) {
        boolean in = JsonValues.bool(event, "flow_in");
        boolean out = JsonValues.bool(event, "flow_out");
        String bindId = JsonValues.string(event, "bind_id");
        if (!in && !out) {
            return;
        }
        if (bindId == null) {
            bindId = JsonValues.string(event, "id");
        }
        if (bindId == null) {
            warnings.add("missing-field", "slice '" + slice.draft().name() + "' has flow_in/flow_out but no bind_id");
            return;
        }
        flows.add(new FlowPoint("v2 bind_id " + bindId, thread, timeNanos, slice.sequence(), slice, false, in, out));
    }

    private void metadata(Map<String, Object> event, String pid, int thread) {
        String name = JsonValues.string(event, "name");
        Map<String, Object> args = JsonValues.object(event, "args");
        String value = args == null ? null : JsonValues.string(args, "name");
        if (value == null || pid == null) {
            return;
        }
        if ("process_name".equals(name)) {
            processes.rename(processes.intern(ProcessKind.OS_PROCESS, pid, pid), value);
        } else if ("thread_name".equals(name)) {
            processes.rename(thread, value);
        }
    }

    /** Matches begins with ends, closes what is still open, nests, links flows; returns the drafts in file order. */
    List<SpanDraft> finish() {
        long end = latestNanos == Long.MIN_VALUE ? 0 : latestNanos;
        BeginEndMatcher.Closer closer = (slice, endEvent) -> {
            slice.draft().endNanos(Math.max(endEvent.timeNanos(), slice.draft().startNanos()));
            addArgValues(endEvent.args(), slice.draft());
        };
        for (Map.Entry<Integer, ThreadSlices> thread : threads.entrySet()) {
            String threadName = processes.get(thread.getKey()).externalId();
            BeginEndMatcher.Result result = thread.getValue().matchBeginsAndEnds(closer);
            for (EndEvent unmatched : result.unmatchedEnds()) {
                warnings.add("unmatched-end", "an E event ('" + unmatched.name() + "' on thread " + threadName
                        + ") has no open B event before it; ignored");
            }
            for (ChromeSlice open : result.unterminated()) {
                open.draft().endNanos(Math.max(end, open.draft().startNanos()));
                warnings.add("unterminated-slice", "a B event on thread " + threadName
                        + " has no E event; closed at the end of the trace");
            }
        }
        List<ChromeSlice> openAsync = new ArrayList<>();
        for (EndEvent unmatched : async.match(closer, openAsync)) {
            warnings.add("unmatched-end", "an async '" + unmatched.phase() + "' event ('" + unmatched.name()
                    + "') has no open begin before it; ignored");
        }
        for (ChromeSlice slice : openAsync) {
            slice.draft().endNanos(Math.max(end, slice.draft().startNanos()));
            warnings.add("unterminated-slice", "async slice '" + slice.draft().name()
                    + "' has no end event; closed at the end of the trace");
        }
        for (ThreadSlices thread : threads.values()) {
            thread.nest(warnings);
        }
        flowLinks = flows.link(threads, TRACE_ID, warnings);
        List<SpanDraft> drafts = new ArrayList<>(slices.size());
        for (ChromeSlice slice : slices) {
            drafts.add(slice.draft());
        }
        return drafts;
    }
}
