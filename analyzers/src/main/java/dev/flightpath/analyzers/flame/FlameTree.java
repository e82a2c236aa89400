package dev.flightpath.analyzers.flame;

import dev.flightpath.model.SampleKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A call tree, root first, stored as flat arrays in pre-order: node 0 is the root ("all"), each
 * node's subtree follows it, and siblings are sorted by name. A node's depth is the root's 0 plus
 * one per level.
 *
 * @param kind          the samples it was built from
 * @param weightUnit    what the weights count: "samples", or the kind's value unit with {@code total}
 * @param sampleCount   samples that went into the tree
 * @param labels        the labels nodes refer to
 * @param nodeLabels    per node, an index into {@code labels}
 * @param nodeDepths    per node, its depth
 * @param nodeTotals    per node, the weight of the samples at or below it
 * @param nodeSelves    per node, the weight of the samples that end at it
 */
public record FlameTree(
        SampleKind kind,
        String weightUnit,
        long sampleCount,
        List<FlameLabel> labels,
        int[] nodeLabels,
        int[] nodeDepths,
        long[] nodeTotals,
        long[] nodeSelves) {

    public static final String ROOT_NAME = "all";

    public FlameTree {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weightUnit, "weightUnit");
        labels = List.copyOf(labels);
        int n = nodeLabels.length;
        if (n == 0 || nodeDepths.length != n || nodeTotals.length != n || nodeSelves.length != n) {
            throw new IllegalArgumentException("node arrays must be non-empty and of one length");
        }
    }

    public int nodeCount() {
        return nodeLabels.length;
    }

    public long totalWeight() {
        return nodeTotals[0];
    }

    public String name(int node) {
        return labels.get(nodeLabels[node]).name();
    }

    public FlameLabel.Kind labelKind(int node) {
        return labels.get(nodeLabels[node]).kind();
    }

    public int depth(int node) {
        return nodeDepths[node];
    }

    public long total(int node) {
        return nodeTotals[node];
    }

    public long self(int node) {
        return nodeSelves[node];
    }

    public int maxDepth() {
        int max = 0;
        for (int depth : nodeDepths) {
            max = Math.max(max, depth);
        }
        return max;
    }

    /**
     * The folded stacks: one entry per distinct path of a node with self weight, from the root's
     * child down, joined with ';', sorted by the path.
     */
    public List<FoldedStack> collapsed() {
        List<FoldedStack> folded = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        int[] lengthAtDepth = new int[maxDepth() + 2];
        for (int node = 1; node < nodeCount(); node++) {
            int depth = nodeDepths[node];
            path.setLength(lengthAtDepth[depth - 1]);
            if (depth > 1) {
                path.append(';');
            }
            path.append(name(node));
            lengthAtDepth[depth] = path.length();
            if (nodeSelves[node] > 0) {
                folded.add(new FoldedStack(path.toString(), nodeSelves[node]));
            }
        }
        folded.sort((a, b) -> a.stack().compareTo(b.stack()));
        // Frames of one name but different kinds (JIT and inlined) are separate nodes but one path here.
        List<FoldedStack> merged = new ArrayList<>(folded.size());
        for (FoldedStack stack : folded) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).stack().equals(stack.stack())) {
                merged.set(last, new FoldedStack(stack.stack(), merged.get(last).weight() + stack.weight()));
            } else {
                merged.add(stack);
            }
        }
        return merged;
    }

    /** The end (exclusive) of a node's subtree in pre-order. */
    public int subtreeEnd(int node) {
        int end = node + 1;
        while (end < nodeCount() && nodeDepths[end] > nodeDepths[node]) {
            end++;
        }
        return end;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FlameTree)) {
            return false;
        }
        FlameTree that = (FlameTree) other;
        return kind == that.kind && weightUnit.equals(that.weightUnit) && sampleCount == that.sampleCount
                && labels.equals(that.labels) && Arrays.equals(nodeLabels, that.nodeLabels)
                && Arrays.equals(nodeDepths, that.nodeDepths) && Arrays.equals(nodeTotals, that.nodeTotals)
                && Arrays.equals(nodeSelves, that.nodeSelves);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, sampleCount, Arrays.hashCode(nodeTotals));
    }

    @Override
    public String toString() {
        return "FlameTree[" + kind + ", " + nodeCount() + " nodes, " + totalWeight() + " " + weightUnit + "]";
    }
}
