package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.model.DataKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Critical paths of a recording's spans: one per root span (see the package documentation), added
 * up per operation, process or service, with the slowest paths kept whole.
 */
public final class CriticalPathAnalyzer {
    /** What the analysis reads from a file. */
    public static final Set<DataKind> NEEDS = Set.of(DataKind.SPANS);

    private CriticalPathAnalyzer() {
    }

    public static CriticalPathReport analyze(Recording recording, CriticalPathOptions options) {
        SpanGraph graph = SpanGraph.of(recording.spans());
        PathWalker walker = new PathWalker(graph);
        GroupKeys keys = new GroupKeys(recording, options.groupBy());
        GroupKeys processes = new GroupKeys(recording, GroupBy.PROCESS);
        ContributionAggregator aggregator = new ContributionAggregator(keys);
        // The slowest roots: a min-heap by (duration, then later file position is "smaller").
        PriorityQueue<Integer> slowest = new PriorityQueue<>((a, b) -> compareSlowness(recording.spans(), b, a));
        Set<String> traces = new HashSet<>();
        long paths = 0;
        for (int r = 0; r < graph.rootCount(); r++) {
            int root = graph.root(r);
            Span span = recording.spans().get(root);
            if (!options.includes(span)) {
                continue;
            }
            Segments segments = walker.walk(root);
            aggregator.add(segments, span.samplingWeight(), span.durationNanos());
            traces.add(span.traceId());
            paths++;
            if (options.slowest() > 0) {
                slowest.add(root);
                if (slowest.size() > options.slowest()) {
                    slowest.poll();
                }
            }
        }
        List<Integer> chosen = new ArrayList<>(slowest);
        chosen.sort((a, b) -> compareSlowness(recording.spans(), a, b));
        List<TracePath> slowestPaths = new ArrayList<>(chosen.size());
        for (int root : chosen) {
            slowestPaths.add(toPath(graph, root, walker.walk(root), processes));
        }
        return new CriticalPathReport(options.groupBy(), paths, traces.size(), aggregator.totalNanos(),
                aggregator.estimated(), aggregator.contributions(), slowestPaths);
    }

    /** Every root's path, in file order of the roots. */
    public static List<TracePath> paths(Recording recording) {
        SpanGraph graph = SpanGraph.of(recording.spans());
        PathWalker walker = new PathWalker(graph);
        GroupKeys processes = new GroupKeys(recording, GroupBy.PROCESS);
        List<TracePath> out = new ArrayList<>(graph.rootCount());
        for (int r = 0; r < graph.rootCount(); r++) {
            out.add(toPath(graph, graph.root(r), walker.walk(graph.root(r)), processes));
        }
        return out;
    }

    /** Slowest first: longer duration, then earlier in the file. */
    static int compareSlowness(List<Span> spans, int a, int b) {
        int c = Long.compare(spans.get(b).durationNanos(), spans.get(a).durationNanos());
        return c != 0 ? c : Integer.compare(a, b);
    }

    static TracePath toPath(SpanGraph graph, int root, Segments segments, GroupKeys processes) {
        List<Span> spans = graph.spans();
        List<PathSegment> out = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Span span = spans.get(segments.span(i));
            out.add(new PathSegment(segments.span(i), span.spanId(), span.name(), processes.processName(span),
                    segments.kind(i), segments.start(i), segments.end(i)));
        }
        Span rootSpan = spans.get(root);
        Upstream upstream = null;
        int producer = graph.predecessor(root);
        if (producer >= 0) {
            Span p = spans.get(producer);
            upstream = new Upstream(p.traceId(), p.spanId(), p.name(),
                    Math.max(0, rootSpan.startNanos() - p.endNanos()));
        }
        return new TracePath(rootSpan.traceId(), rootSpan.spanId(), rootSpan.name(), rootSpan.startNanos(),
                rootSpan.endNanos(), rootSpan.samplingWeight(), out, upstream);
    }
}
