package dev.flightpath.loaders.jfr;

import dev.flightpath.loaders.jfr.fast.JfrNames;
import dev.flightpath.model.CpuLoadTable;
import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.StackTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;

/**
 * Receives the events of one recording from {@code jdk.jfr.consumer} and keeps what the model
 * needs: counts per event type, threads, stack samples, the producer and JVM. One instance per
 * load; not thread-safe (the consumer calls handlers on one thread).
 */
final class JfrEventCollector {
    /** Per event type, looked up once: its counter and what to extract. */
    private static final class TypeState {
        final String name;
        final JfrSampleSource sampleSource;
        final boolean recorderEvent;
        final boolean pauseEvent;
        final boolean cpuLoadEvent;
        final boolean freeEvent;
        final String threadField;
        long count;

        TypeState(EventType type) {
            this.name = type.getName();
            this.sampleSource = JfrSampleSource.forEvent(name);
            this.recorderEvent = RecorderEventCollector.isRecorderEvent(name);
            this.pauseEvent = PauseEventCollector.isPauseEvent(name);
            this.cpuLoadEvent = CpuLoadEventCollector.isCpuLoadEvent(name);
            this.freeEvent = name.equals(JfrSampleSource.FREE_EVENT);
            this.threadField = type.getField("sampledThread") != null ? "sampledThread"
                    : type.getField("eventThread") != null ? "eventThread" : null;
        }
    }

    private record ThreadKey(long javaThreadId, long osThreadId) {
    }

    private final boolean wantSamples;
    private final boolean wantRecorderEvents;
    private final boolean wantPauses;
    private final boolean wantCpuLoad;
    private final RecorderEventCollector recorderEvents;
    private final PauseEventCollector pauseEvents = new PauseEventCollector();
    private final CpuLoadEventCollector cpuLoadEvents = new CpuLoadEventCollector();
    private final Map<EventType, TypeState> types = new IdentityHashMap<>();
    private final Map<ThreadKey, Integer> threadIds = new HashMap<>();
    private final List<ProcessInfo> threads = new ArrayList<>();
    // Constant-pool objects are resolved once per chunk, so a stack trace seen again is the same
    // object: resolve its frames once. Weak keys let a finished chunk's traces be collected.
    private final Map<RecordedStackTrace, int[]> framesByTrace = new WeakHashMap<>();
    private final Map<RecordedThread, Integer> threadIdsByObject = new WeakHashMap<>();
    private final StackTable.Builder stacks = new StackTable.Builder();
    private final SampleTable.Builder samples = new SampleTable.Builder();
    private final NativeLeaks nativeLeaks = new NativeLeaks();
    private final boolean wantLeaks;
    private String recordingName = "";
    private String jvm = "";
    private boolean sawProfilerEvents;

    /**
     * @param wantLeaks      work out native-memory leaks from async-profiler's malloc and free events
     * @param wantMessages   keep the recorder's mailbox events, as messages
     * @param wantScheduling keep the recorder's executor events, as scheduling intervals
     * @param wantCpuLoad    keep the JVM's CPU load readings
     */
    JfrEventCollector(boolean wantSamples, boolean wantLeaks, boolean wantMessages, boolean wantScheduling,
            boolean wantPauses, boolean wantCpuLoad) {
        this.wantSamples = wantSamples;
        this.wantLeaks = wantSamples && wantLeaks;
        this.wantRecorderEvents = wantMessages || wantScheduling;
        this.wantPauses = wantPauses;
        this.wantCpuLoad = wantCpuLoad;
        this.recorderEvents = new RecorderEventCollector(wantMessages, wantScheduling);
    }

    /** For every event: counts it and records its thread. */
    void onAnyEvent(RecordedEvent event) {
        TypeState state = state(event.getEventType());
        state.count++;
        int threadId = state.threadField == null ? -1 : threadId(event.getThread(state.threadField));
        if (state.recorderEvent && wantRecorderEvents) {
            recorderEvents.onEvent(state.name, event, threadId);
        } else if (state.pauseEvent && wantPauses) {
            pauseEvents.onEvent(state.name, event);
        } else if (state.cpuLoadEvent && wantCpuLoad) {
            cpuLoadEvents.onEvent(event);
        } else if (state.sampleSource != null && wantSamples) {
            addSample(event, state);
        } else if (state.freeEvent && wantLeaks) {
            onFreeEvent(event);
        } else if (state.name.equals("jdk.ActiveRecording") && recordingName.isEmpty()) {
            recordingName = nullToEmpty(event.getString("name"));
        } else if (state.name.equals("jdk.JVMInformation") && jvm.isEmpty()) {
            jvm = runtime(nullToEmpty(event.getString("jvmName")), nullToEmpty(event.getString("jvmVersion")));
        }
    }

    /** For the sample events alone, when event counts were not asked for. */
    void onSampleEvent(RecordedEvent event) {
        addSample(event, state(event.getEventType()));
    }

    /** async-profiler's {@code profiler.Free}: the address of an earlier malloc is released. */
    void onFreeEvent(RecordedEvent event) {
        if (event.hasField("address")) {
            nativeLeaks.free(epochNanos(event.getStartTime()), event.getLong("address"));
        }
    }

    /** For the recorder events alone, when event counts were not asked for. */
    void onRecorderEvent(RecordedEvent event) {
        TypeState state = state(event.getEventType());
        int threadId = state.threadField == null ? -1 : threadId(event.getThread(state.threadField));
        recorderEvents.onEvent(state.name, event, threadId);
    }

    /** For the pause events alone, when event counts were not asked for. */
    void onPauseEvent(RecordedEvent event) {
        pauseEvents.onEvent(state(event.getEventType()).name, event);
    }

    /** For the CPU load events alone, when event counts were not asked for. */
    void onCpuLoadEvent(RecordedEvent event) {
        cpuLoadEvents.onEvent(event);
    }

    private TypeState state(EventType type) {
        TypeState state = types.get(type);
        if (state == null) {
            state = new TypeState(type);
            types.put(type, state);
            if (state.name.startsWith("profiler.")) {
                sawProfilerEvents = true;
            }
        }
        return state;
    }

    private void addSample(RecordedEvent event, TypeState state) {
        JfrSampleSource source = state.sampleSource;
        RecordedStackTrace trace = event.getStackTrace();
        int[] frames = trace == null ? new int[0] : frames(trace);
        if (source.classField() != null && event.hasField(source.classField())) {
            RecordedClass leafClass = event.getClass(source.classField());
            if (leafClass != null) {
                FrameType type = source.kind() == dev.flightpath.model.SampleKind.LOCK
                        ? FrameType.LOCK_CLASS : FrameType.ALLOCATED_CLASS;
                int[] withLeaf = new int[frames.length + 1];
                withLeaf[0] = stacks.internFrame(new Frame(JfrNames.className(leafClass.getName()), type, 0));
                System.arraycopy(frames, 0, withLeaf, 1, frames.length);
                frames = withLeaf;
            }
        }
        int stackId = frames.length == 0 ? -1 : stacks.internStack(frames);
        int threadId = state.threadField == null ? -1 : threadId(event.getThread(state.threadField));
        long timeNanos = epochNanos(event.getStartTime());
        long value = value(event, source);
        samples.add(timeNanos, stackId, threadId, source.kind(), value);
        if (source == JfrSampleSource.MALLOC && wantLeaks && event.hasField("address")) {
            nativeLeaks.malloc(timeNanos, event.getLong("address"), stackId, threadId, value);
        }
    }

    private static long value(RecordedEvent event, JfrSampleSource source) {
        String field = source.valueField();
        if (field == null || !event.hasField(field)) {
            return 1;
        }
        if (field.equals("duration")) {
            Duration duration = event.getDuration();
            return Math.max(0, duration.toNanos());
        }
        long value = Math.max(0, event.getLong(field));
        String scale = source.scaleField();
        if (scale != null && event.hasField(scale)) {
            double scaled = value * event.getDouble(scale);
            // NaN, negative or beyond a long: the weight is not usable; the plain value stands.
            return scaled >= 0 && scaled < Long.MAX_VALUE ? Math.round(scaled) : value;
        }
        return value;
    }

    private int[] frames(RecordedStackTrace trace) {
        int[] ids = framesByTrace.get(trace);
        if (ids == null) {
            List<RecordedFrame> recorded = trace.getFrames();
            ids = new int[recorded.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = stacks.internFrame(frame(recorded.get(i)));
            }
            framesByTrace.put(trace, ids);
        }
        return ids;
    }

    private static Frame frame(RecordedFrame recorded) {
        RecordedMethod method = recorded.getMethod();
        FrameType type = FrameType.fromJfr(recorded.getType());
        String name;
        if (method == null) {
            name = "unknown";
        } else {
            RecordedClass owner = method.getType();
            name = JfrNames.frameName(owner == null ? null : owner.getName(), method.getName(), method.getDescriptor(),
                    type);
        }
        return new Frame(name, type, Math.max(0, recorded.getLineNumber()));
    }

    private int threadId(RecordedThread thread) {
        if (thread == null) {
            return -1;
        }
        Integer cached = threadIdsByObject.get(thread);
        if (cached != null) {
            return cached;
        }
        ThreadKey key = new ThreadKey(thread.getJavaThreadId(), thread.getOSThreadId());
        Integer id = threadIds.get(key);
        if (id == null) {
            id = threads.size();
            String name = JfrNames.bounded(thread.getJavaName() != null ? thread.getJavaName()
                    : nullToEmpty(thread.getOSName()));
            boolean virtual = thread.hasField("virtual") && thread.getBoolean("virtual");
            String externalId = thread.getJavaThreadId() >= 0 ? Long.toString(thread.getJavaThreadId())
                    : "os:" + thread.getOSThreadId();
            threads.add(new ProcessInfo(id, externalId, name,
                    virtual ? ProcessKind.VIRTUAL_THREAD : ProcessKind.THREAD, ""));
            threadIds.put(key, id);
        }
        threadIdsByObject.put(thread, id);
        return id;
    }

    /**
     * The JDK writes jvmVersion as "OpenJDK 64-Bit Server VM (17.0.3+7-LTS) for linux-amd64 JRE
     * (…), built on …", async-profiler as "17.0.7+7-LTS": keep the name and the version.
     */
    static String runtime(String jvmName, String jvmVersion) {
        if (jvmVersion.startsWith(jvmName) && jvmVersion.contains("(")) {
            int end = jvmVersion.indexOf(" for ");
            return (end < 0 ? jvmVersion : jvmVersion.substring(0, end)).trim();
        }
        return (jvmName + " " + jvmVersion).trim();
    }

    static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    Map<String, Long> eventCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (TypeState state : types.values()) {
            if (state.count > 0) {
                counts.merge(state.name, state.count, Long::sum);
            }
        }
        return counts;
    }

    /**
     * Builds messages and task intervals from the recorder events (empty tables for what was not
     * wanted); each executor becomes a process of kind ACTOR, after the threads.
     */
    RecorderEventCollector.Tables buildRecorderData(List<LoadWarning> warnings) {
        Map<String, Integer> executorIds = new HashMap<>();
        for (String executor : recorderEvents.executors()) {
            int id = threads.size();
            threads.add(new ProcessInfo(id, "executor:" + executor, executor, ProcessKind.ACTOR, ""));
            executorIds.put(executor, id);
        }
        return recorderEvents.build(executorIds, warnings);
    }

    /** The runtime pauses read (empty unless asked for); unpaired safepoint halves are warned about. */
    PauseTable pauses(List<LoadWarning> warnings) {
        return pauseEvents.build(warnings);
    }

    /** The CPU load readings in time order (empty unless asked for). */
    CpuLoadTable cpuLoad() {
        return cpuLoadEvents.build();
    }

    /** Threads, then executors: index = process id. */
    List<ProcessInfo> processes() {
        return threads;
    }

    StackTable stacks() {
        return stacks.build();
    }

    /** The samples, then the native-memory leaks (when asked for); once only. */
    SampleTable samples() {
        if (wantLeaks) {
            nativeLeaks.addLeaks(samples);
        }
        return samples.build();
    }

    /** "async-profiler 2.9" from its recording name, else the JDK's recorder. */
    String producer() {
        if (recordingName.startsWith("async-profiler")) {
            return recordingName;
        }
        if (sawProfilerEvents) {
            return "async-profiler";
        }
        return "JDK Flight Recorder";
    }

    String jvm() {
        return jvm;
    }
}
