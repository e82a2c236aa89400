package dev.flightpath.loaders.spans;

import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import dev.flightpath.model.SpanStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A span while it is being read: a format reader fills it in, the {@link SpanSetAssembler} checks
 * and repairs it (ids, parents, times) and freezes it into an immutable {@link Span}. A draft
 * allocates its attribute map and link list only when something is added to them.
 */
public final class SpanDraft {
    private String traceId = "";
    private String spanId = "";
    private String parentSpanId = "";
    private List<SpanLink> links = List.of();
    private String name = "";
    private int processId = -1;
    private long startNanos;
    private long endNanos;
    private SpanKind kind = SpanKind.UNSPECIFIED;
    private SpanStatus status = SpanStatus.UNSET;
    private Map<String, Object> attributes = Map.of();
    private double samplingWeight = 1.0;

    public String traceId() {
        return traceId;
    }

    public SpanDraft traceId(String value) {
        traceId = value == null ? "" : value;
        return this;
    }

    public String spanId() {
        return spanId;
    }

    public SpanDraft spanId(String value) {
        spanId = value == null ? "" : value;
        return this;
    }

    public String parentSpanId() {
        return parentSpanId;
    }

    public SpanDraft parentSpanId(String value) {
        parentSpanId = value == null ? "" : value;
        return this;
    }

    /** Mutable: readers add links here. */
    public List<SpanLink> links() {
        if (!(links instanceof ArrayList)) {
            links = new ArrayList<>(links);
        }
        return links;
    }

    public String name() {
        return name;
    }

    public SpanDraft name(String value) {
        name = value == null ? "" : value;
        return this;
    }

    public int processId() {
        return processId;
    }

    public SpanDraft processId(int value) {
        processId = value;
        return this;
    }

    public long startNanos() {
        return startNanos;
    }

    public SpanDraft startNanos(long value) {
        startNanos = value;
        return this;
    }

    public long endNanos() {
        return endNanos;
    }

    public SpanDraft endNanos(long value) {
        endNanos = value;
        return this;
    }

    public SpanKind kind() {
        return kind;
    }

    public SpanDraft kind(SpanKind value) {
        kind = value;
        return this;
    }

    public SpanStatus status() {
        return status;
    }

    public SpanDraft status(SpanStatus value) {
        status = value;
        return this;
    }

    /** Mutable: readers put attribute values (String, Long, Double, Boolean, List) here. */
    public Map<String, Object> attributes() {
        if (!(attributes instanceof LinkedHashMap)) {
            attributes = new LinkedHashMap<>(attributes);
        }
        return attributes;
    }

    /** Replaces the attributes by a compact immutable copy of {@code values}. */
    public SpanDraft attributes(Map<String, Object> values) {
        attributes = Map.copyOf(values);
        return this;
    }

    /** The attributes, read-only and without copying. */
    public Map<String, Object> attributeView() {
        return Collections.unmodifiableMap(attributes);
    }

    /** The attribute's value, or null; unlike {@code attributes().get} this never copies. */
    public Object attribute(String key) {
        return attributes.get(key);
    }

    /**
     * Replaces the attributes and links by compact immutable copies, so a file's worth of drafts
     * waiting for {@link SpanSetAssembler} holds no growable maps or lists. Both become mutable
     * again (by copying) when {@link #attributes()} or {@link #links()} is called afterwards.
     */
    public SpanDraft compact() {
        attributes = Map.copyOf(attributes);
        links = List.copyOf(links);
        return this;
    }

    public double samplingWeight() {
        return samplingWeight;
    }

    public SpanDraft samplingWeight(double value) {
        samplingWeight = value >= 1.0 && Double.isFinite(value) ? value : 1.0;
        return this;
    }

    Span freeze() {
        return new Span(traceId, spanId, parentSpanId, links, name, processId, startNanos,
                Math.max(startNanos, endNanos), kind, status, attributes, samplingWeight);
    }
}
