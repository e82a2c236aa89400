package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.analyzers.flame.FlameLabel;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flame graph of span data: critical-path time by span-name stack (root operation → … → the
 * operation of the segment's span), over every root's path. A queue-wait segment adds a last frame
 * {@value #QUEUE_WAIT_FRAME} under its consumer. Weights are nanoseconds times the path's sampling
 * weight, rounded; the tree's kind is {@link SampleKind#WALL} (wall-clock time) in nanoseconds.
 */
public final class SpanFlameAnalyzer {
    public static final String QUEUE_WAIT_FRAME = "[queue-wait]";
    public static final String WEIGHT_UNIT = "nanoseconds";

    private SpanFlameAnalyzer() {
    }

    public static FlameTree build(Recording recording) {
        List<Span> spans = recording.spans();
        SpanGraph graph = SpanGraph.of(spans);
        PathWalker walker = new PathWalker(graph);
        Nodes nodes = new Nodes();
        int[] spanNodes = spanNodes(graph, nodes);
        for (int r = 0; r < graph.rootCount(); r++) {
            int root = graph.root(r);
            double weight = spans.get(root).samplingWeight();
            Segments segments = walker.walk(root);
            for (int i = 0; i < segments.size(); i++) {
                int node = spanNodes[segments.span(i)];
                if (segments.kind(i) == SegmentKind.QUEUE_WAIT) {
                    node = nodes.child(node, QUEUE_WAIT_FRAME, FlameLabel.Kind.LOCK);
                }
                nodes.selves[node] += Math.round((segments.end(i) - segments.start(i)) * weight);
            }
        }
        return nodes.toTree(graph.rootCount());
    }

    /** Per span, its node: the names from its root down to it. Parents before children, with a queue. */
    private static int[] spanNodes(SpanGraph graph, Nodes nodes) {
        int n = graph.size();
        int[] spanNodes = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int r = 0; r < graph.rootCount(); r++) {
            int root = graph.root(r);
            spanNodes[root] = nodes.child(0, graph.spans().get(root).name(), FlameLabel.Kind.JIT);
            queue[tail++] = root;
        }
        for (int head = 0; head < tail; head++) {
            int span = queue[head];
            for (int c = 0; c < graph.childCount(span); c++) {
                int child = graph.child(span, c);
                spanNodes[child] = nodes.child(spanNodes[span], graph.spans().get(child).name(), FlameLabel.Kind.JIT);
                queue[tail++] = child;
            }
        }
        return spanNodes;
    }

    /** The tree as it grows: node 0 is the root; a child is found by (parent, label). */
    private static final class Nodes {
        final List<FlameLabel> labels = new ArrayList<>();
        final Map<FlameLabel, Integer> labelIds = new HashMap<>();
        final Map<Long, Integer> children = new HashMap<>();
        int[] parents = new int[1024];
        int[] nodeLabels = new int[1024];
        int[] depths = new int[1024];
        long[] selves = new long[1024];
        int size = 1;

        Nodes() {
            parents[0] = -1;
            nodeLabels[0] = label(new FlameLabel(FlameTree.ROOT_NAME, FlameLabel.Kind.ROOT));
        }

        int label(FlameLabel label) {
            Integer id = labelIds.get(label);
            if (id == null) {
                id = labels.size();
                labels.add(label);
                labelIds.put(label, id);
            }
            return id;
        }

        int child(int parent, String name, FlameLabel.Kind kind) {
            int label = label(new FlameLabel(name, kind));
            long key = ((long) parent << 32) | label;
            Integer node = children.get(key);
            if (node != null) {
                return node;
            }
            if (size == parents.length) {
                int capacity = size * 2;
                parents = Arrays.copyOf(parents, capacity);
                nodeLabels = Arrays.copyOf(nodeLabels, capacity);
                depths = Arrays.copyOf(depths, capacity);
                selves = Arrays.copyOf(selves, capacity);
            }
            parents[size] = parent;
            nodeLabels[size] = label;
            depths[size] = depths[parent] + 1;
            children.put(key, size);
            return size++;
        }

        FlameTree toTree(long pathCount) {
            long[] totals = Arrays.copyOf(selves, size);
            for (int node = size - 1; node > 0; node--) {
                totals[parents[node]] += totals[node];
            }
            // Children of each node, sorted by name, as one array with offsets.
            Integer[] byParentThenName = new Integer[size - 1];
            for (int i = 1; i < size; i++) {
                byParentThenName[i - 1] = i;
            }
            Arrays.sort(byParentThenName, (a, b) -> {
                int c = Integer.compare(parents[a], parents[b]);
                if (c != 0) {
                    return c;
                }
                c = labels.get(nodeLabels[a]).name().compareTo(labels.get(nodeLabels[b]).name());
                return c != 0 ? c : labels.get(nodeLabels[a]).kind().compareTo(labels.get(nodeLabels[b]).kind());
            });
            int[] firstChild = new int[size + 1];
            for (int i = 1; i < size; i++) {
                firstChild[parents[i] + 1]++;
            }
            for (int i = 0; i < size; i++) {
                firstChild[i + 1] += firstChild[i];
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
                if (node != 0 && totals[node] == 0) {
                    continue; // a span never on a path: its whole subtree is empty
                }
                outLabels[out] = nodeLabels[node];
                outDepths[out] = depths[node];
                outTotals[out] = totals[node];
                outSelves[out] = selves[node];
                out++;
                for (int c = firstChild[node + 1] - 1; c >= firstChild[node]; c--) {
                    pending[top++] = byParentThenName[c];
                }
            }
            return new FlameTree(SampleKind.WALL, WEIGHT_UNIT, pathCount, labels, Arrays.copyOf(outLabels, out),
                    Arrays.copyOf(outDepths, out), Arrays.copyOf(outTotals, out), Arrays.copyOf(outSelves, out));
        }
    }
}
