package dev.flightpath.analyzers.criticalpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import dev.flightpath.model.SpanStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Seeded random span forests (skew, overlaps, producers and consumers, links, orphans): the invariants of every path. */
class CriticalPathPropertyTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 42, 4711, 90210})
    void pathsTileTheirRootsAndStayUnderThem(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            Recording recording = SpanRecording.build(randomSpans(random, 1 + random.nextInt(200)));
            checkAll(recording);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110})
    void withoutMessagesTheWalkEqualsARecursiveReading(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            List<Span> spans = new ArrayList<>();
            for (Span span : randomSpans(random, 1 + random.nextInt(150))) {
                spans.add(span(span.traceId(), span.spanId(), span.parentSpanId(), span.startNanos(), span.endNanos(),
                        SpanKind.INTERNAL, List.of()));
            }
            Recording recording = SpanRecording.build(spans);
            SpanGraph graph = SpanGraph.of(spans);
            List<TracePath> paths = CriticalPathAnalyzer.paths(recording);
            for (int p = 0; p < paths.size(); p++) {
                int root = graph.root(p);
                List<String> expected = new ArrayList<>();
                recursive(graph, root, spans.get(root).startNanos(), spans.get(root).endNanos(), expected);
                List<String> actual = new ArrayList<>();
                for (PathSegment segment : paths.get(p).segments()) {
                    for (long t = segment.startNanos(); t < segment.endNanos(); t++) {
                        actual.add(segment.spanIndex() + " " + segment.kind());
                    }
                }
                java.util.Collections.reverse(expected);
                assertEquals(expected, actual, "seed " + seed + " round " + round + " root " + root);
            }
        }
    }

    /** The rules read recursively, one entry per nanosecond, latest first: the oracle for small trees. */
    private static void recursive(SpanGraph graph, int span, long lo, long hi, List<String> latestFirst) {
        List<long[]> kids = new ArrayList<>();
        for (int c = 0; c < graph.childCount(span); c++) {
            int child = graph.child(span, c);
            Span k = graph.spans().get(child);
            long start = Math.max(k.startNanos(), lo);
            long end = Math.min(k.endNanos(), hi);
            if (end > start) {
                kids.add(new long[] {child, start, end, k.endNanos()});
            }
        }
        kids.sort((a, b) -> a[2] != b[2] ? Long.compare(b[2], a[2]) : a[3] != b[3] ? Long.compare(b[3], a[3])
                : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[0], b[0]));
        long cursor = hi;
        for (long[] kid : kids) {
            if (kid[2] <= cursor) {
                own(span, kids, kid[2], cursor, latestFirst);
                recursive(graph, (int) kid[0], kid[1], kid[2], latestFirst);
                cursor = kid[1];
            }
        }
        own(span, kids, lo, cursor, latestFirst);
    }

    private static void own(int span, List<long[]> kids, long from, long to, List<String> latestFirst) {
        for (long t = to - 1; t >= from; t--) {
            boolean covered = false;
            for (long[] kid : kids) {
                covered |= kid[1] <= t && t < kid[2];
            }
            latestFirst.add(span + " " + (covered ? SegmentKind.RUNNING : SegmentKind.SELF));
        }
    }

    @Test
    void aHundredThousandDeepChain() {
        int depth = 100_000;
        List<Span> spans = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            spans.add(span("t", "s" + i, i == 0 ? "" : "s" + (i - 1), i, 2L * depth - i, SpanKind.INTERNAL, List.of()));
        }
        Recording recording = SpanRecording.build(spans);
        List<TracePath> paths = checkAll(recording);
        assertEquals(1, paths.size());
        // Each span but the deepest has self time on both sides of its child.
        assertEquals(2 * depth - 1, paths.get(0).segments().size());
        assertEquals("s" + (depth - 1), paths.get(0).segments().get(depth - 1).spanId());
    }

    @Test
    void aMillionSpanTrace() {
        int n = 1_000_000;
        List<Span> spans = new ArrayList<>(n);
        spans.add(span("t", "root", "", 0, 10L * n, SpanKind.INTERNAL, List.of()));
        // 999,999 children in groups of three: a parent and two nested children each, overlapping their neighbours.
        for (int i = 1; i < n; i++) {
            int group = (i - 1) / 3;
            String id = "s" + i;
            if ((i - 1) % 3 == 0) {
                spans.add(span("t", id, "root", 10L * group, 10L * group + 15, SpanKind.INTERNAL, List.of()));
            } else {
                String parent = "s" + (1 + 3 * group);
                long start = 10L * group + ((i - 1) % 3) * 4;
                spans.add(span("t", id, parent, start, start + 3, SpanKind.INTERNAL, List.of()));
            }
        }
        Recording recording = SpanRecording.build(spans);
        List<TracePath> paths = checkAll(recording);
        assertEquals(1, paths.size());
        CriticalPathReport report = CriticalPathAnalyzer.analyze(recording, CriticalPathOptions.defaults());
        assertEquals(10L * n, report.totalNanos());
    }

    /** Checks every path's invariants and returns the paths. */
    static List<TracePath> checkAll(Recording recording) {
        List<Span> spans = recording.spans();
        SpanGraph graph = SpanGraph.of(spans);
        List<TracePath> paths = CriticalPathAnalyzer.paths(recording);
        assertEquals(graph.rootCount(), paths.size());
        int[] rootOf = rootOf(graph);
        for (int p = 0; p < paths.size(); p++) {
            int root = graph.root(p);
            TracePath path = paths.get(p);
            assertEquals(spans.get(root).spanId(), path.rootSpanId());
            long cursor = path.startNanos();
            long sum = 0;
            for (PathSegment segment : path.segments()) {
                assertEquals(cursor, segment.startNanos(), "contiguous");
                assertTrue(segment.endNanos() > segment.startNanos(), "non-empty");
                cursor = segment.endNanos();
                sum += segment.durationNanos();
                Span span = spans.get(segment.spanIndex());
                if (segment.kind() != SegmentKind.QUEUE_WAIT) {
                    assertTrue(segment.startNanos() >= span.startNanos() && segment.endNanos() <= span.endNanos(),
                            "a span's segment lies in its time");
                } else {
                    assertTrue(segment.endNanos() <= span.startNanos() || segment.endNanos() == path.startNanos(),
                            "a queue wait ends by its consumer's start");
                }
                assertEquals(root, rootOf[segment.spanIndex()], "the segment's span is the root or under it");
            }
            assertEquals(path.endNanos(), cursor, "ends at the root's end");
            assertEquals(path.durationNanos(), sum, "sums to the root's duration");
        }
        return paths;
    }

    /** Per span, the root its container chain ends at; memoised, so a deep chain costs O(n). */
    private static int[] rootOf(SpanGraph graph) {
        int n = graph.size();
        int[] rootOf = new int[n];
        java.util.Arrays.fill(rootOf, -1);
        int[] walk = new int[n];
        for (int i = 0; i < n; i++) {
            int size = 0;
            int s = i;
            while (rootOf[s] < 0 && graph.container(s) >= 0) {
                walk[size++] = s;
                s = graph.container(s);
            }
            int root = rootOf[s] >= 0 ? rootOf[s] : s;
            rootOf[s] = root;
            for (int k = 0; k < size; k++) {
                rootOf[walk[k]] = root;
            }
        }
        return rootOf;
    }

    private static List<Span> randomSpans(Random random, int n) {
        List<Span> spans = new ArrayList<>(n);
        Map<String, Span> byId = new HashMap<>();
        int traces = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String trace = "t" + random.nextInt(traces);
            String id = "s" + i;
            Span parent = null;
            if (i > 0 && random.nextInt(10) > 0) {
                parent = spans.get(random.nextInt(i));
            }
            long start;
            long end;
            String parentId = "";
            if (parent == null) {
                start = random.nextInt(1000);
                end = start + random.nextInt(500);
                if (random.nextInt(8) == 0) {
                    parentId = "orphan" + i;
                }
            } else {
                trace = parent.traceId();
                parentId = parent.spanId();
                long length = Math.max(1, parent.durationNanos());
                // Mostly inside the parent, sometimes skewed out of it, sometimes wholly outside.
                start = parent.startNanos() + random.nextInt((int) Math.min(length + 20, 2000)) - 10;
                end = start + random.nextInt((int) Math.min(length + 30, 2000));
            }
            SpanKind kind = SpanKind.values()[random.nextInt(SpanKind.values().length)];
            List<SpanLink> links = new ArrayList<>();
            if (i > 0 && random.nextInt(4) == 0) {
                Span target = spans.get(random.nextInt(i));
                LinkKind linkKind = LinkKind.values()[random.nextInt(LinkKind.values().length)];
                links.add(new SpanLink(target.traceId(), target.spanId(), linkKind));
            }
            Span span = span(trace, id, parentId, start, end, kind, links);
            spans.add(span);
            byId.put(id, span);
        }
        return spans;
    }

    private static Span span(String trace, String id, String parent, long start, long end, SpanKind kind,
            List<SpanLink> links) {
        return new Span(trace, id, parent, links, "op-" + id.hashCode() % 7, 0, start, end, kind, SpanStatus.UNSET,
                Map.of(), 1.0);
    }
}
