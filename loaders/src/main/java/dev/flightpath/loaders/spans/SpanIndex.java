package dev.flightpath.loaders.spans;

import dev.flightpath.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds a span's position in a list by its (trace id, span id). */
public final class SpanIndex {
    private final Map<SpanKey, Integer> positions;

    private SpanIndex(Map<SpanKey, Integer> positions) {
        this.positions = positions;
    }

    /**
     * Indexes only the spans whose key is in {@code wanted}, so that a
     * million spans of which a few thousand are looked up cost a few thousand entries; on a
     * duplicate key the first span wins. Other spans are not found.
     */
    static SpanIndex of(List<Span> spans, Set<SpanKey> wanted) {
        Map<SpanKey, Integer> positions = new HashMap<>(wanted.size() * 2);
        for (int i = 0; i < spans.size(); i++) {
            SpanKey key = key(spans.get(i).traceId(), spans.get(i).spanId());
            if (wanted.contains(key)) {
                positions.putIfAbsent(key, i);
            }
        }
        return new SpanIndex(positions);
    }

    static SpanKey key(String traceId, String spanId) {
        return new SpanKey(traceId, spanId);
    }

    /** The position of the span, or -1. */
    public int find(String traceId, String spanId) {
        Integer position = positions.get(key(traceId, spanId));
        return position == null ? -1 : position;
    }
}
