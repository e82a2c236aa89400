package dev.flightpath.loaders.otlpproto;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.SpanRecordingAssembler;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OTLP protobuf span dumps with the {@code opentelemetry-proto} classes, one request at a
 * time; see {@code package-info.java}.
 */
public final class OtlpProtoLoader implements Loader {
    /** Requests above this size are refused as corrupt rather than allocated. */
    private static final long MAX_REQUEST_BYTES = 1L << 30;

    /** Whether the file starts as OTLP protobuf does, in one of the framings this loader reads. */
    public static boolean looksLikeOtlp(Path file) throws IOException {
        return OtlpProtoFraming.of(file) != null;
    }

    @Override
    public InputFormat format() {
        return InputFormat.OTLP_PROTO;
    }

    @Override
    public Recording load(Path file, LoadRequest request) throws InputDataException, IOException {
        OtlpProtoFraming framing = OtlpProtoFraming.of(file);
        if (framing == null) {
            throw new InputDataException("not an OTLP protobuf span dump", file,
                    "expected ExportTraceServiceRequest messages, alone or each after its length");
        }
        WarningLog warnings = new WarningLog();
        ProcessTable processes = new ProcessTable();
        List<SpanDraft> drafts = new ArrayList<>();
        OtlpProtoSpans spans = new OtlpProtoSpans(warnings, processes, drafts);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (framing == OtlpProtoFraming.SINGLE) {
                spans.add(parse(file, in.readAllBytes(), 1));
            } else {
                readFramed(file, in, framing, spans, warnings);
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("span", (long) drafts.size());
        counts.put("span.event", spans.events());
        counts.put("link", spans.links());
        return SpanRecordingAssembler.assemble(InputFormat.OTLP_PROTO, spans.producer(), drafts, processes, counts,
                warnings, true);
    }

    private static void readFramed(Path file, InputStream in, OtlpProtoFraming framing, OtlpProtoSpans spans,
            WarningLog warnings) throws IOException, InputDataException {
        DataInputStream data = new DataInputStream(in);
        int number = 0;
        while (true) {
            int first = data.read();
            if (first < 0) {
                return;
            }
            number++;
            long length;
            try {
                length = framing == OtlpProtoFraming.BIG_ENDIAN_LENGTH
                        ? ((long) first << 24) | (data.readUnsignedByte() << 16) | (data.readUnsignedByte() << 8)
                                | data.readUnsignedByte()
                        : CodedInputStream.readRawVarint32(first, data) & 0xffffffffL;
            } catch (EOFException e) {
                truncated(warnings, number);
                return;
            }
            if (length > MAX_REQUEST_BYTES) {
                throw new InputDataException("corrupt OTLP protobuf", file, "request " + number + " claims "
                        + length + " bytes");
            }
            byte[] bytes = data.readNBytes((int) length);
            if (bytes.length < length) {
                truncated(warnings, number);
                return;
            }
            spans.add(parse(file, bytes, number));
        }
    }

    private static void truncated(WarningLog warnings, int number) {
        warnings.add(SpanRecordingAssembler.TRUNCATED, "the file ends inside request " + number + "; the "
                + (number - 1) + " complete requests before it were read");
    }

    private static ExportTraceServiceRequest parse(Path file, byte[] bytes, int number) throws InputDataException {
        try {
            return ExportTraceServiceRequest.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new InputDataException("corrupt OTLP protobuf", file, "request " + number + ": " + e.getMessage());
        }
    }
}
