package dev.flightpath.model;

/** What a stack sample measures, and the unit of its value. */
public enum SampleKind {
    /** {@code jdk.ExecutionSample}: a thread seen running Java code; value = 1. */
    CPU("cpu", "samples"),
    /** {@code jdk.CPUTimeSample} (JDK 25, JEP 509): CPU-time sampling; value = 1. */
    CPU_TIME("cputime", "samples"),
    /** async-profiler's {@code profiler.WallClockSample}; value = the sample count it carries. */
    WALL("wall", "samples"),
    /** {@code jdk.ObjectAllocationInNewTLAB}/{@code OutsideTLAB}; value = bytes. */
    ALLOC("alloc", "bytes"),
    /** {@code jdk.ObjectAllocationSample} (JDK 16+, throttled); value = the event's weight in bytes. */
    ALLOC_SAMPLE("allocsample", "bytes"),
    /**
     * {@code jdk.JavaMonitorEnter} and {@code jdk.ThreadPark}; value = nanoseconds blocked. Whether a
     * wait was contention, an idle worker or another wait is read from its stack by the analyses.
     */
    LOCK("lock", "nanoseconds"),
    /** {@code jdk.NativeMethodSample}: a thread seen in native code; value = 1. */
    NATIVE("native", "samples");

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
}
