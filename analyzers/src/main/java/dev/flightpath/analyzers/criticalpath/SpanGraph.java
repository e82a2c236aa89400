package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who contains whom on a critical path: per span its container (the span whose time it lies in),
 * its message predecessor, and the containers' children; the spans without a container are the
 * roots. Built with loops only, so 100,000-deep chains and cycles in bad data are fine.
 */
public final class SpanGraph {
    static final int NONE = -1;
    private static final int UNRESOLVED = -2;
    private static final int IN_PROGRESS = -3;

    private final List<Span> spans;
    private final int[] container;
    private final int[] predecessor;
    private final int[] firstChild;
    private final int[] children;
    private final int[] roots;

    private SpanGraph(List<Span> spans, int[] container, int[] predecessor) {
        this.spans = spans;
        this.container = container;
        this.predecessor = predecessor;
        int n = spans.size();
        firstChild = new int[n + 1];
        int rootCount = 0;
        for (int i = 0; i < n; i++) {
            if (container[i] == NONE) {
                rootCount++;
            } else {
                firstChild[container[i] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            firstChild[i + 1] += firstChild[i];
        }
        children = new int[n - rootCount];
        roots = new int[rootCount];
        int[] fill = Arrays.copyOf(firstChild, n);
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (container[i] == NONE) {
                roots[r++] = i;
            } else {
                children[fill[container[i]]++] = i;
            }
        }
    }

    /** The graph of a recording's spans (see the package documentation for the rules). */
    public static SpanGraph of(List<Span> spans) {
        int n = spans.size();
        Map<SpanKey, Integer> index = new HashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(new SpanKey(spans.get(i).traceId(), spans.get(i).spanId()), i);
        }
        int[] parent = new int[n];
        int[] predecessor = new int[n];
        boolean[] successor = new boolean[n];
        for (int i = 0; i < n; i++) {
            Span span = spans.get(i);
            parent[i] = span.isRoot() ? NONE : find(index, span.traceId(), span.parentSpanId());
            if (parent[i] == i) {
                parent[i] = NONE;
            }
            predecessor[i] = predecessor(spans, index, i, parent[i]);
            int p = predecessor[i];
            successor[i] = p >= 0 && spans.get(p).traceId().equals(span.traceId())
                    && (parent[i] == NONE || parent[i] == p);
        }
        int[] container = resolveContainers(spans, parent, predecessor, successor);
        breakCycles(container);
        return new SpanGraph(spans, container, predecessor);
    }

    private static int find(Map<SpanKey, Integer> index, String traceId, String spanId) {
        Integer found = index.get(new SpanKey(traceId, spanId));
        return found == null ? NONE : found;
    }

    /** The producer a span consumed its message from, by the rules of the message extractor, or NONE. */
    private static int predecessor(List<Span> spans, Map<SpanKey, Integer> index, int i, int parent) {
        Span span = spans.get(i);
        int found = NONE;
        if (span.kind() == SpanKind.CONSUMER && parent >= 0 && spans.get(parent).kind() == SpanKind.PRODUCER) {
            found = parent;
        } else {
            for (SpanLink link : span.links()) {
                int target = find(index, link.traceId(), link.spanId());
                if (target < 0 || target == i) {
                    continue;
                }
                if (link.kind() == LinkKind.FOLLOWS_FROM || link.kind() == LinkKind.FLOW
                        || (span.kind() == SpanKind.CONSUMER && spans.get(target).kind() == SpanKind.PRODUCER)) {
                    found = target;
                    break;
                }
            }
        }
        // Cause before effect: a producer that starts after its consumer is clock skew or a bad link.
        return found >= 0 && spans.get(found).startNanos() <= span.startNanos() ? found : NONE;
    }

    /**
     * A successor's container is its predecessor's container, if the successor starts within it;
     * else it is a root. Everyone else's container is its parent. Chains of successors are
     * followed with a list, not recursion; a cycle of successors makes its last member a root.
     */
    private static int[] resolveContainers(List<Span> spans, int[] parent, int[] predecessor, boolean[] successor) {
        int n = spans.size();
        int[] container = new int[n];
        Arrays.fill(container, UNRESOLVED);
        int[] chain = new int[16];
        for (int i = 0; i < n; i++) {
            if (container[i] != UNRESOLVED) {
                continue;
            }
            int size = 0;
            int j = i;
            int base;
            while (true) {
                if (container[j] >= NONE) {
                    base = container[j];
                    break;
                }
                if (container[j] == IN_PROGRESS) {
                    base = NONE;
                    break;
                }
                if (!successor[j]) {
                    container[j] = parent[j];
                    base = parent[j];
                    break;
                }
                container[j] = IN_PROGRESS;
                if (size == chain.length) {
                    chain = Arrays.copyOf(chain, size * 2);
                }
                chain[size++] = j;
                j = predecessor[j];
            }
            for (int k = size - 1; k >= 0; k--) {
                int s = chain[k];
                int candidate = k == size - 1 ? base : container[chain[k + 1]];
                container[s] = candidate != s && startsWithin(spans, s, candidate) ? candidate : NONE;
            }
        }
        return container;
    }

    private static boolean startsWithin(List<Span> spans, int span, int container) {
        if (container < 0) {
            return false;
        }
        long start = spans.get(span).startNanos();
        return start >= spans.get(container).startNanos() && start < spans.get(container).endNanos();
    }

    /** Cuts every cycle of containers (bad data: a span inside its own descendant) by making one member a root. */
    private static void breakCycles(int[] container) {
        int n = container.length;
        // state: 0 = unknown, 1 = on the current walk, 2 = reaches a root
        byte[] state = new byte[n];
        int[] walk = new int[16];
        for (int i = 0; i < n; i++) {
            int size = 0;
            int j = i;
            while (j != NONE && state[j] == 0) {
                state[j] = 1;
                if (size == walk.length) {
                    walk = Arrays.copyOf(walk, size * 2);
                }
                walk[size++] = j;
                j = container[j];
            }
            if (j != NONE && state[j] == 1) {
                container[j] = NONE; // j is on a cycle: cut it there
            }
            for (int k = 0; k < size; k++) {
                state[walk[k]] = 2;
            }
        }
    }

    public List<Span> spans() {
        return spans;
    }

    public int size() {
        return container.length;
    }

    /** The span whose time this span lies in, or -1 for a root. */
    public int container(int span) {
        return container[span];
    }

    /** The producer span this span consumed its message from, or -1. */
    public int predecessor(int span) {
        return predecessor[span];
    }

    /** The roots, in file order. */
    public int[] roots() {
        return roots.clone();
    }

    public int rootCount() {
        return roots.length;
    }

    public int root(int i) {
        return roots[i];
    }

    public int childCount(int span) {
        return firstChild[span + 1] - firstChild[span];
    }

    public int child(int span, int i) {
        return children[firstChild[span] + i];
    }

    private record SpanKey(String traceId, String spanId) {
    }
}
