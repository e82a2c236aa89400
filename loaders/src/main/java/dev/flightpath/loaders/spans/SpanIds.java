package dev.flightpath.loaders.spans;

import java.util.Base64;
import java.util.Locale;

/**
 * Normalises trace and span ids: hex ids to lower case; proto3-JSON base64 ids (which some OTLP
 * exporters write instead of hex) to lower-case hex; anything else is kept as the source wrote it.
 */
public final class SpanIds {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SpanIds() {
    }

    /** Lower-case hex for hex ids; any other text as the source wrote it (Jaeger, Zipkin). */
    public static String normalise(String id) {
        if (id == null) {
            return null;
        }
        String trimmed = id.trim();
        return isHex(trimmed) ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
    }

    /**
     * OTLP ids: hex (any case), or proto3-JSON base64. A 24-character trace id or 12-character span
     * id cannot be OTLP hex (32 and 16 digits), so one that decodes to 16 or 8 bytes is base64.
     *
     * @param expectedBytes 16 for trace ids, 8 for span ids
     */
    public static String normaliseOtlp(String id, int expectedBytes) {
        if (id == null) {
            return null;
        }
        String trimmed = id.trim();
        int base64Length = (expectedBytes + 2) / 3 * 4;
        if (trimmed.length() == base64Length) {
            try {
                byte[] bytes = Base64.getDecoder().decode(trimmed);
                if (bytes.length == expectedBytes) {
                    return hex(bytes);
                }
            } catch (IllegalArgumentException notBase64) {
                // not base64: fall through
            }
        }
        return normalise(trimmed);
    }

    /** An id of all zeros means "none" in OTLP and Zipkin. */
    public static boolean isEmptyId(String id) {
        if (id == null || id.isEmpty()) {
            return true;
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    static boolean isHex(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean asciiHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!asciiHex && (c < 128 || Character.digit(c, 16) < 0)) { // Character.digit also takes other scripts' digits
                return false;
            }
        }
        return true;
    }

    static String hex(byte[] bytes) {
        char[] chars = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            chars[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            chars[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(chars);
    }
}
