package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.analyzers.flame.FlameLabel;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.FlameTreeBuilder;
import dev.flightpath.analyzers.flame.FlameWindows;
import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        return build(recording, CriticalPathOptions.defaults(), null).tree();
    }

    /**
     * The same tree with each node's self weight split by time window: a path's segments all go to
     * the window in which its root span starts (as the report narrows critical paths by root start).
     *
     * @param options which paths: their trace and range (the other options do not matter here)
     */
    public static FlameWindows buildWindowed(Recording recording, CriticalPathOptions options, TimeWindows windows) {
        return build(recording, options, Objects.requireNonNull(windows, "windows"));
    }

    private static FlameWindows build(Recording recording, CriticalPathOptions options, TimeWindows windows) {
        List<Span> spans = recording.spans();
        SpanGraph graph = SpanGraph.of(spans);
        PathWalker walker = new PathWalker(graph);
        Nodes nodes = new Nodes();
        int[] spanNodes = spanNodes(graph, nodes);
        // Triples builder node, window, weight: one per segment, merged once the tree is built.
        long[] cells = new long[0];
        int size = 0;
        long paths = 0;
        for (int r = 0; r < graph.rootCount(); r++) {
            int root = graph.root(r);
            if (!options.includes(spans.get(root))) {
                continue;
            }
            paths++;
            double weight = spans.get(root).samplingWeight();
            int window = windows == null ? 0 : windows.windowOf(spans.get(root).startNanos());
            Segments segments = walker.walk(root);
            for (int i = 0; i < segments.size(); i++) {
                int node = spanNodes[segments.span(i)];
                if (segments.kind(i) == SegmentKind.QUEUE_WAIT) {
                    node = nodes.child(node, QUEUE_WAIT_FRAME, FlameLabel.Kind.QUEUE_WAIT);
                }
                long self = Math.round((segments.end(i) - segments.start(i)) * weight);
                nodes.tree.addSelf(node, self);
                if (windows != null && self != 0) {
                    if (size + 3 > cells.length) {
                        cells = Arrays.copyOf(cells, Math.max(48, cells.length * 2));
                    }
                    cells[size++] = node;
                    cells[size++] = window;
                    cells[size++] = self;
                }
            }
        }
        FlameTree tree = nodes.toTree(paths);
        if (windows == null) {
            return new FlameWindows(tree, new TimeWindows(0, 1, 1), new long[0]);
        }
        int kept = 0;
        for (int i = 0; i < size; i += 3) {
            int node = nodes.tree.preOrderIndex((int) cells[i]);
            if (node >= 0) {
                cells[kept++] = node;
                cells[kept++] = cells[i + 1];
                cells[kept++] = cells[i + 2];
            }
        }
        return new FlameWindows(tree, windows, FlameWindows.coarser(Arrays.copyOf(cells, kept), 1));
    }

    /** Per span, its node: the names from its root down to it. Parents before children, with a queue. */
    private static int[] spanNodes(SpanGraph graph, Nodes nodes) {
        int n = graph.size();
        int[] spanNodes = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int r = 0; r < graph.rootCount(); r++) {
            int root = graph.root(r);
            spanNodes[root] = nodes.child(0, graph.spans().get(root).name(), FlameLabel.Kind.SPAN);
            queue[tail++] = root;
        }
        for (int head = 0; head < tail; head++) {
            int span = queue[head];
            for (int c = 0; c < graph.childCount(span); c++) {
                int child = graph.child(span, c);
                spanNodes[child] = nodes.child(spanNodes[span], graph.spans().get(child).name(), FlameLabel.Kind.SPAN);
                queue[tail++] = child;
            }
        }
        return spanNodes;
    }

    /** The span-name tree as it grows: labels interned by (name, kind), nodes in a {@link FlameTreeBuilder}. */
    private static final class Nodes {
        final List<FlameLabel> labels = new ArrayList<>();
        final Map<FlameLabel, Integer> labelIds = new HashMap<>();
        final FlameTreeBuilder tree = new FlameTreeBuilder(label(new FlameLabel(FlameTree.ROOT_NAME, FlameLabel.Kind.ROOT)));

        int label(FlameLabel label) {
            return labelIds.computeIfAbsent(label, key -> {
                labels.add(key);
                return labels.size() - 1;
            });
        }

        int child(int parent, String name, FlameLabel.Kind kind) {
            return tree.child(parent, label(new FlameLabel(name, kind)));
        }

        FlameTree toTree(long pathCount) {
            return tree.build(SampleKind.WALL, WEIGHT_UNIT, pathCount, labels);
        }
    }
}
