package dev.flightpath.analyzers.flame;

import dev.flightpath.model.SampleKind;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What goes into a flame graph and how frames are named.
 *
 * @param kind          the samples to use
 * @param total         weight by the samples' values (bytes, nanoseconds) instead of counting them
 * @param fromNanos     first sample time kept, epoch nanoseconds (inclusive)
 * @param toNanos       end of the window, epoch nanoseconds (exclusive)
 * @param threads       one root child per thread name
 * @param threadPattern keep only samples of threads whose name matches (find), or null for all
 * @param includes      keep a stack only if every pattern matches one of its frames
 * @param excludes      drop a stack if any pattern matches one of its frames
 * @param reverse       bottom-up: the leaf is the child of the root
 * @param lines         a frame is a method and a line, not just a method
 * @param simple        strip the package from class names
 */
public record FlameOptions(
        SampleKind kind,
        boolean total,
        long fromNanos,
        long toNanos,
        boolean threads,
        Pattern threadPattern,
        List<Pattern> includes,
        List<Pattern> excludes,
        boolean reverse,
        boolean lines,
        boolean simple) {

    public FlameOptions {
        Objects.requireNonNull(kind, "kind");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** All samples of one kind, counted, top-down, full names. */
    public static FlameOptions of(SampleKind kind) {
        return new FlameOptions(kind, false, Long.MIN_VALUE, Long.MAX_VALUE, false, null, List.of(), List.of(),
                false, false, false);
    }

    /** The unit of a node's weight: the kind's value unit when weighting by value, else samples. */
    public String weightUnit() {
        return total ? kind.valueUnit() : "samples";
    }
}
