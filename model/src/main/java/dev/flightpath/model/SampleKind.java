package dev.flightpath.model;

/** What a stack sample measures, and the unit of its value. */
public enum SampleKind {
    /**
     * {@code jdk.ExecutionSample} (and Datadog's {@code datadog.ExecutionSample}): a thread seen running
     * Java code; value = 1 (Datadog: the sample's weight).
     */
    CPU("cpu", "samples"),
    /** {@code jdk.CPUTimeSample} (JDK 25, JEP 509): CPU-time sampling; value = 1. */
    CPU_TIME("cputime", "samples"),
    /**
     * async-profiler's {@code profiler.WallClockSample} (and Datadog's {@code datadog.MethodSample}); value =
     * the sample count it carries (async-profiler folds up to 1,000 idle samples into one event).
     */
    WALL("wall", "samples"),
    /** {@code jdk.ObjectAllocationInNewTLAB}/{@code OutsideTLAB}; value = bytes. */
    ALLOC("alloc", "bytes"),
    /**
     * {@code jdk.ObjectAllocationSample} (JDK 16+, throttled) and Datadog's {@code datadog.ObjectSample}; value =
     * the event's weight in bytes (Datadog: size × weight).
     */
    ALLOC_SAMPLE("allocsample", "bytes"),
    /**
     * {@code jdk.JavaMonitorEnter} and {@code jdk.ThreadPark}; value = nanoseconds blocked. Whether a
     * wait was contention, an idle worker or another wait is read from its stack by the analyses.
     */
    LOCK("lock", "nanoseconds"),
    /** {@code jdk.NativeMethodSample}: a thread seen in native code; value = 1. */
    NATIVE("native", "samples"),
    /** async-profiler's {@code profiler.Malloc} (native memory mode); value = bytes allocated. */
    NATIVEMEM("nativemem", "bytes"),
    /**
     * The {@code profiler.Malloc} events whose address no later {@code profiler.Free} released (what
     * jfr-converter's {@code --nativemem --leak} shows); value = bytes.
     */
    NATIVE_LEAK("nativeleak", "bytes"),
    /**
     * Objects still alive when the recording ended: async-profiler's {@code profiler.LiveObject} and Datadog's
     * {@code datadog.HeapLiveObject}; value = bytes (Datadog: size × weight).
     */
    LIVE("live", "bytes");

    private final String cliName;
    private final String valueUnit;

    SampleKind(String cliName, String valueUnit) {
        this.cliName = cliName;
        this.valueUnit = valueUnit;
    }

    public String cliName() {
        return cliName;
    }

    public String valueUnit() {
        return valueUnit;
    }

    /**
     * Whether a sample's value is a number of samples (a wall-clock batch, a weighted CPU sample), so
     * that counting samples means adding values; for the other kinds each sample counts once.
     */
    public boolean valueCountsSamples() {
        return valueUnit.equals("samples");
    }
}
