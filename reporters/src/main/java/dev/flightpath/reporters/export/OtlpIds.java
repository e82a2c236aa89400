package dev.flightpath.reporters.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * OTLP ids from the model's: OTLP wants 16-byte trace ids and 8-byte span ids as hex. A hex id of
 * up to that length is kept, left-padded with zeros (as Zipkin's 64-bit trace ids widen); any other
 * id (Chrome's slice numbers, BEAM's process-based ids) becomes the first bytes of its SHA-256, the
 * same for every reference to it, so parents and links still match.
 */
final class OtlpIds {
    private long hashed;

    String traceId(String id) {
        return convert(id, 32);
    }

    String spanId(String id) {
        return convert(id, 16);
    }

    /** How many ids were not hex and were hashed. */
    long hashed() {
        return hashed;
    }

    private String convert(String id, int digits) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && lower.length() <= digits && isHex(lower)) {
            return "0".repeat(digits - lower.length()) + lower;
        }
        hashed++;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, digits / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static boolean isHex(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
