package dev.flightpath.loaders.chrome;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Matches the begin and end events of one stack (a thread's B/E events, or the async events of
 * one category and id) in time order, as catapult and Perfetto do: writers need not emit events in
 * time order, so the events are kept until the file is read, then sorted by time (file order on
 * ties) and replayed on a stack. An end with a name closes the innermost open slice of that name
 * (an end whose name matches no open slice closes nothing, as in Perfetto); an end without a name
 * closes the innermost open slice.
 */
final class BeginEndMatcher {
    /** A begin (slice set) or an end (end set), with its place in file order. */
    private record Event(long timeNanos, int fileOrder, ChromeSlice begin, EndEvent end) {
    }

    /** What replaying gave: the ends that closed nothing and the slices never closed. */
    record Result(List<EndEvent> unmatchedEnds, List<ChromeSlice> unterminated) {
    }

    /** Called for each slice closed by an end, with that end. */
    interface Closer {
        void close(ChromeSlice slice, EndEvent end);
    }

    /** Called for each begin, with the innermost slice open at that time (null when none). */
    interface Nester {
        void opened(ChromeSlice slice, ChromeSlice enclosing);
    }

    private final List<Event> events = new ArrayList<>();
    private final boolean matchNames;

    /** @param matchNames whether an end with a name closes the innermost open slice of that name */
    BeginEndMatcher(boolean matchNames) {
        this.matchNames = matchNames;
    }

    void begin(ChromeSlice slice, int fileOrder) {
        events.add(new Event(slice.draft().startNanos(), fileOrder, slice, null));
    }

    void end(EndEvent end) {
        events.add(new Event(end.timeNanos(), end.fileOrder(), null, end));
    }

    /** Replays the events in time order; slices still open stay open (the caller closes them). */
    Result replay(Nester nester, Closer closer) {
        events.sort((a, b) -> a.timeNanos() != b.timeNanos() ? Long.compare(a.timeNanos(), b.timeNanos())
                : Integer.compare(a.fileOrder(), b.fileOrder()));
        Deque<ChromeSlice> open = new ArrayDeque<>();
        List<EndEvent> unmatched = new ArrayList<>();
        for (Event event : events) {
            if (event.begin() != null) {
                nester.opened(event.begin(), open.peek());
                open.push(event.begin());
                continue;
            }
            String name = event.end().name();
            boolean named = matchNames && name != null && !name.isEmpty();
            ChromeSlice match = named ? removeNamed(open, name) : open.poll();
            if (match == null) {
                unmatched.add(event.end());
            } else {
                closer.close(match, event.end());
            }
        }
        events.clear();
        return new Result(unmatched, new ArrayList<>(open));
    }

    private static ChromeSlice removeNamed(Deque<ChromeSlice> open, String name) {
        for (Iterator<ChromeSlice> it = open.iterator(); it.hasNext(); ) {
            ChromeSlice candidate = it.next();
            if (candidate.draft().name().equals(name)) {
                it.remove();
                return candidate;
            }
        }
        return null;
    }
}
