package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.model.Span;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Walks one root's critical path back from the root's end (see the package documentation). The
 * walk keeps an explicit stack of frames, one per span it is inside, so depth costs heap, not
 * Java stack. Each span is entered at most once per walk; a walk costs O(s log s) for the s spans
 * under its root.
 */
final class PathWalker {
    private static final int[] NO_INTS = new int[0];
    private static final long[] NO_LONGS = new long[0];

    private final SpanGraph graph;
    private final List<Span> spans;
    /** Per span, the number of the walk that entered it last: a visited set that needs no clearing. */
    private final int[] enteredInWalk;
    private int walkNumber;

    PathWalker(SpanGraph graph) {
        this.graph = graph;
        this.spans = graph.spans();
        this.enteredInWalk = new int[graph.size()];
    }

    /** The segments of the root's path, in time order; they tile the root's [start, end). */
    Segments walk(int root) {
        walkNumber++;
        Segments segments = new Segments();
        Span rootSpan = spans.get(root);
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        stack.push(enter(root, rootSpan.startNanos(), rootSpan.endNanos()));
        long cursor = rootSpan.endNanos();
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            int next = frame.nextChildEndingBy(cursor, enteredInWalk, walkNumber);
            if (next >= 0) {
                long childEnd = frame.childEnds[next];
                frame.own(segments, childEnd, cursor);
                cursor = childEnd;
                stack.push(enter(frame.children[next], frame.childStarts[next], childEnd));
                continue;
            }
            frame.own(segments, frame.lo, cursor);
            cursor = frame.lo;
            stack.pop();
            Frame container = stack.peek();
            if (container == null) {
                break;
            }
            int producer = graph.predecessor(frame.span);
            if (producer < 0 || graph.container(producer) != container.span
                    || enteredInWalk[producer] == walkNumber) {
                continue;
            }
            long producerStart = Math.max(spans.get(producer).startNanos(), container.lo);
            long producerEnd = Math.min(spans.get(producer).endNanos(), container.hi);
            long hop = Math.min(producerEnd, cursor);
            if (hop <= producerStart) {
                continue;
            }
            // The consumer waited for the producer: the message's time in the mailbox, then the producer.
            segments.prepend(frame.span, SegmentKind.QUEUE_WAIT, hop, cursor);
            cursor = hop;
            stack.push(enter(producer, producerStart, hop));
        }
        segments.reverse();
        return segments;
    }

    private Frame enter(int span, long lo, long hi) {
        enteredInWalk[span] = walkNumber;
        int count = graph.childCount(span);
        if (count == 0) {
            return new Frame(span, lo, hi, NO_INTS, NO_LONGS, NO_LONGS, NO_LONGS, NO_LONGS);
        }
        int[] kids = new int[count];
        long[] starts = new long[count];
        long[] ends = new long[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int child = graph.child(span, i);
            Span c = spans.get(child);
            // Children are clamped into their container; those wholly outside it are dropped.
            long start = Math.max(c.startNanos(), lo);
            long end = Math.min(c.endNanos(), hi);
            if (end > start) {
                kids[kept] = child;
                starts[kept] = start;
                ends[kept] = end;
                kept++;
            }
        }
        int[] order = ChildOrder.latestEndFirst(kids, starts, ends, kept, spans);
        int[] sortedKids = new int[kept];
        long[] sortedStarts = new long[kept];
        long[] sortedEnds = new long[kept];
        for (int i = 0; i < kept; i++) {
            sortedKids[i] = kids[order[i]];
            sortedStarts[i] = starts[order[i]];
            sortedEnds[i] = ends[order[i]];
        }
        long[][] union = Coverage.union(starts, ends, kept);
        return new Frame(span, lo, hi, sortedKids, sortedStarts, sortedEnds, union[0], union[1]);
    }

    /** A span the walk is inside: its window, its children latest-ending first, and their coverage. */
    private static final class Frame {
        final int span;
        final long lo;
        final long hi;
        final int[] children;
        final long[] childStarts;
        final long[] childEnds;
        final long[] coverStarts;
        final long[] coverEnds;
        int scan;
        /** Coverage intervals with index >= this start at or after the last gap's end. */
        int coverLimit;

        Frame(int span, long lo, long hi, int[] children, long[] childStarts, long[] childEnds,
                long[] coverStarts, long[] coverEnds) {
            this.span = span;
            this.lo = lo;
            this.hi = hi;
            this.children = children;
            this.childStarts = childStarts;
            this.childEnds = childEnds;
            this.coverStarts = coverStarts;
            this.coverEnds = coverEnds;
            this.coverLimit = coverStarts.length;
        }

        /** The next child, latest end first, that ends by {@code cursor} and was not entered yet; or -1. */
        int nextChildEndingBy(long cursor, int[] entered, int walk) {
            while (scan < children.length && (childEnds[scan] > cursor || entered[children[scan]] == walk)) {
                scan++;
            }
            return scan < children.length ? scan++ : -1;
        }

        /** Adds this span's own time [from, to): running where some child runs, self elsewhere. */
        void own(Segments segments, long from, long to) {
            if (to <= from) {
                return;
            }
            while (coverLimit > 0 && coverStarts[coverLimit - 1] >= to) {
                coverLimit--;
            }
            long t = to;
            for (int k = coverLimit - 1; k >= 0 && t > from; k--) {
                long coverEnd = Math.min(coverEnds[k], t);
                if (coverEnd <= from) {
                    break;
                }
                segments.prepend(span, SegmentKind.SELF, coverEnd, t);
                long coverStart = Math.max(coverStarts[k], from);
                segments.prepend(span, SegmentKind.RUNNING, coverStart, coverEnd);
                t = coverStart;
            }
            segments.prepend(span, SegmentKind.SELF, from, t);
        }
    }
}
