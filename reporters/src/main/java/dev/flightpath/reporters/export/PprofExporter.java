package dev.flightpath.reporters.export;

import com.google.protobuf.CodedOutputStream;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Frame;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.StackTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a recording's stack samples as a gzip-compressed pprof profile (profile.proto), encoded
 * field by field with protobuf-java's {@link CodedOutputStream}. Samples with the same stack,
 * thread and span are merged into one pprof sample whose values hold, per sample type, the count (and the
 * bytes or nanoseconds) of each kind; the {@code thread} label names the thread and the {@code span}
 * label the span its thread was in at the sample's time ({@link SpanAtTime}), when it was in one. Every distinct
 * frame is one location with one line, every distinct method name one function.
 */
public final class PprofExporter {
    // profile.proto field numbers.
    private static final int PROFILE_SAMPLE_TYPE = 1;
    private static final int PROFILE_SAMPLE = 2;
    private static final int PROFILE_LOCATION = 4;
    private static final int PROFILE_FUNCTION = 5;
    private static final int PROFILE_STRING_TABLE = 6;
    private static final int PROFILE_TIME_NANOS = 9;
    private static final int PROFILE_DURATION_NANOS = 10;
    private static final int PROFILE_PERIOD_TYPE = 11;
    private static final int PROFILE_PERIOD = 12;
    private static final int PROFILE_COMMENT = 13;
    private static final int PROFILE_DEFAULT_SAMPLE_TYPE = 14;
    private static final int VALUE_TYPE_TYPE = 1;
    private static final int VALUE_TYPE_UNIT = 2;
    private static final int SAMPLE_LOCATION_ID = 1;
    private static final int SAMPLE_VALUE = 2;
    private static final int SAMPLE_LABEL = 3;
    private static final int LABEL_KEY = 1;
    private static final int LABEL_STR = 2;
    private static final int LOCATION_ID = 1;
    private static final int LOCATION_LINE = 4;
    private static final int LINE_FUNCTION_ID = 1;
    private static final int LINE_LINE = 2;
    private static final int FUNCTION_ID = 1;
    private static final int FUNCTION_NAME = 2;
    private static final int FUNCTION_SYSTEM_NAME = 3;

    public ExportResult write(Recording recording, OutputStream out) throws IOException {
        SampleTable samples = recording.samples();
        StackTable stacks = recording.stacks();
        StringTable strings = new StringTable();

        // Sample types: per kind present, its count and (for bytes/nanoseconds) its value.
        Map<SampleKind, int[]> typeIndexes = new LinkedHashMap<>();
        List<long[]> types = new ArrayList<>();
        for (SampleKind kind : SampleKind.values()) {
            if (samples.count(kind) == 0) {
                continue;
            }
            int countIndex = types.size();
            types.add(new long[] {strings.id(PprofSampleTypes.countType(kind)), strings.id(PprofSampleTypes.COUNT_UNIT)});
            int valueIndex = -1;
            if (PprofSampleTypes.hasValueType(kind)) {
                valueIndex = types.size();
                types.add(new long[] {strings.id(PprofSampleTypes.valueType(kind)), strings.id(kind.valueUnit())});
            }
            typeIndexes.put(kind, new int[] {countIndex, valueIndex});
        }

        // Merge rows by (stack, thread, span).
        SpanAtTime spanAt = new SpanAtTime(recording);
        Map<List<Integer>, long[]> merged = new LinkedHashMap<>();
        long withoutStack = 0;
        long inSpans = 0;
        for (int row = 0; row < samples.size(); row++) {
            int stackId = samples.stackId(row);
            if (stackId < 0) {
                withoutStack++;
                continue;
            }
            String span = spanAt.nameAt(samples.processId(row), samples.timeNanos(row));
            if (span != null) {
                inSpans++;
            }
            List<Integer> key = List.of(stackId, samples.processId(row), span == null ? -1 : (int) strings.id(span));
            long[] values = merged.computeIfAbsent(key, k -> new long[types.size()]);
            int[] indexes = typeIndexes.get(samples.kind(row));
            values[indexes[0]]++;
            if (indexes[1] >= 0) {
                values[indexes[1]] += samples.value(row);
            }
        }

        // Locations (one per frame) and functions (one per name), numbered from 1 as they are met.
        int[] locationOfFrame = new int[stacks.frameCount()];
        List<Integer> locationFrames = new ArrayList<>();
        Map<String, Integer> functionIds = new HashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
        CodedOutputStream profile = CodedOutputStream.newInstance(body);
        long threadKey = strings.id("thread");
        long spanKey = strings.id("span");
        for (Map.Entry<List<Integer>, long[]> entry : merged.entrySet()) {
            int stackId = entry.getKey().get(0);
            int processId = entry.getKey().get(1);
            int spanName = entry.getKey().get(2);
            int[] frames = stacks.stack(stackId);
            long[] locationIds = new long[frames.length];
            for (int i = 0; i < frames.length; i++) {
                int frameId = frames[i];
                if (locationOfFrame[frameId] == 0) {
                    locationFrames.add(frameId);
                    locationOfFrame[frameId] = locationFrames.size();
                }
                locationIds[i] = locationOfFrame[frameId];
            }
            String thread = processId < 0 || processId >= recording.processes().size() ? null
                    : ProcessNames.name(recording, processId);
            List<long[]> labels = new ArrayList<>();
            if (thread != null) {
                labels.add(new long[] {threadKey, strings.id(thread)});
            }
            if (spanName >= 0) {
                labels.add(new long[] {spanKey, spanName});
            }
            profile.writeByteArray(PROFILE_SAMPLE, sample(locationIds, entry.getValue(), labels));
        }
        for (int i = 0; i < locationFrames.size(); i++) {
            Frame frame = stacks.frame(locationFrames.get(i));
            int functionId = functionIds.computeIfAbsent(frame.name(), name -> functionIds.size() + 1);
            ByteArrayOutputStream line = new ByteArrayOutputStream(16);
            CodedOutputStream lineOut = CodedOutputStream.newInstance(line);
            lineOut.writeUInt64(LINE_FUNCTION_ID, functionId);
            if (frame.lineNumber() > 0) {
                lineOut.writeInt64(LINE_LINE, frame.lineNumber());
            }
            lineOut.flush();
            ByteArrayOutputStream location = new ByteArrayOutputStream(24);
            CodedOutputStream locationOut = CodedOutputStream.newInstance(location);
            locationOut.writeUInt64(LOCATION_ID, i + 1);
            locationOut.writeByteArray(LOCATION_LINE, line.toByteArray());
            locationOut.flush();
            profile.writeByteArray(PROFILE_LOCATION, location.toByteArray());
        }
        for (Map.Entry<String, Integer> function : functionIds.entrySet()) {
            ByteArrayOutputStream message = new ByteArrayOutputStream(16);
            CodedOutputStream functionOut = CodedOutputStream.newInstance(message);
            long name = strings.id(function.getKey());
            functionOut.writeUInt64(FUNCTION_ID, function.getValue());
            functionOut.writeInt64(FUNCTION_NAME, name);
            functionOut.writeInt64(FUNCTION_SYSTEM_NAME, name);
            functionOut.flush();
            profile.writeByteArray(PROFILE_FUNCTION, message.toByteArray());
        }
        profile.writeInt64(PROFILE_TIME_NANOS, recording.info().startNanos());
        profile.writeInt64(PROFILE_DURATION_NANOS, recording.info().durationNanos());
        if (!types.isEmpty()) {
            long[] first = types.get(0);
            profile.writeByteArray(PROFILE_PERIOD_TYPE, valueType(first[0], first[1]));
            profile.writeInt64(PROFILE_PERIOD, 1);
            profile.writeInt64(PROFILE_DEFAULT_SAMPLE_TYPE, first[0]);
        }
        profile.writeInt64(PROFILE_COMMENT, strings.id("flightpath convert of a " + recording.info().format()
                .description()));
        profile.flush();

        try (GZIPOutputStream gzip = new GZIPOutputStream(new NonClosingStream(out), 1 << 16)) {
            CodedOutputStream head = CodedOutputStream.newInstance(gzip);
            for (long[] type : types) {
                head.writeByteArray(PROFILE_SAMPLE_TYPE, valueType(type[0], type[1]));
            }
            head.flush();
            body.writeTo(gzip);
            CodedOutputStream tail = CodedOutputStream.newInstance(gzip);
            for (String value : strings.values()) {
                tail.writeString(PROFILE_STRING_TABLE, value);
            }
            tail.flush();
        }
        out.flush();

        List<String> dropped = new ArrayList<>(NotExported.lines(recording, EnumSet.of(DataKind.SAMPLES),
                "pprof holds stack samples only"));
        if (withoutStack > 0) {
            dropped.add(NotExported.count(withoutStack) + " samples without a stack");
        }
        if (inSpans > 0) {
            dropped.add(NotExported.count(inSpans) + " samples' spans kept only as a 'span' label (their name)");
        }
        if (!merged.isEmpty()) {
            dropped.add("sample times (pprof merges samples with the same stack and thread)");
        }
        return new ExportResult(NotExported.count(merged.size()) + " pprof samples from "
                + NotExported.count(samples.size() - withoutStack) + " stack samples, " + types.size()
                + " sample types, " + locationFrames.size() + " locations, " + functionIds.size() + " functions",
                dropped);
    }

    /** A Sample: packed location ids and values, then its string labels as (key, value) string ids. */
    private static byte[] sample(long[] locationIds, long[] values, List<long[]> labels) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream(64);
        CodedOutputStream out = CodedOutputStream.newInstance(message);
        writePacked(out, SAMPLE_LOCATION_ID, locationIds);
        writePacked(out, SAMPLE_VALUE, values);
        for (long[] pair : labels) {
            ByteArrayOutputStream label = new ByteArrayOutputStream(8);
            CodedOutputStream labelOut = CodedOutputStream.newInstance(label);
            labelOut.writeInt64(LABEL_KEY, pair[0]);
            labelOut.writeInt64(LABEL_STR, pair[1]);
            labelOut.flush();
            out.writeByteArray(SAMPLE_LABEL, label.toByteArray());
        }
        out.flush();
        return message.toByteArray();
    }

    /** A repeated integer field, packed (int64 and uint64 varints encode alike). */
    private static void writePacked(CodedOutputStream out, int field, long[] values) throws IOException {
        int bytes = 0;
        for (long value : values) {
            bytes += CodedOutputStream.computeUInt64SizeNoTag(value);
        }
        out.writeTag(field, com.google.protobuf.WireFormat.WIRETYPE_LENGTH_DELIMITED);
        out.writeUInt32NoTag(bytes);
        for (long value : values) {
            out.writeUInt64NoTag(value);
        }
    }

    private static byte[] valueType(long type, long unit) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream(8);
        CodedOutputStream out = CodedOutputStream.newInstance(message);
        out.writeInt64(VALUE_TYPE_TYPE, type);
        out.writeInt64(VALUE_TYPE_UNIT, unit);
        out.flush();
        return message.toByteArray();
    }

    /** pprof's string table: index 0 is the empty string, each distinct string once. */
    private static final class StringTable {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        StringTable() {
            id("");
        }

        long id(String value) {
            return ids.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        List<String> values() {
            return values;
        }
    }
}
