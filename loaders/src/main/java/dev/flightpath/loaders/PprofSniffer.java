package dev.flightpath.loaders;

import dev.flightpath.model.InputFormat;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Tells the binary protobuf inputs apart by their first bytes. A pprof profile starts with its
 * first {@code sample_type} (tag 0x0a, a short length, then the ValueType's varint field 1 or 2:
 * 0x08 or 0x10); an OTLP request starts with {@code resource_spans} (tag 0x0a, a length, then the
 * ResourceSpans' own length-delimited fields: 0x0a, 0x12 or 0x1a), alone or after its length.
 */
final class PprofSniffer {
    private static final int FIRST_FIELD_TAG = 0x0a;

    private PprofSniffer() {
    }

    /** The first byte of a decompressed stream: a profile starts with field 1. */
    static boolean startsLikeProfile(byte first) {
        return (first & 0xff) == FIRST_FIELD_TAG;
    }

    /** PPROF, OTLP_PROTO, or null when the head is neither. */
    static InputFormat detectUncompressed(Path file, byte[] head) throws IOException {
        if (head.length >= 3 && (head[0] & 0xff) == FIRST_FIELD_TAG && (head[1] & 0x80) == 0
                && (head[2] == 0x08 || head[2] == 0x10)) {
            return InputFormat.PPROF;
        }
        return dev.flightpath.loaders.otlpproto.OtlpProtoLoader.looksLikeOtlp(file) ? InputFormat.OTLP_PROTO : null;
    }
}
