package dev.flightpath.loaders.jfr;

import dev.flightpath.model.SampleKind;

/**
 * The JFR event types that become stack samples, and which fields they carry. Every count, size
 * or weight an event carries is its value: an async-profiler wall-clock event folds up to 1,000
 * samples ({@code samples}), a Datadog sample carries a {@code weight}, a Datadog allocation or
 * live-object sample stands for {@code size × weight} bytes.
 */
enum JfrSampleSource {
    EXECUTION_SAMPLE("jdk.ExecutionSample", SampleKind.CPU, null, null),
    CPU_TIME_SAMPLE("jdk.CPUTimeSample", SampleKind.CPU_TIME, null, null),
    NATIVE_METHOD_SAMPLE("jdk.NativeMethodSample", SampleKind.NATIVE, null, null),
    WALL_CLOCK_SAMPLE("profiler.WallClockSample", SampleKind.WALL, "samples", null),
    // One event per new TLAB: the TLAB's size stands for the bytes allocated until the next one.
    ALLOCATION_IN_NEW_TLAB("jdk.ObjectAllocationInNewTLAB", SampleKind.ALLOC, "tlabSize", "objectClass"),
    ALLOCATION_OUTSIDE_TLAB("jdk.ObjectAllocationOutsideTLAB", SampleKind.ALLOC, "allocationSize", "objectClass"),
    ALLOCATION_SAMPLE("jdk.ObjectAllocationSample", SampleKind.ALLOC_SAMPLE, "weight", "objectClass"),
    MONITOR_ENTER("jdk.JavaMonitorEnter", SampleKind.LOCK, "duration", "monitorClass"),
    THREAD_PARK("jdk.ThreadPark", SampleKind.LOCK, "duration", "parkedClass"),
    // async-profiler's live-object mode (objects allocated and not collected when the recording ended).
    LIVE_OBJECT("profiler.LiveObject", SampleKind.LIVE, "allocationSize", "objectClass"),
    // async-profiler's native-memory mode: each malloc with its size (the leaks are worked out from the frees).
    MALLOC("profiler.Malloc", SampleKind.NATIVEMEM, "size", null),
    // Datadog's Java profiler (java-profiler / dd-trace-java): its own event types, same kinds.
    DATADOG_EXECUTION_SAMPLE("datadog.ExecutionSample", SampleKind.CPU, "weight", null),
    DATADOG_METHOD_SAMPLE("datadog.MethodSample", SampleKind.WALL, "weight", null),
    DATADOG_OBJECT_SAMPLE("datadog.ObjectSample", SampleKind.ALLOC_SAMPLE, "size", "objectClass", "weight"),
    DATADOG_HEAP_LIVE_OBJECT("datadog.HeapLiveObject", SampleKind.LIVE, "size", "objectClass", "weight");

    /** async-profiler's free event: it releases the address of an earlier {@code profiler.Malloc}. */
    static final String FREE_EVENT = "profiler.Free";

    private final String eventName;
    private final SampleKind kind;
    private final String valueField;
    private final String classField;
    private final String scaleField;

    JfrSampleSource(String eventName, SampleKind kind, String valueField, String classField) {
        this(eventName, kind, valueField, classField, null);
    }

    JfrSampleSource(String eventName, SampleKind kind, String valueField, String classField, String scaleField) {
        this.eventName = eventName;
        this.kind = kind;
        this.valueField = valueField;
        this.classField = classField;
        this.scaleField = scaleField;
    }

    /** Whether a request for {@code wanted} samples needs this event type (a leak needs the mallocs). */
    boolean yields(SampleKind wanted) {
        return kind == wanted || (this == MALLOC && wanted == SampleKind.NATIVE_LEAK);
    }

    String eventName() {
        return eventName;
    }

    SampleKind kind() {
        return kind;
    }

    /** The field holding the sample's value (bytes, nanoseconds, a count); null means 1. */
    String valueField() {
        return valueField;
    }

    /** A floating-point field the value is multiplied by (a sample's weight), or null. */
    String scaleField() {
        return scaleField;
    }

    /** The class field that becomes a synthetic leaf frame, or null. */
    String classField() {
        return classField;
    }

    static JfrSampleSource forEvent(String eventName) {
        for (JfrSampleSource source : values()) {
            if (source.eventName.equals(eventName)) {
                return source;
            }
        }
        return null;
    }
}
