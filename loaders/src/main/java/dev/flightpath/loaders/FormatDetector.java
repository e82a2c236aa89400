package dev.flightpath.loaders;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.flightpath.loaders.spans.JsonInput;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells the format of a file from its content, never from its name: JFR by its magic bytes,
 * BEAM traces by their record framing, span dumps by the shape of their JSON.
 */
public final class FormatDetector {
    static final String EXPECTED =
            "expected a JFR recording, a BEAM trace file, OTLP, Jaeger, Zipkin or Chrome trace JSON, OTLP protobuf, "
                    + "a pprof profile or a speedscope file";
    /** JSON sniffing gives up after this many bytes without a decision. */
    private static final long SNIFF_LIMIT_BYTES = 16L << 20;
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private FormatDetector() {
    }

    public static InputFormat detect(Path file) throws InputDataException, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new InputDataException("empty file", file, EXPECTED);
        }
        byte[] head = readHead(file, 8);
        if (isJfrMagic(head)) {
            return InputFormat.JFR;
        }
        boolean gzip = InputFiles.isGzip(file);
        head = gzip ? readGzipHead(file) : head;
        if (isJfrMagic(head)) {
            return InputFormat.JFR;
        }
        if (isBeamFraming(head)) {
            return InputFormat.BEAM_TRACE;
        }
        if (gzip && head.length >= 2 && PprofSniffer.startsLikeProfile(head, head.length)) {
            return InputFormat.PPROF;
        }
        int first = firstNonSpace(file);
        if (first == '{' || first == '[') {
            return sniffJson(file);
        }
        InputFormat protobuf = PprofSniffer.detectUncompressed(file, readHead(file, 64));
        if (protobuf != null) {
            return protobuf;
        }
        throw new InputDataException("unrecognised input", file, EXPECTED);
    }

    static boolean isJfrMagic(byte[] head) {
        return head.length >= 4 && head[0] == 'F' && head[1] == 'L' && head[2] == 'R' && head[3] == 0;
    }

    /**
     * A dbg trace-port file starts with op byte 0 (a term follows) and a 4-byte big-endian size,
     * then 131, the external term format's version byte; or with op 1 (a drop count).
     */
    private static boolean isBeamFraming(byte[] head) {
        if (head.length < 5) {
            return false;
        }
        if (head[0] == 0) {
            return head.length >= 6 && (head[5] & 0xff) == 131;
        }
        return head[0] == 1 && head[1] == 0;
    }

    /** The first bytes of a gzip-compressed file's content. */
    private static byte[] readGzipHead(Path file) throws InputDataException, IOException {
        try (InputStream in = InputFiles.open(file)) {
            byte[] head = in.readNBytes(64);
            if (head.length == 0) {
                throw new InputDataException("corrupt or empty gzip data", file, EXPECTED);
            }
            return head;
        }
    }

    private static byte[] readHead(Path file, int count) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        }
    }

    private static int firstNonSpace(Path file) throws IOException {
        try (InputStream in = InputFiles.open(file)) {
            byte[] buffer = in.readNBytes(4096);
            int start = buffer.length >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB
                    && (buffer[2] & 0xff) == 0xBF ? 3 : 0;
            for (int i = start; i < buffer.length; i++) {
                if (!Character.isWhitespace(buffer[i])) {
                    return buffer[i];
                }
            }
            return -1;
        }
    }

    private static InputFormat sniffJson(Path file) throws InputDataException, IOException {
        try (JsonParser parser = JSON.createParser(InputFiles.open(file))) {
            try {
                JsonToken token = parser.nextToken();
                InputFormat format = token == JsonToken.START_ARRAY ? sniffArray(parser) : sniffObject(parser);
                if (format == null) {
                    throw new InputDataException("unrecognised JSON", file, EXPECTED);
                }
                return format;
            } catch (JsonProcessingException | CharConversionException e) { // also Jackson's limits: nesting depth, name and number length
                throw JsonInput.malformed(file, e, parser);
            }
        }
    }

    private static InputFormat sniffArray(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return InputFormat.CHROME_JSON; // the Trace Event Format allows an empty array
        }
        if (token != JsonToken.START_OBJECT) {
            return null;
        }
        Set<String> keys = objectKeys(parser);
        if (keys.contains("ph")) {
            return InputFormat.CHROME_JSON;
        }
        if (keys.contains("traceId") && keys.contains("id")) {
            return InputFormat.ZIPKIN_JSON;
        }
        if (keys.contains("traceID") && keys.contains("spanID")) {
            return InputFormat.JAEGER_JSON; // a bare array of spans that embed their process
        }
        return null;
    }

    private static InputFormat sniffObject(JsonParser parser) throws IOException {
        Set<String> keys = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            keys.add(key);
            switch (key) {
                case "resourceSpans":
                case "resource_spans":
                case "batches":
                case "result":
                    return InputFormat.OTLP_JSON;
                case "traceEvents":
                case "systemTraceEvents":
                    return InputFormat.CHROME_JSON;
                case "$schema":
                case "profiles":
                case "shared":
                    return InputFormat.SPEEDSCOPE;
                case "data":
                case "traceID":
                    return InputFormat.JAEGER_JSON;
                default:
                    break;
            }
            if (keys.contains("traceId") && keys.contains("id")) {
                return InputFormat.ZIPKIN_JSON;
            }
            parser.nextToken();
            parser.skipChildren();
            if (parser.currentLocation().getByteOffset() > SNIFF_LIMIT_BYTES) {
                return null;
            }
        }
        return null;
    }

    private static Set<String> objectKeys(JsonParser parser) throws IOException {
        Set<String> keys = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            keys.add(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
        }
        return keys;
    }

    /** "line 3, column 17: " for JSON error messages. */
    public static String position(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}
