package dev.flightpath.reporters.flame;

import dev.flightpath.analyzers.flame.DiffFoldedStack;
import dev.flightpath.analyzers.flame.FlameDiff;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.FoldedStack;
import java.io.IOException;
import java.io.Writer;

/**
 * Folded stacks (Brendan Gregg's collapsed format, which flamegraph.pl, speedscope and
 * async-profiler's converters read): {@code root;child;leaf weight}, one line per distinct stack,
 * sorted.
 */
public final class CollapsedReporter {
    public void write(FlameTree tree, Writer out) throws IOException {
        for (FoldedStack stack : tree.collapsed()) {
            out.write(stack.stack());
            out.write(' ');
            out.write(Long.toString(stack.weight()));
            out.write('\n');
        }
        out.flush();
    }

    /** With a baseline: {@code root;child;leaf base current}, as difffolded.pl writes. */
    public void write(FlameDiff diff, Writer out) throws IOException {
        for (DiffFoldedStack stack : diff.collapsed()) {
            out.write(stack.stack());
            out.write(' ');
            out.write(Long.toString(stack.baselineWeight()));
            out.write(' ');
            out.write(Long.toString(stack.currentWeight()));
            out.write('\n');
        }
        out.flush();
    }
}
