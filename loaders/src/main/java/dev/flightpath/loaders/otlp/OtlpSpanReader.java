package dev.flightpath.loaders.otlp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.flightpath.loaders.spans.JsonTree;
import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.LinkRefTypes;
import dev.flightpath.loaders.spans.SamplingWeights;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanIds;
import dev.flightpath.loaders.spans.StreamWalker;
import dev.flightpath.loaders.spans.StringInterner;
import dev.flightpath.loaders.spans.TextCleaner;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import dev.flightpath.model.SpanStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one OTLP span object straight from the stream into a {@link SpanDraft}, counting its
 * events and links; no tree of the span is built. Fields are taken as a JSON object map would
 * give them: a repeated field's last value counts, null is absent, the lowerCamelCase name wins
 * over the snake_case one. A scalar field holding an object or array is read as a small tree, so
 * odd input gives the same warnings as before. The fields are interpreted only at the span's end,
 * because their order is free (the span id that warnings name may come last).
 */
final class OtlpSpanReader {
    private final StreamWalker walker;
    private final JsonParser parser;
    private final WarningLog warnings;
    private final StringInterner strings;
    private final OtlpAttributes attributeReader;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    /** Per link read: trace id, trace_id, span id, span_id, as raw values. */
    private final List<Object[]> linkIds = new ArrayList<>();
    /** Per link read: its kind, from its {@code opentracing.ref_type} attribute. */
    private final List<LinkKind> linkKinds = new ArrayList<>();
    /** One link's attributes while it is read (only the reference kind is kept). */
    private final Map<String, Object> linkAttributes = new LinkedHashMap<>();
    private long events;
    private long links;

    // The current span's raw fields.
    private Object traceId;
    private Object traceIdSnake;
    private Object spanId;
    private Object spanIdSnake;
    private Object parentSpanId;
    private Object parentSpanIdSnake;
    private Object name;
    private Object start;
    private Object startSnake;
    private Object end;
    private Object endSnake;
    private Object kind;
    private Object statusCode;
    private Object traceState;
    private Object traceStateSnake;
    private int spanEvents;

    OtlpSpanReader(StreamWalker walker, WarningLog warnings, StringInterner strings) {
        this.walker = walker;
        this.parser = walker.parser();
        this.warnings = warnings;
        this.strings = strings;
        this.attributeReader = new OtlpAttributes(walker, strings);
    }

    long events() {
        return events;
    }

    long links() {
        return links;
    }

    /** Forgets the events and links counted since the counts were these. */
    void rollBack(long eventCount, long linkCount) {
        events = eventCount;
        links = linkCount;
    }

    /** Reads the span object the parser is on (its START_OBJECT); leaves it on the END_OBJECT. */
    SpanDraft read() throws IOException {
        clear();
        while (walker.next() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            walker.next();
            switch (field) {
                case "traceId":
                    traceId = readShared();
                    break;
                case "trace_id":
                    traceIdSnake = readShared();
                    break;
                case "spanId":
                    spanId = JsonTree.read(parser);
                    break;
                case "span_id":
                    spanIdSnake = JsonTree.read(parser);
                    break;
                case "parentSpanId":
                    parentSpanId = JsonTree.read(parser);
                    break;
                case "parent_span_id":
                    parentSpanIdSnake = JsonTree.read(parser);
                    break;
                case "name":
                    name = readShared();
                    break;
                case "startTimeUnixNano":
                    start = readTime();
                    break;
                case "start_time_unix_nano":
                    startSnake = readTime();
                    break;
                case "endTimeUnixNano":
                    end = readTime();
                    break;
                case "end_time_unix_nano":
                    endSnake = readTime();
                    break;
                case "kind":
                    kind = JsonTree.read(parser);
                    break;
                case "traceState":
                    traceState = JsonTree.read(parser);
                    break;
                case "trace_state":
                    traceStateSnake = JsonTree.read(parser);
                    break;
                case "status":
                    readStatus();
                    break;
                case "attributes":
                    attributes.clear();
                    attributeReader.stream(attributes);
                    break;
                case "events":
                    readEvents();
                    break;
                case "links":
                    readLinks();
                    break;
                default:
                    parser.skipChildren();
                    break;
            }
        }
        return finish();
    }

    /** A value that many spans repeat (a trace id, a name): a string is interned without copying. */
    private Object readShared() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return JsonTree.read(parser);
        }
        return strings.intern(parser.getTextCharacters(), parser.getTextOffset(),
                TextCleaner.keptLength(parser.getTextLength()));
    }

    /**
     * A time: a string of up to 18 digits (proto3 JSON's int64) is parsed in place to the Long
     * that {@link JsonValues#toLong} would give; anything else is read as it is.
     */
    private Object readTime() throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return JsonTree.read(parser);
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        if (length == 0 || length > 18) {
            return parser.getText();
        }
        long value = 0;
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return parser.getText();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private void clear() {
        traceId = null;
        traceIdSnake = null;
        spanId = null;
        spanIdSnake = null;
        parentSpanId = null;
        parentSpanIdSnake = null;
        name = null;
        start = null;
        startSnake = null;
        end = null;
        endSnake = null;
        kind = null;
        statusCode = null;
        traceState = null;
        traceStateSnake = null;
        spanEvents = 0;
        attributes.clear();
        linkIds.clear();
        linkKinds.clear();
    }

    private void readStatus() throws IOException {
        statusCode = null;
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (walker.next() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            walker.next();
            if (field.equals("code")) {
                statusCode = JsonTree.read(parser);
            } else {
                parser.skipChildren();
            }
        }
    }

    private void readEvents() throws IOException {
        spanEvents = 0;
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (walker.next() != JsonToken.END_ARRAY) {
            spanEvents++;
            parser.skipChildren();
        }
    }

    private void readLinks() throws IOException {
        linkIds.clear();
        linkKinds.clear();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (walker.next() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            Object[] ids = new Object[4];
            linkAttributes.clear();
            while (walker.next() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                walker.next();
                int slot = linkSlot(field);
                if (slot >= 0) {
                    ids[slot] = JsonTree.read(parser);
                } else if (field.equals("attributes")) {
                    linkAttributes.clear(); // a repeated field's last value counts
                    attributeReader.stream(linkAttributes);
                } else {
                    parser.skipChildren();
                }
            }
            linkIds.add(ids);
            linkKinds.add(LinkRefTypes.kind(linkAttributes.get(LinkRefTypes.REF_TYPE)));
        }
    }

    private static int linkSlot(String field) {
        switch (field) {
            case "traceId":
                return 0;
            case "trace_id":
                return 1;
            case "spanId":
                return 2;
            case "span_id":
                return 3;
            default:
                return -1;
        }
    }

    /** Interprets the fields read, in the order the tree-based reader did (it fixes the warnings' order). */
    private SpanDraft finish() {
        SpanDraft draft = new SpanDraft()
                .spanId(id(text(spanId, spanIdSnake), 8, "spanId", null))
                .name(strings.intern(text(name, null)));
        draft.traceId(strings.intern(id(text(traceId, traceIdSnake), 16, "traceId", draft)));
        String parent = id(text(parentSpanId, parentSpanIdSnake), 8, "parentSpanId", draft);
        draft.parentSpanId(SpanIds.isEmptyId(parent) ? "" : parent);
        draft.startNanos(time(draft, first(start, startSnake), "startTimeUnixNano"));
        draft.endNanos(time(draft, first(end, endSnake), "endTimeUnixNano"));

        SpanKind spanKind = OtlpEnums.kind(kind);
        if (spanKind == null) {
            warnings.add("invalid-field", "span " + draft.spanId() + " has unknown kind " + kind);
            spanKind = SpanKind.UNSPECIFIED;
        }
        draft.kind(spanKind);
        SpanStatus status = OtlpEnums.status(statusCode);
        if (status == null) {
            warnings.add("invalid-field", "span " + draft.spanId() + " has unknown status code " + statusCode);
            status = SpanStatus.UNSET;
        }
        draft.status(status);

        events += spanEvents;
        for (int link = 0; link < linkIds.size(); link++) {
            Object[] ids = linkIds.get(link);
            links++;
            String linkTrace = id(text(ids[0], ids[1]), 16, "links.traceId", draft);
            String linkSpan = id(text(ids[2], ids[3]), 8, "links.spanId", draft);
            if (linkTrace == null || linkSpan == null) {
                warnings.add("missing-field", "a link of span " + draft.spanId() + " has no trace or span id");
                continue;
            }
            draft.links().add(new SpanLink(strings.intern(linkTrace), linkSpan, linkKinds.get(link)));
        }

        double weight = SamplingWeights.fromTraceState(text(traceState, traceStateSnake));
        if (weight == 1.0) {
            weight = SamplingWeights.fromSampleRateAttribute(attributes);
        }
        draft.samplingWeight(weight);
        draft.attributes(attributes);
        return draft.compact();
    }

    /**
     * The id normalised; an invalid one gives an {@code invalid-id} warning that names the field and
     * the value, and the span keeps the id {@link SpanIds#derivedOtlpId} derives from it.
     */
    private String id(String text, int bytes, String field, SpanDraft span) {
        String normalised = SpanIds.normaliseOtlp(text, bytes);
        String derived = SpanIds.derivedOtlpId(normalised, bytes);
        if (derived != null && !derived.equals(normalised)) {
            String shown = normalised.length() > 80 ? normalised.substring(0, 80) + "…" : normalised;
            warnings.add("invalid-id", (span == null ? "a span" : "span " + span.spanId()) + " has " + field + " '"
                    + shown + "', which is neither " + 2 * bytes + " hex digits nor base64 of " + bytes
                    + " bytes; kept as '" + derived + "'");
        }
        return derived;
    }

    private static Object first(Object preferred, Object other) {
        return preferred != null ? preferred : other;
    }

    private static String text(Object preferred, Object other) {
        return JsonValues.asString(first(preferred, other));
    }

    private long time(SpanDraft draft, Object value, String field) {
        if (value == null) {
            warnings.add("missing-field", "span " + draft.spanId() + " has no " + field + "; 0 assumed");
            return 0;
        }
        Long nanos = JsonValues.toLong(value);
        if (nanos == null) {
            warnings.add("invalid-field", "span " + draft.spanId() + " has " + field
                    + " that is not an integer: " + value + "; 0 assumed");
            return 0;
        }
        return nanos;
    }
}
