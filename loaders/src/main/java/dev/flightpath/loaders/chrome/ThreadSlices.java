package dev.flightpath.loaders.chrome;

import dev.flightpath.loaders.spans.WarningLog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The slices of one thread: its B and E events (matched in time order once the file is read) and
 * its X slices. After matching, {@link #nest} sorts the slices by start (longer first on
 * ties) and gives each the innermost slice enclosing its start as parent, with one iterative sweep.
 */
final class ThreadSlices {
    private final BeginEndMatcher beginsAndEnds = new BeginEndMatcher(true);
    private final List<ChromeSlice> slices = new ArrayList<>();
    private List<ChromeSlice> sorted;
    private int[] parents;

    void begin(ChromeSlice slice, int fileOrder) {
        beginsAndEnds.begin(slice, fileOrder);
        slices.add(slice);
    }

    void end(EndEvent end) {
        beginsAndEnds.end(end);
    }

    void complete(ChromeSlice slice) {
        slices.add(slice);
    }

    /** Matches B with E events in time order; see {@link BeginEndMatcher}. */
    BeginEndMatcher.Result matchBeginsAndEnds(BeginEndMatcher.Closer closer) {
        return beginsAndEnds.replay((slice, enclosing) -> { }, closer);
    }

    void nest(WarningLog warnings) {
        sorted = new ArrayList<>(slices);
        sorted.sort(Comparator.<ChromeSlice>comparingLong(s -> s.draft().startNanos())
                .thenComparing(Comparator.<ChromeSlice>comparingLong(s -> s.draft().endNanos()).reversed())
                .thenComparingInt(ChromeSlice::sequence));
        parents = new int[sorted.size()];
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < sorted.size(); i++) {
            ChromeSlice slice = sorted.get(i);
            long start = slice.draft().startNanos();
            // A slice that ended by this start is a sibling, not an ancestor (unless both start here).
            while (!stack.isEmpty() && sorted.get(stack.peek()).draft().endNanos() <= start
                    && sorted.get(stack.peek()).draft().startNanos() < start) {
                stack.pop();
            }
            parents[i] = stack.isEmpty() ? -1 : stack.peek();
            if (parents[i] >= 0) {
                ChromeSlice parent = sorted.get(parents[i]);
                slice.draft().parentSpanId(parent.draft().spanId());
                if (slice.draft().endNanos() > parent.draft().endNanos()) {
                    warnings.add("overlapping-slices", "slice '" + slice.draft().name() + "' starts inside '"
                            + parent.draft().name() + "' but ends after it");
                }
            }
            stack.push(i);
        }
    }

    /** The innermost slice that encloses {@code timeNanos}, or null. Needs {@link #nest}. */
    ChromeSlice enclosing(long timeNanos) {
        int candidate = lastStartingAtOrBefore(timeNanos);
        while (candidate >= 0) {
            if (sorted.get(candidate).draft().endNanos() >= timeNanos) {
                return sorted.get(candidate);
            }
            candidate = parents[candidate];
        }
        return null;
    }

    /** The first slice that starts at or after {@code timeNanos}, or null. Needs {@link #nest}. */
    ChromeSlice next(long timeNanos) {
        int index = lastStartingAtOrBefore(timeNanos - 1) + 1;
        return index < sorted.size() ? sorted.get(index) : null;
    }

    private int lastStartingAtOrBefore(long timeNanos) {
        int low = 0;
        int high = sorted.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).draft().startNanos() <= timeNanos) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
