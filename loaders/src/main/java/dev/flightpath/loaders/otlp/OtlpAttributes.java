package dev.flightpath.loaders.otlp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.flightpath.loaders.spans.JsonTree;
import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.StreamWalker;
import dev.flightpath.loaders.spans.StringInterner;
import dev.flightpath.loaders.spans.TextCleaner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes OTLP {@code KeyValue} lists and {@code AnyValue} unions into model attribute values:
 * stringValue and bytesValue (base64 text) → String, intValue (string or number) → Long,
 * doubleValue → Double, boolValue → Boolean, arrayValue → List; a kvlistValue is flattened into
 * dotted keys ({@code key.inner}).
 *
 * <p>Span attributes are streamed ({@link #stream}): an AnyValue of one scalar field, which is
 * nearly every attribute, is decoded straight from the tokens, with its key and String value
 * interned; any other AnyValue (arrays, kvlists, several fields) is read as a small tree and
 * decoded by {@link #decode}, the one definition of the union's meaning.
 */
final class OtlpAttributes {
    private final StreamWalker walker;
    private final JsonParser parser;
    private final StringInterner strings;
    /** The AnyValue just read by {@link #readAnyValue}: a tree, or else the decoded scalar. */
    private Map<String, Object> valueTree;
    private Object valueDecoded;

    OtlpAttributes(StreamWalker walker, StringInterner strings) {
        this.walker = walker;
        this.parser = walker.parser();
        this.strings = strings;
    }

    /**
     * Decodes the KeyValue list (or whatever else) at the parser's current token into
     * {@code target}, as {@link #decodeInto} would decode its tree; leaves the parser on the
     * value's last token.
     */
    void stream(Map<String, Object> target) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren(); // not a list: no attributes
            return;
        }
        while (walker.next() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            Object key = null;
            boolean haveValue = false;
            Map<String, Object> tree = null;
            Object decoded = null;
            while (walker.next() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                walker.next();
                if (field.equals("key")) {
                    key = parser.currentToken() == JsonToken.VALUE_STRING ? internedText() : JsonTree.read(parser);
                } else if (field.equals("value")) {
                    haveValue = parser.currentToken() == JsonToken.START_OBJECT;
                    if (haveValue) {
                        readAnyValue();
                        tree = valueTree;
                        decoded = valueDecoded;
                    } else {
                        parser.skipChildren();
                    }
                } else {
                    parser.skipChildren();
                }
            }
            String name = JsonValues.asString(key);
            if (name == null || !haveValue) {
                continue;
            }
            if (tree != null) {
                decodeEntry("", name, tree, target);
            } else if (decoded != null) {
                target.put(strings.intern(name), decoded);
            }
        }
    }

    /** Reads the AnyValue object the parser is on into {@link #valueTree} or {@link #valueDecoded}. */
    private void readAnyValue() throws IOException {
        valueTree = null;
        valueDecoded = null;
        if (walker.next() != JsonToken.FIELD_NAME) {
            valueTree = new LinkedHashMap<>(); // {}
            return;
        }
        String first = parser.currentName();
        JsonToken token = walker.next();
        boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        Object firstValue = token == JsonToken.VALUE_STRING && (first.equals("stringValue") || first.equals("string_value"))
                ? internedText() : JsonTree.read(parser);
        if (!container && walker.next() == JsonToken.END_OBJECT) {
            valueDecoded = scalar(first, firstValue);
            return;
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put(first, firstValue);
        if (container) {
            walker.next();
        }
        while (parser.currentToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            walker.next();
            tree.put(field, JsonTree.read(parser));
            walker.next();
        }
        valueTree = tree;
    }

    /** The current string token's text, interned without making a String when it is known. */
    private String internedText() throws IOException {
        return strings.intern(parser.getTextCharacters(), parser.getTextOffset(),
                TextCleaner.keptLength(parser.getTextLength()));
    }

    /** What {@link #decode} gives for an AnyValue of the one field {@code field}, a scalar or null. */
    private Object scalar(String field, Object value) {
        if (value == null) {
            return null;
        }
        switch (field) {
            case "stringValue":
            case "string_value":
                return strings.intern(value.toString());
            case "intValue":
            case "int_value": {
                Long parsed = JsonValues.toLong(value);
                return parsed != null ? parsed : value.toString();
            }
            case "doubleValue":
            case "double_value": {
                Double parsed = JsonValues.toDouble(value);
                return parsed != null ? parsed : value.toString();
            }
            case "boolValue":
            case "bool_value":
                return Boolean.TRUE.equals(value) || "true".equals(value);
            case "bytesValue":
            case "bytes_value":
                return value.toString();
            default:
                return null; // arrayValue/kvlistValue that are not objects, unknown kinds
        }
    }

    static void decodeInto(List<Object> keyValues, String prefix, Map<String, Object> target) {
        for (Object element : keyValues) {
            Map<String, Object> keyValue = JsonValues.asObject(element);
            if (keyValue == null) {
                continue;
            }
            String key = JsonValues.string(keyValue, "key");
            Map<String, Object> value = JsonValues.object(keyValue, "value");
            if (key == null || value == null) {
                continue;
            }
            decodeEntry(prefix, key, value, target);
        }
    }

    /** One KeyValue whose key and AnyValue are known. */
    private static void decodeEntry(String prefix, String key, Map<String, Object> value, Map<String, Object> target) {
        Map<String, Object> kvlist = JsonValues.object(value, "kvlistValue", "kvlist_value");
        if (kvlist != null) {
            decodeInto(JsonValues.array(kvlist, "values"), prefix + key + ".", target);
            return;
        }
        Object decoded = decode(value);
        if (decoded != null) {
            target.put(prefix + key, decoded);
        }
    }

    /** One AnyValue, or null when empty or of an unknown kind. */
    static Object decode(Map<String, Object> value) {
        String text = JsonValues.string(value, "stringValue", "string_value");
        if (text != null) {
            return text;
        }
        Object intValue = JsonValues.field(value, "intValue", "int_value");
        if (intValue != null) {
            Long parsed = JsonValues.toLong(intValue);
            return parsed != null ? parsed : intValue.toString();
        }
        Object doubleValue = JsonValues.field(value, "doubleValue", "double_value");
        if (doubleValue != null) {
            Double parsed = JsonValues.toDouble(doubleValue);
            return parsed != null ? parsed : doubleValue.toString();
        }
        Object boolValue = JsonValues.field(value, "boolValue", "bool_value");
        if (boolValue != null) {
            return Boolean.TRUE.equals(boolValue) || "true".equals(boolValue);
        }
        String bytes = JsonValues.string(value, "bytesValue", "bytes_value");
        if (bytes != null) {
            return bytes;
        }
        Map<String, Object> array = JsonValues.object(value, "arrayValue", "array_value");
        if (array != null) {
            List<Object> items = new ArrayList<>();
            for (Object item : JsonValues.array(array, "values")) {
                Map<String, Object> itemValue = JsonValues.asObject(item);
                Object decoded = itemValue == null ? null : decode(itemValue);
                if (decoded != null && !(decoded instanceof List)) {
                    items.add(decoded);
                }
            }
            return List.copyOf(items);
        }
        return null;
    }
}
