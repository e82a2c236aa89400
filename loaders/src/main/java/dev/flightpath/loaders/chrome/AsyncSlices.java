package dev.flightpath.loaders.chrome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The async events of a file, one {@link BeginEndMatcher} per stack. Nestable ones
 * ({@code b}/{@code e}) with the same category and id form a stack: an {@code e} closes the
 * innermost open {@code b} of that name (or the innermost one when it has no name), and a
 * {@code b} opened inside another is its child. Legacy ones ({@code S}/{@code F}) match by
 * category, id and name. Matching waits for the whole file, in time order.
 */
final class AsyncSlices {
    private final Map<String, BeginEndMatcher> stacks = new LinkedHashMap<>();
    private final Map<String, Boolean> nestable = new LinkedHashMap<>();

    void begin(String key, boolean nests, ChromeSlice slice, int fileOrder) {
        stack(key, nests).begin(slice, fileOrder);
    }

    void end(String key, boolean nests, EndEvent end) {
        stack(key, nests).end(end);
    }

    private BeginEndMatcher stack(String key, boolean nests) {
        nestable.putIfAbsent(key, nests);
        return stacks.computeIfAbsent(key, k -> new BeginEndMatcher(true));
    }

    /** Matches every stack; returns the ends that closed nothing, adds the slices left open. */
    List<EndEvent> match(BeginEndMatcher.Closer closer, List<ChromeSlice> unterminated) {
        List<EndEvent> unmatched = new ArrayList<>();
        for (Map.Entry<String, BeginEndMatcher> stack : stacks.entrySet()) {
            boolean nests = nestable.get(stack.getKey());
            BeginEndMatcher.Result result = stack.getValue().replay((slice, enclosing) -> {
                if (nests && enclosing != null) {
                    slice.draft().parentSpanId(enclosing.draft().spanId());
                }
            }, closer);
            unmatched.addAll(result.unmatchedEnds());
            unterminated.addAll(result.unterminated());
        }
        return unmatched;
    }
}
