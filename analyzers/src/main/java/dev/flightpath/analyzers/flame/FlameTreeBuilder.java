package dev.flightpath.analyzers.flame;

import dev.flightpath.model.SampleKind;
import java.util.Arrays;
import java.util.List;

/**
 * Grows a call tree node by node and writes it out as a {@link FlameTree}: node 0 is the root, a
 * child is found by (parent, label), and each node carries its self weight. Totals are derived
 * from the self weights; siblings come out sorted by label name (then kind), in pre-order, and
 * subtrees with no weight are left out. Loops only: trees can be thousands of nodes deep.
 */
public final class FlameTreeBuilder {
    private int[] parents = new int[1024];
    private int[] labelIds = new int[1024];
    private int[] depths = new int[1024];
    private long[] selves = new long[1024];
    private int size = 1;
    private final LongIntMap children = new LongIntMap(1024);
    private int[] preOrder;

    /** A tree whose root has the given label id. */
    public FlameTreeBuilder(int rootLabel) {
        parents[0] = -1;
        labelIds[0] = rootLabel;
    }

    /** The child of {@code parent} with this label id, added if it is new. */
    public int child(int parent, int label) {
        long key = key(parent, label);
        int node = children.get(key);
        if (node >= 0) {
            return node;
        }
        if (size == parents.length) {
            int capacity = size * 2;
            parents = Arrays.copyOf(parents, capacity);
            labelIds = Arrays.copyOf(labelIds, capacity);
            depths = Arrays.copyOf(depths, capacity);
            selves = Arrays.copyOf(selves, capacity);
        }
        parents[size] = parent;
        labelIds[size] = label;
        depths[size] = depths[parent] + 1;
        children.put(key, size);
        return size++;
    }

    /** Adds weight that ends at {@code node} (its self weight, and so every ancestor's total). */
    public void addSelf(int node, long weight) {
        selves[node] += weight;
    }

    private static long key(int parent, int label) {
        return ((long) parent << 32) | (label & 0xFFFFFFFFL);
    }

    /**
     * Where each node of this builder ended up in the tree {@link #build} last made: its pre-order
     * index, or -1 for a node left out (no weight below it).
     */
    public int preOrderIndex(int node) {
        if (preOrder == null) {
            throw new IllegalStateException("build the tree first");
        }
        return preOrder[node];
    }

    /**
     * The tree in pre-order.
     *
     * @param labels the labels the ids given to {@link #child} index
     */
    public FlameTree build(SampleKind kind, String weightUnit, long sampleCount, List<FlameLabel> labels) {
        long[] totals = Arrays.copyOf(selves, size);
        for (int node = size - 1; node > 0; node--) {
            totals[parents[node]] += totals[node]; // children are always created after their parent
        }
        // Rank labels by name so siblings come out sorted; then sort (parent, rank) pairs as longs.
        Integer[] byName = new Integer[labels.size()];
        for (int i = 0; i < byName.length; i++) {
            byName[i] = i;
        }
        Arrays.sort(byName, (a, b) -> {
            int c = labels.get(a).name().compareTo(labels.get(b).name());
            return c != 0 ? c : labels.get(a).kind().compareTo(labels.get(b).kind());
        });
        int[] rank = new int[labels.size()];
        for (int r = 0; r < byName.length; r++) {
            rank[byName[r]] = r;
        }
        long[] keys = new long[size - 1];
        for (int node = 1; node < size; node++) {
            keys[node - 1] = key(parents[node], rank[labelIds[node]]);
        }
        Arrays.sort(keys);
        // Children of each parent, in name order, as one array with an offset per parent.
        int[] sortedChildren = new int[size - 1];
        int[] firstChild = new int[size + 1];
        for (int i = 0; i < keys.length; i++) {
            int parent = (int) (keys[i] >>> 32);
            int label = byName[(int) keys[i]];
            sortedChildren[i] = children.get(key(parent, label));
            firstChild[parent + 1]++;
        }
        for (int node = 0; node < size; node++) {
            firstChild[node + 1] += firstChild[node];
        }
        int[] outLabels = new int[size];
        int[] outDepths = new int[size];
        long[] outTotals = new long[size];
        long[] outSelves = new long[size];
        int[] pending = new int[size];
        preOrder = new int[size];
        Arrays.fill(preOrder, -1);
        int top = 0;
        pending[top++] = 0;
        int out = 0;
        while (top > 0) {
            int node = pending[--top];
            if (node != 0 && totals[node] == 0) {
                continue; // no weight anywhere below: leave the subtree out
            }
            preOrder[node] = out;
            outLabels[out] = labelIds[node];
            outDepths[out] = depths[node];
            outTotals[out] = totals[node];
            outSelves[out] = selves[node];
            out++;
            for (int c = firstChild[node + 1] - 1; c >= firstChild[node]; c--) {
                pending[top++] = sortedChildren[c];
            }
        }
        return new FlameTree(kind, weightUnit, sampleCount, labels, Arrays.copyOf(outLabels, out),
                Arrays.copyOf(outDepths, out), Arrays.copyOf(outTotals, out), Arrays.copyOf(outSelves, out));
    }
}
