package dev.flightpath.analyzers.flame;

import dev.flightpath.model.Recording;
import dev.flightpath.model.StackTable;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link FlameTree} from a recording's samples: aggregates them by stack first, then
 * merges the distinct stacks into a tree. Loops only: stacks can be thousands of frames deep.
 */
public final class FlameAnalyzer {
    private FlameAnalyzer() {
    }

    public static FlameTree build(Recording recording, FlameOptions options) {
        SelectedStacks selected = SelectedStacks.select(recording, options);
        StackTable stacks = recording.stacks();
        FrameLabels labels = new FrameLabels(stacks, options.lines(), options.simple());
        int rootLabel = labels.intern(new FlameLabel(FlameTree.ROOT_NAME, FlameLabel.Kind.ROOT));
        Nodes nodes = new Nodes(rootLabel);
        int noStackLabel = -1;
        for (int entry = 0; entry < selected.size(); entry++) {
            long weight = selected.weight(entry, options.total());
            if (weight == 0) {
                continue;
            }
            int node = 0;
            nodes.totals[0] += weight;
            if (selected.group(entry) >= 0) {
                node = nodes.child(node, labels.intern(new FlameLabel(selected.groupName(selected.group(entry)),
                        FlameLabel.Kind.THREAD)), weight);
            }
            int stackId = selected.stackId(entry);
            if (stackId == SelectedStacks.NO_STACK) {
                if (noStackLabel < 0) {
                    noStackLabel = labels.intern(new FlameLabel(FrameLabels.NO_STACK_NAME, FlameLabel.Kind.OTHER));
                }
                node = nodes.child(node, noStackLabel, weight);
            } else {
                int depth = stacks.depth(stackId);
                for (int step = 0; step < depth; step++) {
                    int fromLeaf = options.reverse() ? step : depth - 1 - step;
                    node = nodes.child(node, labels.ofFrame(stacks.frameAt(stackId, fromLeaf)), weight);
                }
            }
            nodes.selves[node] += weight;
        }
        return nodes.toPreOrder(options, selected.sampleCount(), labels.all());
    }

    /** The tree as it grows: nodes in creation order, a child found by (parent, label). */
    private static final class Nodes {
        int[] parents = new int[1024];
        int[] labelIds = new int[1024];
        int[] depths = new int[1024];
        long[] totals = new long[1024];
        long[] selves = new long[1024];
        int size = 1;
        final LongIntMap children = new LongIntMap(1024);

        Nodes(int rootLabel) {
            parents[0] = -1;
            labelIds[0] = rootLabel;
        }

        int child(int parent, int label, long weight) {
            long key = key(parent, label);
            int node = children.get(key);
            if (node < 0) {
                node = add(parent, label);
                children.put(key, node);
            }
            totals[node] += weight;
            return node;
        }

        private static long key(int parent, int label) {
            return ((long) parent << 32) | (label & 0xFFFFFFFFL);
        }

        private int add(int parent, int label) {
            if (size == parents.length) {
                int capacity = size * 2;
                parents = Arrays.copyOf(parents, capacity);
                labelIds = Arrays.copyOf(labelIds, capacity);
                depths = Arrays.copyOf(depths, capacity);
                totals = Arrays.copyOf(totals, capacity);
                selves = Arrays.copyOf(selves, capacity);
            }
            parents[size] = parent;
            labelIds[size] = label;
            depths[size] = depths[parent] + 1;
            return size++;
        }

        FlameTree toPreOrder(FlameOptions options, long sampleCount, List<FlameLabel> labels) {
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
            int top = 0;
            pending[top++] = 0;
            int out = 0;
            while (top > 0) {
                int node = pending[--top];
                outLabels[out] = labelIds[node];
                outDepths[out] = depths[node];
                outTotals[out] = totals[node];
                outSelves[out] = selves[node];
                out++;
                for (int c = firstChild[node + 1] - 1; c >= firstChild[node]; c--) {
                    pending[top++] = sortedChildren[c];
                }
            }
            return new FlameTree(options.kind(), options.weightUnit(), sampleCount, labels, outLabels, outDepths,
                    outTotals, outSelves);
        }
    }
}
