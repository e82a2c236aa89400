package dev.flightpath.analyzers.flame;

import java.util.Arrays;

/**
 * The nodes of a flame tree that a trimmed graph keeps: those at least {@code minWidthPercent} of
 * the root wide, with their ancestors (a pre-order, prefix-closed set). The HTML viewer draws these
 * and the report sizes its flame graphs by their count.
 */
public final class KeptNodes {
    private KeptNodes() {
    }

    /** The kept nodes' indexes, in pre-order. */
    public static int[] of(FlameTree tree, double minWidthPercent) {
        double threshold = tree.totalWeight() * minWidthPercent / 100.0;
        int[] kept = new int[tree.nodeCount()];
        int count = 0;
        int node = 0;
        while (node < tree.nodeCount()) {
            if (node == 0 || (tree.total(node) > 0 && tree.total(node) >= threshold)) {
                kept[count++] = node;
                node++;
            } else {
                node = tree.subtreeEnd(node);
            }
        }
        return Arrays.copyOf(kept, count);
    }
}
