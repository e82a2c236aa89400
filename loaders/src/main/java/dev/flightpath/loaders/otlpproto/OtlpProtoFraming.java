package dev.flightpath.loaders.otlpproto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the requests of an OTLP protobuf file are laid out:
 * <ul>
 *   <li>{@link #BIG_ENDIAN_LENGTH}: each request after its length as 4 big-endian bytes, as the
 *       Collector's file exporter writes them with {@code format: proto};</li>
 *   <li>{@link #VARINT_LENGTH}: each after its length as a varint ({@code writeDelimitedTo}, the
 *       OpenTelemetry file-exporter specification's "delimited");</li>
 *   <li>{@link #SINGLE}: the whole file is one binary {@code ExportTraceServiceRequest} (an OTLP/HTTP
 *       request body).</li>
 * </ul>
 * Every request, and so every file, starts with field 1 ({@code resource_spans}, tag byte 0x0a).
 */
enum OtlpProtoFraming {
    BIG_ENDIAN_LENGTH, VARINT_LENGTH, SINGLE;

    static final int RESOURCE_SPANS_TAG = 0x0a;

    /** The framing of a file, or null when it does not look like OTLP protobuf at all. */
    static OtlpProtoFraming of(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        }
        if (head.length >= 5) {
            long length = ((head[0] & 0xffL) << 24) | ((head[1] & 0xffL) << 16) | ((head[2] & 0xffL) << 8)
                    | (head[3] & 0xffL);
            if (length > 0 && 4 + length <= size && startsWithResourceSpans(head, 4)) {
                return BIG_ENDIAN_LENGTH;
            }
        }
        if (startsWithResourceSpans(head, 0)) {
            return SINGLE;
        }
        int afterLength = afterVarint(head, 0);
        if (afterLength > 0 && startsWithResourceSpans(head, afterLength)) {
            return VARINT_LENGTH;
        }
        return null;
    }

    /**
     * Whether a {@code resource_spans} field starts at {@code offset}: its tag, its length, then a
     * field of ResourceSpans (resource 0x0a, scope_spans 0x12, schema_url 0x1a).
     */
    private static boolean startsWithResourceSpans(byte[] head, int offset) {
        if (offset >= head.length || (head[offset] & 0xff) != RESOURCE_SPANS_TAG) {
            return false;
        }
        int inner = afterVarint(head, offset + 1);
        if (inner < 0 || inner >= head.length) {
            return false;
        }
        int tag = head[inner] & 0xff;
        return tag == 0x0a || tag == 0x12 || tag == 0x1a;
    }

    /** The offset after the varint at {@code offset}, or -1 when it does not end within the head. */
    private static int afterVarint(byte[] head, int offset) {
        for (int i = offset; i < head.length && i < offset + 5; i++) {
            if ((head[i] & 0x80) == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
