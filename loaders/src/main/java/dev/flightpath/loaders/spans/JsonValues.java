package dev.flightpath.loaders.spans;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Typed, lenient reads from a {@link JsonTree} object. Span formats spell the same field in more
 * than one way (lowerCamelCase and snake_case, numbers as strings), so every getter takes the
 * accepted names in order of preference and returns null (or the default) when none is usable.
 */
public final class JsonValues {
    private JsonValues() {
    }

    public static Object field(Map<String, Object> object, String... names) {
        for (String name : names) {
            Object value = object.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A string field; numbers and booleans are given as their JSON text. */
    public static String string(Map<String, Object> object, String... names) {
        return asString(field(object, names));
    }

    /** A {@link JsonTree} value as text: scalars as their JSON text, null for null and containers. */
    public static String asString(Object value) {
        if (value == null || value instanceof Map || value instanceof List) {
            return null;
        }
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> object, String... names) {
        Object value = field(object, names);
        return value instanceof Map ? (Map<String, Object>) value : null;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> array(Map<String, Object> object, String... names) {
        Object value = field(object, names);
        return value instanceof List ? (List<Object>) value : List.of();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : null;
    }

    /**
     * An integer given as a JSON number or a decimal string (proto3 JSON writes int64 as strings);
     * null when absent or not an integer.
     */
    public static Long integer(Map<String, Object> object, String... names) {
        return toLong(field(object, names));
    }

    public static Long toLong(Object value) {
        if (value instanceof Long) {
            return (Long) value;
        }
        if (value instanceof BigInteger) {
            BigInteger big = (BigInteger) value;
            return big.bitLength() < 64 ? big.longValue() : null;
        }
        if (value instanceof Double) {
            double d = (Double) value;
            return Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 9.2e18 ? (long) d : null;
        }
        if (value instanceof String) {
            String text = ((String) value).trim();
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                try {
                    BigDecimal decimal = new BigDecimal(text);
                    return decimal.stripTrailingZeros().scale() <= 0 ? decimal.longValueExact() : null;
                } catch (NumberFormatException | ArithmeticException notANumber) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A number given as a JSON number or a string; null when absent or not a number. */
    public static Double number(Map<String, Object> object, String... names) {
        return toDouble(field(object, names));
    }

    public static Double toDouble(Object value) {
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof String) {
            try {
                return Double.parseDouble(((String) value).trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static boolean bool(Map<String, Object> object, String name) {
        Object value = object.get(name);
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }
}
