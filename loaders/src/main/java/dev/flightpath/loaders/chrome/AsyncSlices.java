package dev.flightpath.loaders.chrome;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Matches async begin and end events. Nestable ones ({@code b}/{@code e}) with the same category
 * and id form a stack: an {@code e} closes the innermost open {@code b} of that name (or the
 * innermost one when it has no name), and a {@code b} opened inside another is its child. Legacy
 * ones ({@code S}/{@code F}) match by category, id and name.
 */
final class AsyncSlices {
    private final Map<String, Deque<ChromeSlice>> open = new HashMap<>();

    /** @return the parent (the innermost open slice with the key), or null */
    ChromeSlice begin(String key, ChromeSlice slice) {
        Deque<ChromeSlice> stack = open.computeIfAbsent(key, k -> new ArrayDeque<>());
        ChromeSlice parent = stack.peek();
        stack.push(slice);
        return parent;
    }

    /** Closes the matching slice at {@code timeNanos}; null when none was open. */
    ChromeSlice end(String key, String name, long timeNanos) {
        Deque<ChromeSlice> stack = open.get(key);
        if (stack == null || stack.isEmpty()) {
            return null;
        }
        ChromeSlice match = null;
        if (name != null && !name.isEmpty()) {
            for (Iterator<ChromeSlice> it = stack.iterator(); it.hasNext(); ) {
                ChromeSlice candidate = it.next();
                if (candidate.draft().name().equals(name)) {
                    match = candidate;
                    it.remove();
                    break;
                }
            }
        }
        if (match == null) {
            match = stack.pop();
        }
        match.draft().endNanos(Math.max(timeNanos, match.draft().startNanos()));
        return match;
    }

    /** Closes everything still open; returns the slices closed. */
    List<ChromeSlice> closeAll(long endNanos) {
        List<ChromeSlice> closed = new ArrayList<>();
        for (Deque<ChromeSlice> stack : open.values()) {
            for (ChromeSlice slice : stack) {
                slice.draft().endNanos(Math.max(endNanos, slice.draft().startNanos()));
                closed.add(slice);
            }
            stack.clear();
        }
        return closed;
    }
}
