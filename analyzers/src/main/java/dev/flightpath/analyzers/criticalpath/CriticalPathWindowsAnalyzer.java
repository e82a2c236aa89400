package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.analyzers.timeline.WindowHistogram;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The critical paths of {@link CriticalPathAnalyzer} with the same options, each in the time window
 * its root span starts in: per window the paths and their summed duration, and per chosen
 * operation (process, service) the figures of {@link Contribution} as sums and a log-bucket
 * histogram. Also keeps the slowest paths of each group of windows, so a page can show the slowest
 * paths of a range; in the order a page with little room should keep them: the slowest overall
 * (slowest first), then the slowest of each group (in time order), then the second slowest of each,
 * and so on.
 */
public final class CriticalPathWindowsAnalyzer {
    private static final int KINDS = SegmentKind.values().length;

    private CriticalPathWindowsAnalyzer() {
    }

    /**
     * @param operations        the operations (processes, services, by {@code options.groupBy()}) to follow
     * @param groups            how many groups of neighbouring windows to keep slow paths for (at most)
     * @param slowestPerGroup   how many of the slowest paths to keep per group, besides the
     *                          {@code options.slowest()} slowest overall
     */
    public static CriticalPathWindows analyze(Recording recording, CriticalPathOptions options, TimeWindows windows,
            List<String> operations, int groups, int slowestPerGroup) {
        List<Span> spans = recording.spans();
        SpanGraph graph = SpanGraph.of(spans);
        PathWalker walker = new PathWalker(graph);
        GroupKeys keys = new GroupKeys(recording, options.groupBy());
        int count = windows.count();
        Map<String, Integer> ids = new HashMap<>();
        List<Sums> sums = new ArrayList<>(operations.size());
        for (String name : operations) {
            if (!ids.containsKey(name)) {
                ids.put(name, sums.size());
                sums.add(new Sums(name, count));
            }
        }
        long[] paths = new long[count];
        double[] durationNanos = new double[count];
        long[] perPath = new long[sums.size() * KINDS];
        boolean[] onPath = new boolean[sums.size()];
        int[] touched = new int[sums.size()];

        int windowsPerGroup = Math.max(1, (count + Math.max(1, groups) - 1) / Math.max(1, groups));
        int groupCount = (count + windowsPerGroup - 1) / windowsPerGroup;
        PriorityQueue<Integer> overall = slowestHeap(spans);
        List<PriorityQueue<Integer>> perGroup = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            perGroup.add(slowestHeap(spans));
        }

        for (int r = 0; r < graph.rootCount(); r++) {
            int root = graph.root(r);
            Span span = spans.get(root);
            if (!options.includes(span)) {
                continue;
            }
            int w = windows.windowOf(span.startNanos());
            double weight = span.samplingWeight();
            long weightThousandths = Math.max(1, Math.round(weight * 1000));
            paths[w]++;
            durationNanos[w] += weight * span.durationNanos();

            Segments segments = walker.walk(root);
            int touchedCount = 0;
            for (int i = 0; i < segments.size(); i++) {
                Integer id = ids.get(keys.key(segments.span(i)));
                if (id == null) {
                    continue;
                }
                if (!onPath[id]) {
                    onPath[id] = true;
                    touched[touchedCount++] = id;
                }
                perPath[id * KINDS + segments.kind(i).ordinal()] += segments.end(i) - segments.start(i);
            }
            for (int t = 0; t < touchedCount; t++) {
                int id = touched[t];
                sums.get(id).add(w, perPath, id * KINDS, weight, weightThousandths);
                onPath[id] = false;
                for (int k = 0; k < KINDS; k++) {
                    perPath[id * KINDS + k] = 0;
                }
            }
            keep(overall, root, options.slowest());
            keep(perGroup.get(w / windowsPerGroup), root, slowestPerGroup);
        }

        // Keeping order: the slowest overall, then each group's slowest, then each group's second, ...
        List<Integer> overallSlowest = new ArrayList<>(overall);
        overallSlowest.sort((a, b) -> CriticalPathAnalyzer.compareSlowness(spans, a, b));
        Set<Integer> kept = new LinkedHashSet<>(overallSlowest);
        List<List<Integer>> groupSlowest = new ArrayList<>(groupCount);
        for (PriorityQueue<Integer> group : perGroup) {
            List<Integer> roots = new ArrayList<>(group);
            roots.sort((a, b) -> CriticalPathAnalyzer.compareSlowness(spans, a, b));
            groupSlowest.add(roots);
        }
        for (int k = 0; k < slowestPerGroup; k++) {
            for (List<Integer> roots : groupSlowest) {
                if (k < roots.size()) {
                    kept.add(roots.get(k));
                }
            }
        }
        List<Integer> chosen = new ArrayList<>(kept);
        GroupKeys processes = new GroupKeys(recording, GroupBy.PROCESS);
        List<TracePath> slowest = new ArrayList<>(chosen.size());
        for (int root : chosen) {
            slowest.add(CriticalPathAnalyzer.toPath(graph, root, walker.walk(root), processes));
        }
        List<OperationWindows> out = new ArrayList<>(sums.size());
        for (Sums s : sums) {
            out.add(new OperationWindows(s.name, s.paths, s.kindNanos[SegmentKind.SELF.ordinal()],
                    s.kindNanos[SegmentKind.RUNNING.ordinal()], s.kindNanos[SegmentKind.QUEUE_WAIT.ordinal()],
                    s.histogram));
        }
        return new CriticalPathWindows(windows, paths, durationNanos, out, slowest);
    }

    /** A min-heap of roots by slowness: its head is the fastest kept. */
    private static PriorityQueue<Integer> slowestHeap(List<Span> spans) {
        return new PriorityQueue<>((a, b) -> CriticalPathAnalyzer.compareSlowness(spans, b, a));
    }

    private static void keep(PriorityQueue<Integer> heap, int root, int size) {
        if (size <= 0) {
            return;
        }
        heap.add(root);
        if (heap.size() > size) {
            heap.poll();
        }
    }

    private static final class Sums {
        final String name;
        final long[] paths;
        final double[][] kindNanos;
        final WindowHistogram histogram;

        Sums(String name, int windows) {
            this.name = name;
            this.paths = new long[windows];
            this.kindNanos = new double[KINDS][windows];
            this.histogram = new WindowHistogram(windows);
        }

        void add(int window, long[] perPath, int at, double weight, long weightThousandths) {
            long sum = 0;
            for (int k = 0; k < KINDS; k++) {
                kindNanos[k][window] += weight * perPath[at + k];
                sum += perPath[at + k];
            }
            paths[window]++;
            histogram.add(window, sum, weightThousandths);
        }
    }
}
