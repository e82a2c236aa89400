package dev.flightpath.reporters.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.model.CpuLoadTable;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.Span;
import dev.flightpath.model.StackTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Trace Event Format (JSON object with {@code traceEvents}) that Perfetto UI and
 * chrome://tracing open:
 * <ul>
 *   <li>spans: complete events ({@code X}, category {@code span}) on their process's lanes
 *       ({@link SpanLanes}, {@link ChromeTracks}), ids, kind, status and attributes in
 *       {@code args};</li>
 *   <li>messages: a zero-length {@code send} slice on the sender and {@code receive} slice on the
 *       receiver (at the dequeue, or {@code arrive} at the enqueue when never taken), joined by a
 *       flow ({@code s}, then {@code f} with {@code bp: "e"}; category {@code message});</li>
 *   <li>scheduling: {@code runnable} and {@code running} slices on a scheduling track beside the
 *       process;</li>
 *   <li>mailbox depth per receiver and CPU load: counters ({@code C});</li>
 *   <li>runtime pauses: slices on the runtime process, one thread per pause kind;</li>
 *   <li>stack samples: thread-scoped instant events ({@code i}) whose {@code sf} names their stack
 *       in the top-level {@code stackFrames} tree.</li>
 * </ul>
 * Times are microseconds from the recording's start with three decimals (exact nanoseconds); the
 * start itself is in {@code metadata}.
 */
public final class ChromeTraceExporter {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int PAUSE_TID_BASE = 1000;

    public ExportResult write(Recording recording, OutputStream out) throws IOException {
        ChromeTracks tracks = new ChromeTracks(recording);
        long origin = recording.info().startNanos();
        List<String> dropped = new ArrayList<>();
        Map<Long, Integer> stackNodes = new HashMap<>();
        List<int[]> nodes = new ArrayList<>();
        long events = 0;
        try (JsonGenerator json = JSON.createGenerator(new NonClosingStream(out), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("displayTimeUnit", "ns");
            json.writeArrayFieldStart("traceEvents");
            events += writeSpans(json, recording, tracks, origin);
            events += writeMessages(json, recording, tracks, origin, dropped);
            events += writeScheduling(json, recording, tracks, origin);
            events += writeMailboxDepth(json, recording, tracks, origin);
            events += writeCpuLoad(json, recording, tracks, origin);
            events += writePauses(json, recording, tracks, origin);
            events += writeSamples(json, recording, tracks, origin, stackNodes, nodes);
            writeNames(json, tracks);
            json.writeEndArray();
            writeStackFrames(json, recording.stacks(), nodes);
            json.writeObjectFieldStart("metadata");
            json.writeStringField("source", "flightpath convert");
            json.writeStringField("input-format", recording.info().format().cliName());
            json.writeNumberField("start-nanos", origin);
            json.writeStringField("time-base", recording.info().timeBase().name().toLowerCase(java.util.Locale.ROOT));
            json.writeEndObject();
            json.writeEndObject();
        }
        out.flush();
        return new ExportResult(NotExported.count(events) + " trace events (" + NotExported.count(
                recording.spans().size()) + " spans, " + NotExported.count(recording.messages().size())
                + " messages, " + NotExported.count(recording.scheduling().size()) + " scheduling intervals, "
                + NotExported.count(recording.pauses().size()) + " pauses, " + NotExported.count(
                recording.samples().size()) + " samples)", dropped);
    }

    private static long writeSpans(JsonGenerator json, Recording recording, ChromeTracks tracks, long origin)
            throws IOException {
        List<Span> spans = recording.spans();
        long count = 0;
        for (SpanLanes.Lane lane : SpanLanes.of(spans)) {
            ChromeTracks.Track track = tracks.lane(lane.processId(), lane.lane());
            for (int step : lane.steps()) {
                if (step < 0) {
                    continue;
                }
                Span span = spans.get(step);
                json.writeStartObject();
                json.writeStringField("ph", "X");
                json.writeStringField("cat", "span");
                json.writeStringField("name", span.name());
                time(json, "ts", span.startNanos() - origin);
                time(json, "dur", span.durationNanos());
                track(json, track);
                json.writeObjectFieldStart("args");
                json.writeStringField("trace_id", span.traceId());
                json.writeStringField("span_id", span.spanId());
                if (!span.isRoot()) {
                    json.writeStringField("parent_span_id", span.parentSpanId());
                }
                json.writeStringField("kind", span.kind().name());
                json.writeStringField("status", span.status().name());
                if (span.samplingWeight() != 1.0) {
                    json.writeNumberField("sampling_weight", span.samplingWeight());
                }
                for (Map.Entry<String, Object> attribute : new java.util.TreeMap<>(span.attributes()).entrySet()) {
                    writeValue(json, attribute.getKey(), attribute.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
                count++;
            }
        }
        return count;
    }

    private static long writeMessages(JsonGenerator json, Recording recording, ChromeTracks tracks, long origin,
            List<String> dropped) throws IOException {
        MessageTable messages = recording.messages();
        long unknownEnds = 0;
        long count = 0;
        for (int row = 0; row < messages.size(); row++) {
            int sender = messages.senderProcessId(row);
            int receiver = messages.receiverProcessId(row);
            if (sender < 0 || receiver < 0) {
                unknownEnds++;
                continue;
            }
            boolean taken = messages.dequeueNanos(row) != Message.NEVER;
            long arrive = taken ? messages.dequeueNanos(row) : messages.enqueueNanos(row);
            if (arrive == Message.NEVER || messages.sendNanos(row) == Message.NEVER) {
                unknownEnds++;
                continue;
            }
            String type = messages.messageType(row);
            String name = type.isEmpty() ? messages.mailbox(row) : type;
            long id = row + 1L;
            ChromeTracks.Track from = tracks.lane(sender, 0);
            ChromeTracks.Track to = tracks.lane(receiver, 0);
            messageSlice(json, "send " + name, messages.sendNanos(row) - origin, from, messages, row);
            flow(json, "s", name, messages.sendNanos(row) - origin, from, id);
            messageSlice(json, (taken ? "receive " : "arrive ") + name, arrive - origin, to, messages, row);
            flow(json, "f", name, arrive - origin, to, id);
            count += 4;
        }
        if (unknownEnds > 0) {
            dropped.add(NotExported.count(unknownEnds) + " messages with an unknown sender, receiver or arrival (a "
                    + "flow needs both ends)");
        }
        return count;
    }

    private static void messageSlice(JsonGenerator json, String name, long atNanos, ChromeTracks.Track track,
            MessageTable messages, int row) throws IOException {
        json.writeStartObject();
        json.writeStringField("ph", "X");
        json.writeStringField("cat", "message");
        json.writeStringField("name", name);
        time(json, "ts", atNanos);
        json.writeNumberField("dur", 0);
        track(json, track);
        json.writeObjectFieldStart("args");
        json.writeStringField("mailbox", messages.mailbox(row));
        if (messages.dequeueNanos(row) != Message.NEVER) {
            time(json, "queue_wait_us", messages.dequeueNanos(row) - messages.enqueueNanos(row));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void flow(JsonGenerator json, String phase, String name, long atNanos, ChromeTracks.Track track,
            long id) throws IOException {
        json.writeStartObject();
        json.writeStringField("ph", phase);
        json.writeStringField("cat", "message");
        json.writeStringField("name", name);
        json.writeNumberField("id", id);
        time(json, "ts", atNanos);
        track(json, track);
        if (phase.equals("f")) {
            json.writeStringField("bp", "e");
        }
        json.writeEndObject();
    }

    /**
     * Each interval as a {@code runnable} wait (when known) and a {@code running} slice; intervals of
     * one process that overlap (a pool running tasks on several threads) go to separate tracks.
     */
    private static long writeScheduling(JsonGenerator json, Recording recording, ChromeTracks tracks, long origin)
            throws IOException {
        SchedulingTable scheduling = recording.scheduling();
        Integer[] order = new Integer[scheduling.size()];
        for (int row = 0; row < order.length; row++) {
            order[row] = row;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingLong(row -> intervalStart(scheduling, row)));
        Map<Integer, List<Long>> laneEnds = new HashMap<>();
        long count = 0;
        for (int row : order) {
            long start = intervalStart(scheduling, row);
            List<Long> ends = laneEnds.computeIfAbsent(scheduling.processId(row), p -> new ArrayList<>());
            int lane = 0;
            while (lane < ends.size() && ends.get(lane) > start) {
                lane++;
            }
            if (lane == ends.size()) {
                ends.add(0L);
            }
            ends.set(lane, scheduling.runningToNanos(row));
            ChromeTracks.Track track = tracks.scheduling(scheduling.processId(row), lane);
            long from = scheduling.runningFromNanos(row);
            if (start < from) {
                slice(json, "runnable", "scheduling", start - origin, from - start, track);
                count++;
            }
            slice(json, "running", "scheduling", from - origin, scheduling.runningToNanos(row) - from, track);
            count++;
        }
        return count;
    }

    /** When the interval's process became runnable, or else started running. */
    private static long intervalStart(SchedulingTable scheduling, int row) {
        long since = scheduling.runnableSinceNanos(row);
        return since != Message.NEVER && since < scheduling.runningFromNanos(row) ? since
                : scheduling.runningFromNanos(row);
    }

    /** Mailbox depth per receiver: +1 at each enqueue, -1 at each dequeue, one counter event per change. */
    private static long writeMailboxDepth(JsonGenerator json, Recording recording, ChromeTracks tracks, long origin)
            throws IOException {
        MessageTable messages = recording.messages();
        Map<Integer, List<long[]>> changes = new java.util.TreeMap<>();
        for (int row = 0; row < messages.size(); row++) {
            int receiver = messages.receiverProcessId(row);
            if (receiver < 0) {
                continue;
            }
            if (messages.enqueueNanos(row) == Message.NEVER) {
                continue;
            }
            List<long[]> list = changes.computeIfAbsent(receiver, r -> new ArrayList<>());
            list.add(new long[] {messages.enqueueNanos(row), 1});
            if (messages.dequeueNanos(row) != Message.NEVER) {
                list.add(new long[] {messages.dequeueNanos(row), -1});
            }
        }
        long count = 0;
        for (Map.Entry<Integer, List<long[]>> receiver : changes.entrySet()) {
            List<long[]> list = receiver.getValue();
            list.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
            String name = "mailbox depth: " + ProcessNames.name(recording, receiver.getKey());
            int pid = tracks.pidOf(receiver.getKey());
            long depth = 0;
            for (long[] change : list) {
                depth += change[1];
                json.writeStartObject();
                json.writeStringField("ph", "C");
                json.writeStringField("name", name);
                time(json, "ts", change[0] - origin);
                json.writeNumberField("pid", pid);
                json.writeNumberField("tid", 0);
                json.writeObjectFieldStart("args");
                json.writeNumberField("depth", depth);
                json.writeEndObject();
                json.writeEndObject();
                count++;
            }
        }
        return count;
    }

    private static long writeCpuLoad(JsonGenerator json, Recording recording, ChromeTracks tracks, long origin)
            throws IOException {
        CpuLoadTable load = recording.cpuLoad();
        for (int row = 0; row < load.size(); row++) {
            json.writeStartObject();
            json.writeStringField("ph", "C");
            json.writeStringField("name", "CPU load");
            time(json, "ts", load.timeNanos(row) - origin);
            json.writeNumberField("pid", tracks.runtimePid());
            json.writeNumberField("tid", 0);
            json.writeObjectFieldStart("args");
            share(json, "jvm_user", load.jvmUser(row));
            share(json, "jvm_system", load.jvmSystem(row));
            share(json, "machine_total", load.machineTotal(row));
            json.writeEndObject();
            json.writeEndObject();
        }
        return load.size();
    }

    private static void share(JsonGenerator json, String name, double value) throws IOException {
        if (!Double.isNaN(value)) {
            json.writeNumberField(name, value);
        }
    }

    private static long writePauses(JsonGenerator json, Recording recording, ChromeTracks tracks, long origin)
            throws IOException {
        PauseTable pauses = recording.pauses();
        for (int row = 0; row < pauses.size(); row++) {
            String kind = pauses.kind(row).cliName();
            ChromeTracks.Track track = tracks.runtime(PAUSE_TID_BASE + pauses.kind(row).ordinal(), kind);
            slice(json, kind, "pause", pauses.startNanos(row) - origin, pauses.durationNanos(row), track);
        }
        return pauses.size();
    }

    private static long writeSamples(JsonGenerator json, Recording recording, ChromeTracks tracks, long origin,
            Map<Long, Integer> stackNodes, List<int[]> nodes) throws IOException {
        SampleTable samples = recording.samples();
        StackTable stacks = recording.stacks();
        Map<Integer, Integer> leafOfStack = new HashMap<>();
        for (int row = 0; row < samples.size(); row++) {
            int stackId = samples.stackId(row);
            json.writeStartObject();
            json.writeStringField("ph", "i");
            json.writeStringField("s", "t");
            json.writeStringField("cat", "sample");
            json.writeStringField("name", samples.kind(row).cliName() + " sample");
            time(json, "ts", samples.timeNanos(row) - origin);
            track(json, tracks.lane(samples.processId(row), 0));
            if (stackId >= 0) {
                int leaf = leafOfStack.computeIfAbsent(stackId, id -> node(stacks, id, stackNodes, nodes));
                json.writeStringField("sf", Integer.toString(leaf));
            }
            if (!samples.kind(row).valueUnit().equals("samples")) {
                json.writeObjectFieldStart("args");
                json.writeNumberField(samples.kind(row).valueUnit(), samples.value(row));
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        return samples.size();
    }

    /** The stack-frame node of a stack's leaf, adding its path from the root: nodes are (frame, parent node). */
    private static int node(StackTable stacks, int stackId, Map<Long, Integer> stackNodes, List<int[]> nodes) {
        int parent = -1;
        for (int i = stacks.depth(stackId) - 1; i >= 0; i--) {
            int frame = stacks.frameAt(stackId, i);
            long key = ((long) (parent + 1) << 32) | frame;
            Integer existing = stackNodes.get(key);
            if (existing == null) {
                existing = nodes.size();
                nodes.add(new int[] {frame, parent});
                stackNodes.put(key, existing);
            }
            parent = existing;
        }
        return parent;
    }

    private static void writeStackFrames(JsonGenerator json, StackTable stacks, List<int[]> nodes)
            throws IOException {
        json.writeObjectFieldStart("stackFrames");
        for (int id = 0; id < nodes.size(); id++) {
            json.writeObjectFieldStart(Integer.toString(id));
            json.writeStringField("name", stacks.frame(nodes.get(id)[0]).name());
            json.writeStringField("category", "java");
            if (nodes.get(id)[1] >= 0) {
                json.writeStringField("parent", Integer.toString(nodes.get(id)[1]));
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeNames(JsonGenerator json, ChromeTracks tracks) throws IOException {
        for (Map.Entry<Integer, String> process : tracks.processNames().entrySet()) {
            metadata(json, "process_name", process.getKey(), 0, process.getValue());
        }
        for (Map.Entry<ChromeTracks.Track, String> thread : tracks.threadNames().entrySet()) {
            metadata(json, "thread_name", thread.getKey().pid(), thread.getKey().tid(), thread.getValue());
        }
    }

    private static void metadata(JsonGenerator json, String name, int pid, int tid, String value)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ph", "M");
        json.writeStringField("name", name);
        json.writeNumberField("pid", pid);
        json.writeNumberField("tid", tid);
        json.writeObjectFieldStart("args");
        json.writeStringField("name", value);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void slice(JsonGenerator json, String name, String category, long startNanos, long durationNanos,
            ChromeTracks.Track track) throws IOException {
        json.writeStartObject();
        json.writeStringField("ph", "X");
        json.writeStringField("cat", category);
        json.writeStringField("name", name);
        time(json, "ts", startNanos);
        time(json, "dur", durationNanos);
        track(json, track);
        json.writeEndObject();
    }

    private static void track(JsonGenerator json, ChromeTracks.Track track) throws IOException {
        json.writeNumberField("pid", track.pid());
        json.writeNumberField("tid", track.tid());
    }

    /** Nanoseconds as microseconds with three decimals, exactly. */
    static void time(JsonGenerator json, String field, long nanos) throws IOException {
        json.writeFieldName(field);
        json.writeNumber(micros(nanos));
    }

    static String micros(long nanos) {
        String sign = nanos < 0 ? "-" : "";
        long magnitude = Math.abs(nanos);
        long fraction = magnitude % 1000;
        return fraction == 0 ? sign + magnitude / 1000
                : sign + magnitude / 1000 + "." + String.format(java.util.Locale.ROOT, "%03d", fraction);
    }

    private static void writeValue(JsonGenerator json, String key, Object value) throws IOException {
        if (value instanceof Long) {
            json.writeNumberField(key, (Long) value);
        } else if (value instanceof Double) {
            json.writeNumberField(key, (Double) value);
        } else if (value instanceof Boolean) {
            json.writeBooleanField(key, (Boolean) value);
        } else {
            json.writeStringField(key, String.valueOf(value));
        }
    }
}
