package dev.flightpath.analyzers.flame;

import dev.flightpath.model.FrameType;
import java.util.Objects;

/**
 * A frame as a flame graph shows it: the name (maybe without package, maybe with a line) and what
 * kind of code it is.
 */
public record FlameLabel(String name, Kind kind) {
    /** What a frame is, for colouring. */
    public enum Kind {
        INTERPRETED, JIT, INLINED, NATIVE, CPP, KERNEL, ALLOCATED, LOCK, THREAD, ROOT, OTHER,
        /** A span's operation, in a flame graph of span data. */
        SPAN,
        /** Time a message waited in a mailbox, in a flame graph of span data. */
        QUEUE_WAIT;

        static Kind of(FrameType type) {
            switch (type) {
                case INTERPRETED: return INTERPRETED;
                case JIT_COMPILED:
                case C1_COMPILED: return JIT;
                case INLINED: return INLINED;
                case NATIVE: return NATIVE;
                case CPP: return CPP;
                case KERNEL: return KERNEL;
                case ALLOCATED_CLASS: return ALLOCATED;
                case LOCK_CLASS: return LOCK;
                default: return OTHER;
            }
        }
    }

    public FlameLabel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
