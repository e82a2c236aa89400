package dev.flightpath.analyzers.flame;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A flame tree compared with a baseline tree of the same kind: per node of the current tree, the
 * weight of the same call path (same labels from the root) in the baseline, and the baseline's
 * paths that the current tree lacks.
 *
 * @param current          the tree whose widths are shown
 * @param baseline         the tree compared against
 * @param baselineNodes    per current node, the baseline node with the same path, or -1
 * @param baselineOnly     the top-most baseline nodes whose path is not in the current tree
 */
public record FlameDiff(FlameTree current, FlameTree baseline, int[] baselineNodes, List<BaselineOnly> baselineOnly) {

    /**
     * A call path only the baseline has.
     *
     * @param currentParent the current tree's node for its parent path
     * @param baselineNode  the node in the baseline tree
     */
    public record BaselineOnly(int currentParent, int baselineNode) {
    }

    public FlameDiff {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(baseline, "baseline");
        if (baselineNodes.length != current.nodeCount()) {
            throw new IllegalArgumentException("one baseline node per current node");
        }
        baselineOnly = List.copyOf(baselineOnly);
    }

    public long baselineTotal(int node) {
        return baselineNodes[node] < 0 ? 0 : baseline.total(baselineNodes[node]);
    }

    public long baselineSelf(int node) {
        return baselineNodes[node] < 0 ? 0 : baseline.self(baselineNodes[node]);
    }

    /**
     * The change in self share: this node's self weight over the current total, less the same
     * path's self weight over the baseline total (both normalised, so recordings of different
     * lengths compare).
     */
    public double selfShareChange(int node) {
        return share(current.self(node), current.totalWeight()) - share(baselineSelf(node), baseline.totalWeight());
    }

    /**
     * Folded stacks of both trees: each distinct path with its baseline and current weight (the
     * layout difffolded.pl writes: {@code stack base current}), sorted by path.
     */
    public List<DiffFoldedStack> collapsed() {
        List<FoldedStack> base = baseline.collapsed();
        List<FoldedStack> now = current.collapsed();
        List<DiffFoldedStack> merged = new ArrayList<>(Math.max(base.size(), now.size()));
        int b = 0;
        int c = 0;
        while (b < base.size() || c < now.size()) {
            int order = b == base.size() ? 1 : c == now.size() ? -1 : base.get(b).stack().compareTo(now.get(c).stack());
            if (order < 0) {
                merged.add(new DiffFoldedStack(base.get(b).stack(), base.get(b).weight(), 0));
                b++;
            } else if (order > 0) {
                merged.add(new DiffFoldedStack(now.get(c).stack(), 0, now.get(c).weight()));
                c++;
            } else {
                merged.add(new DiffFoldedStack(now.get(c).stack(), base.get(b).weight(), now.get(c).weight()));
                b++;
                c++;
            }
        }
        return merged;
    }

    private static double share(long weight, long total) {
        return total == 0 ? 0 : weight / (double) total;
    }
}
