package dev.flightpath.loaders.spans;

import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the spans of one file and freezes them, repairing what can be repaired and logging a
 * warning for each problem:
 * <ul>
 *   <li>{@code missing-field}: a span without a trace or span id is dropped;</li>
 *   <li>{@code negative-duration}: the end is clamped to the start;</li>
 *   <li>{@code duplicate-span-id}: a later span with the id of an earlier one in the same trace is
 *       kept under the id {@code <id>#<n>} (children keep pointing at the first);</li>
 *   <li>{@code parent-cycle}: a chain of parents that loops is cut by making the span where the
 *       walk re-entered the loop a root;</li>
 *   <li>{@code orphan-span}: the parent id is not in the file; the id is kept, the span is a root
 *       for tree walks;</li>
 *   <li>{@code clock-skew}: a child starts before or ends after its parent (kept as is); not
 *       checked between a PRODUCER parent or a CONSUMER child, which may run after it.</li>
 * </ul>
 * Every walk is iterative, so a parent chain 100,000 spans deep is fine.
 */
public final class SpanSetAssembler {
    private final WarningLog warnings;
    private final TextCleaner text;
    private final boolean checkClockSkew;

    /**
     * @param checkClockSkew whether a child outside its parent's interval is a warning (it is for
     *                       distributed traces; Chrome slices are nested by time, so never)
     */
    public SpanSetAssembler(WarningLog warnings, boolean checkClockSkew) {
        this.warnings = warnings;
        this.text = new TextCleaner(warnings);
        this.checkClockSkew = checkClockSkew;
    }

    /**
     * Checks and freezes the drafts, in order. The drafts are consumed: {@code drafts} is empty
     * afterwards, so that each draft can be collected as soon as its span exists.
     */
    public List<Span> assemble(List<SpanDraft> drafts) {
        List<SpanDraft> kept = new ArrayList<>(drafts.size());
        for (SpanDraft draft : drafts) {
            clean(draft);
            if (draft.traceId().isEmpty() || draft.spanId().isEmpty()) {
                warnings.add("missing-field", "span '" + draft.name() + "' has no "
                        + (draft.traceId().isEmpty() ? "trace id" : "span id") + "; skipped");
                continue;
            }
            if (draft.endNanos() < draft.startNanos()) {
                warnings.add("negative-duration", String.format(Locale.ROOT,
                        "span %s ends %d ns before it starts; end set to start",
                        draft.spanId(), draft.startNanos() - draft.endNanos()));
                draft.endNanos(draft.startNanos());
            }
            kept.add(draft);
        }
        drafts.clear();
        int[] parents = resolveParents(kept, renameDuplicates(kept));
        breakCycles(kept, parents);
        if (checkClockSkew) {
            checkClockSkew(kept, parents);
        }
        List<Span> spans = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            spans.add(kept.get(i).freeze());
            kept.set(i, null);
        }
        return spans;
    }

    /** Bounds and repairs the draft's text ({@link TextCleaner}). */
    private void clean(SpanDraft draft) {
        draft.name(text.clean(draft.name(), "span name"));
        draft.traceId(text.clean(draft.traceId(), "trace id"));
        draft.spanId(text.clean(draft.spanId(), "span id"));
        draft.parentSpanId(text.clean(draft.parentSpanId(), "parent span id"));
        Map<String, Object> cleaned = null;
        for (Map.Entry<String, Object> attribute : draft.attributeView().entrySet()) {
            String key = text.clean(attribute.getKey(), "attribute key");
            Object value = attribute.getValue();
            Object cleanValue = value instanceof String ? text.clean((String) value, "value of attribute '" + key + "'")
                    : value instanceof List ? cleanList((List<?>) value, key) : value;
            if (cleaned == null && (!key.equals(attribute.getKey()) || cleanValue != value)) {
                cleaned = new LinkedHashMap<>(draft.attributeView()); // rare: copy only when something changed
            }
            if (cleaned != null) {
                cleaned.remove(attribute.getKey());
                cleaned.put(key, cleanValue);
            }
        }
        if (cleaned != null) {
            draft.attributes(cleaned);
        }
    }

    private List<?> cleanList(List<?> values, String key) {
        List<Object> cleaned = new ArrayList<>(values.size());
        boolean changed = false;
        for (Object value : values) {
            Object cleanValue = value instanceof String ? text.clean((String) value, "value of attribute '" + key + "'")
                    : value;
            changed |= cleanValue != value;
            cleaned.add(cleanValue);
        }
        return changed ? cleaned : values;
    }

    /** Renames duplicate ids; returns the position of every (trace id, span id) after renaming. */
    private DraftPositions renameDuplicates(List<SpanDraft> drafts) {
        DraftPositions positions = new DraftPositions(drafts);
        Map<SpanKey, Integer> copies = new HashMap<>(); // ids seen more than once: how many copies
        for (int i = 0; i < drafts.size(); i++) {
            if (positions.addIfAbsent(i)) {
                continue;
            }
            SpanDraft draft = drafts.get(i);
            SpanKey key = SpanIndex.key(draft.traceId(), draft.spanId());
            String original = draft.spanId();
            int n = copies.getOrDefault(key, 1) + 1;
            String renamed = original + "#" + n;
            while (positions.find(draft.traceId(), renamed) >= 0) {
                n++;
                renamed = original + "#" + n;
            }
            copies.put(key, n);
            draft.spanId(renamed);
            positions.addIfAbsent(i);
            warnings.add("duplicate-span-id", "span id " + original + " occurs more than once in trace "
                    + draft.traceId() + "; the copy is kept as " + renamed);
        }
        return positions;
    }

    /**
     * The position of each span's parent, or -1. A found parent's id is shared with the child, so
     * the text of a span id is held once however many children refer to it.
     */
    private int[] resolveParents(List<SpanDraft> drafts, DraftPositions positions) {
        int[] parents = new int[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            SpanDraft draft = drafts.get(i);
            parents[i] = -1;
            if (draft.parentSpanId().isEmpty()) {
                continue;
            }
            int parent = positions.find(draft.traceId(), draft.parentSpanId());
            if (parent < 0) {
                warnings.add("orphan-span", "span " + draft.spanId() + " refers to parent "
                        + draft.parentSpanId() + ", which is not in the file");
            } else {
                parents[i] = parent;
                draft.parentSpanId(drafts.get(parent).spanId());
            }
        }
        return parents;
    }

    /** Colours spans: 0 unvisited, 1 on the current walk, 2 finished. */
    private void breakCycles(List<SpanDraft> drafts, int[] parents) {
        byte[] state = new byte[drafts.size()];
        int[] walk = new int[16]; // the spans of the current walk, unboxed
        for (int start = 0; start < drafts.size(); start++) {
            int length = 0;
            int current = start;
            while (current >= 0 && state[current] == 0) {
                state[current] = 1;
                if (length == walk.length) {
                    walk = Arrays.copyOf(walk, length * 2);
                }
                walk[length++] = current;
                current = parents[current];
            }
            if (current >= 0 && state[current] == 1) {
                SpanDraft cut = drafts.get(current);
                warnings.add("parent-cycle", "the parents of span " + cut.spanId() + " in trace "
                        + cut.traceId() + " form a cycle; the span is made a root");
                cut.parentSpanId("");
                parents[current] = -1;
            }
            for (int i = 0; i < length; i++) {
                state[walk[i]] = 2;
            }
        }
    }

    private void checkClockSkew(List<SpanDraft> drafts, int[] parents) {
        for (int i = 0; i < drafts.size(); i++) {
            if (parents[i] < 0) {
                continue;
            }
            SpanDraft child = drafts.get(i);
            SpanDraft parent = drafts.get(parents[i]);
            if (parent.kind() == SpanKind.PRODUCER || child.kind() == SpanKind.CONSUMER) {
                continue; // an asynchronous hand-over: the consumer may run after the producer ended
            }
            if (child.startNanos() < parent.startNanos() || child.endNanos() > parent.endNanos()) {
                warnings.add("clock-skew", String.format(Locale.ROOT,
                        "span %s runs outside its parent %s (starts %d ns after it, ends %d ns after it)",
                        child.spanId(), parent.spanId(), child.startNanos() - parent.startNanos(),
                        child.endNanos() - parent.endNanos()));
            }
        }
    }
}
