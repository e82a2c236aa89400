package dev.flightpath.model;

/** How a frame was executing, where the recording says so. */
public enum FrameType {
    INTERPRETED, JIT_COMPILED, C1_COMPILED, INLINED, NATIVE, CPP, KERNEL,
    /** A synthetic leaf: the class allocated (allocation samples). */
    ALLOCATED_CLASS,
    /** A synthetic leaf: the class of the monitor or parked-on object (lock samples). */
    LOCK_CLASS,
    /** A span name in a span-time stack. */
    SPAN,
    UNKNOWN;

    /** Maps JFR's frame type strings ("JIT compiled", async-profiler's "C1 compiled", …). */
    public static FrameType fromJfr(String type) {
        if (type == null) {
            return UNKNOWN;
        }
        switch (type) {
            case "Interpreted": return INTERPRETED;
            case "JIT compiled": return JIT_COMPILED;
            case "C1 compiled": return C1_COMPILED;
            case "Inlined": return INLINED;
            case "Native": return NATIVE;
            case "C++": return CPP;
            case "Kernel": return KERNEL;
            default: return UNKNOWN;
        }
    }
}
