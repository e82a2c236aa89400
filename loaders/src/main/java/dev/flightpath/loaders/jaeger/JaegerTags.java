package dev.flightpath.loaders.jaeger;

import dev.flightpath.loaders.spans.JsonValues;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes Jaeger tag lists ({@code [{key, type, value}]}) into attribute values: string and
 * binary → String, int64 → Long, float64 → Double, bool → Boolean. Values are converted by
 * {@code type}; a value that does not fit its type is kept as text.
 */
final class JaegerTags {
    private JaegerTags() {
    }

    static void decodeInto(List<Object> tags, Map<String, Object> target) {
        for (Object element : tags) {
            Map<String, Object> tag = JsonValues.asObject(element);
            if (tag == null) {
                continue;
            }
            String key = JsonValues.string(tag, "key");
            Object value = tag.get("value");
            if (key == null || value == null || value instanceof Map || value instanceof List) {
                continue;
            }
            target.put(key, decode(JsonValues.string(tag, "type"), value));
        }
    }

    private static Object decode(String type, Object value) {
        String normalised = type == null ? "" : type.toLowerCase(Locale.ROOT);
        switch (normalised) {
            case "int64": {
                Long number = JsonValues.toLong(value);
                return number != null ? number : value.toString();
            }
            case "float64": {
                Double number = JsonValues.toDouble(value);
                return number != null ? number : value.toString();
            }
            case "bool":
                return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(value.toString());
            case "string":
            case "binary":
                return value.toString();
            default:
                if (value instanceof Boolean || value instanceof Double || value instanceof Long) {
                    return value;
                }
                return value.toString();
        }
    }
}
