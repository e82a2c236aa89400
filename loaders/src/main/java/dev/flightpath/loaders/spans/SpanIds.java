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

    /** The prefix of the id under which a span with an invalid OTLP id is kept. */
    public static final String INVALID_PREFIX = "invalid:";
    /** An invalid id is kept with at most this many of its characters. */
    private static final int INVALID_KEPT_CHARS = 64;

    /**
     * An OTLP id as normalised by {@link #normaliseOtlp} when it is valid ({@code 2 * expectedBytes}
     * hex digits), or the id a span with an invalid one is kept under: shorter hex is padded with
     * leading zeros (as Jaeger widens 64-bit trace ids), anything else becomes {@code invalid:}
     * followed by the text as written (at most 64 characters), so spans that share the same bad id
     * still share a trace or parent. Null and empty (a missing id) stay as they are.
     */
    public static String derivedOtlpId(String normalised, int expectedBytes) {
        if (normalised == null || normalised.isEmpty() || isOtlpId(normalised, expectedBytes)) {
            return normalised;
        }
        if (normalised.length() < 2 * expectedBytes && isAsciiHex(normalised)) {
            return "0".repeat(2 * expectedBytes - normalised.length()) + normalised;
        }
        return INVALID_PREFIX + (normalised.length() > INVALID_KEPT_CHARS
                ? normalised.substring(0, INVALID_KEPT_CHARS) : normalised);
    }

    /** Whether the normalised id is exactly {@code 2 * expectedBytes} lower-case hex digits. */
    public static boolean isOtlpId(String normalised, int expectedBytes) {
        return normalised.length() == 2 * expectedBytes && isAsciiHex(normalised);
    }

    private static boolean isAsciiHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
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
