package dev.flightpath.loaders;

import dev.flightpath.model.InputFormat;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Tells the binary protobuf inputs apart by their first bytes. A pprof profile is a Profile
 * message: its first fields (whatever their order: Go writes {@code time_nanos} first, others
 * {@code sample_type}) are fields 1 to 14 of profile.proto with their wire types. An OTLP request
 * starts with {@code resource_spans} (tag 0x0a, a length, then a field of ResourceSpans), alone or
 * after its length; {@code OtlpProtoFraming} tells those.
 */
final class PprofSniffer {
    /** How many leading fields must read as a Profile's. */
    private static final int FIELDS_CHECKED = 3;

    private PprofSniffer() {
    }

    /**
     * Whether the head reads as a Profile's first fields (a head that ends inside a field counts
     * as far as it goes; at least one whole tag must be there).
     */
    static boolean startsLikeProfile(byte[] head, int length) {
        int position = 0;
        int fields = 0;
        while (fields < FIELDS_CHECKED && position < length) {
            long[] tag = varint(head, position, length);
            if (tag == null) {
                return fields > 0;
            }
            position = (int) tag[1];
            int field = (int) (tag[0] >>> 3);
            int wireType = (int) (tag[0] & 7);
            if (!validWireType(field, wireType)) {
                return false;
            }
            long[] value = varint(head, position, length);
            if (value == null) {
                return true;
            }
            position = (int) value[1];
            if (wireType == 2) {
                if (value[0] < 0 || value[0] > Integer.MAX_VALUE) {
                    return false;
                }
                position += (int) value[0];
            }
            fields++;
        }
        return fields > 0;
    }

    /** profile.proto: 1-6 and 11 are messages or strings, 7-10, 12 and 14 integers, 13 either. */
    private static boolean validWireType(int field, int wireType) {
        if (field >= 1 && field <= 6 || field == 11) {
            return wireType == 2;
        }
        if (field >= 7 && field <= 10 || field == 12 || field == 14) {
            return wireType == 0;
        }
        return field == 13 && (wireType == 0 || wireType == 2);
    }

    /** {value, position after it}, or null when the varint does not end within the head. */
    private static long[] varint(byte[] head, int position, int length) {
        long value = 0;
        for (int i = 0; i < 10 && position + i < length; i++) {
            value |= (long) (head[position + i] & 0x7f) << (7 * i);
            if ((head[position + i] & 0x80) == 0) {
                return new long[] {value, position + i + 1};
            }
        }
        return null;
    }

    /** PPROF, OTLP_PROTO, or null when the head is neither. */
    static InputFormat detectUncompressed(Path file, byte[] head) throws IOException {
        if (dev.flightpath.loaders.otlpproto.OtlpProtoLoader.looksLikeOtlp(file)) {
            return InputFormat.OTLP_PROTO;
        }
        return head.length >= 2 && startsLikeProfile(head, head.length) ? InputFormat.PPROF : null;
    }
}
