package dev.flightpath.loaders.jfr;

import dev.flightpath.model.SampleKind;

/** The JFR event types that become stack samples, and which fields they carry. */
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
    THREAD_PARK("jdk.ThreadPark", SampleKind.LOCK, "duration", "parkedClass");

    private final String eventName;
    private final SampleKind kind;
    private final String valueField;
    private final String classField;

    JfrSampleSource(String eventName, SampleKind kind, String valueField, String classField) {
        this.eventName = eventName;
        this.kind = kind;
        this.valueField = valueField;
        this.classField = classField;
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
