package dev.flightpath.loaders.otlp;

import dev.flightpath.loaders.spans.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes OTLP {@code KeyValue} lists and {@code AnyValue} unions into model attribute values:
 * stringValue and bytesValue (base64 text) → String, intValue (string or number) → Long,
 * doubleValue → Double, boolValue → Boolean, arrayValue → List; a kvlistValue is flattened into
 * dotted keys ({@code key.inner}).
 */
final class OtlpAttributes {
    private OtlpAttributes() {
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
            Map<String, Object> kvlist = JsonValues.object(value, "kvlistValue", "kvlist_value");
            if (kvlist != null) {
                decodeInto(JsonValues.array(kvlist, "values"), prefix + key + ".", target);
                continue;
            }
            Object decoded = decode(value);
            if (decoded != null) {
                target.put(prefix + key, decoded);
            }
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
