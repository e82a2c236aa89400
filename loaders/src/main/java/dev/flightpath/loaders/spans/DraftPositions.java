package dev.flightpath.loaders.spans;

import java.util.List;

/**
 * The position of each draft by its (trace id, span id), for a file's worth of drafts: an
 * open-addressing table of positions that compares against the drafts' own ids, so an entry costs
 * a few bytes instead of a key object, a map node and a boxed position. A draft is added at most
 * once, under the ids it has when added (the assembler renames a duplicate before adding it), and
 * its ids must not change afterwards.
 */
final class DraftPositions {
    private final List<SpanDraft> drafts;
    private final int[] table; // position + 1; 0 is free

    DraftPositions(List<SpanDraft> drafts) {
        this.drafts = drafts;
        int capacity = Integer.highestOneBit(Math.max(2, drafts.size()) * 2 - 1) << 1; // load factor <= 1/2
        this.table = new int[capacity];
    }

    /** The position of the draft with these ids, or -1. */
    int find(String traceId, String spanId) {
        int mask = table.length - 1;
        for (int slot = slot(traceId, spanId); table[slot] != 0; slot = (slot + 1) & mask) {
            SpanDraft candidate = drafts.get(table[slot] - 1);
            if (candidate.spanId().equals(spanId) && candidate.traceId().equals(traceId)) {
                return table[slot] - 1;
            }
        }
        return -1;
    }

    /** Adds the draft at {@code position} under its current ids, unless a draft has them; true if added. */
    boolean addIfAbsent(int position) {
        SpanDraft draft = drafts.get(position);
        int mask = table.length - 1;
        int slot = slot(draft.traceId(), draft.spanId());
        for (; table[slot] != 0; slot = (slot + 1) & mask) {
            SpanDraft candidate = drafts.get(table[slot] - 1);
            if (candidate.spanId().equals(draft.spanId()) && candidate.traceId().equals(draft.traceId())) {
                return false;
            }
        }
        table[slot] = position + 1;
        return true;
    }

    private int slot(String traceId, String spanId) {
        int hash = traceId.hashCode() * 0x9E3779B1 + spanId.hashCode();
        hash *= 0x85EBCA6B;
        return (hash ^ (hash >>> 15)) & (table.length - 1);
    }
}
