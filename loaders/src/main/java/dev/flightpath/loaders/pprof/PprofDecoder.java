package dev.flightpath.loaders.pprof;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes profile.proto from bytes with protobuf-java's {@link CodedInputStream}, field by field
 * (the schema is small and stable; no generated classes). Unknown fields are skipped, as protobuf
 * requires; repeated scalars are read packed or not. String indexes are checked against the table.
 */
final class PprofDecoder {
    private final List<long[]> sampleTypeIds = new ArrayList<>();
    private final List<long[]> sampleLocations = new ArrayList<>();
    private final List<long[]> sampleValues = new ArrayList<>();
    private final List<List<long[]>> sampleLabels = new ArrayList<>();
    private final Map<Long, PprofData.Location> locations = new HashMap<>();
    private final Map<Long, long[]> functionNameIds = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final List<Long> commentIds = new ArrayList<>();
    private long[] periodTypeIds = {0, 0};
    private long period;
    private long timeNanos;
    private long durationNanos;

    /**
     * @throws PprofFormatException the bytes are not a valid profile
     */
    static PprofData decode(byte[] bytes) throws PprofFormatException {
        PprofDecoder decoder = new PprofDecoder();
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        in.setRecursionLimit(16);
        try {
            decoder.readProfile(in);
        } catch (IOException e) {
            throw new PprofFormatException("byte " + in.getTotalBytesRead() + ": " + e.getMessage());
        }
        return decoder.build();
    }

    private void readProfile(CodedInputStream in) throws IOException {
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1:
                    sampleTypeIds.add(readFieldsOneAndTwo(in.readBytes().newCodedInput()));
                    break;
                case 2:
                    readSample(in.readBytes().newCodedInput());
                    break;
                case 4:
                    readLocation(in.readBytes().newCodedInput());
                    break;
                case 5:
                    readFunction(in.readBytes().newCodedInput());
                    break;
                case 6:
                    strings.add(in.readStringRequireUtf8());
                    break;
                case 9:
                    timeNanos = in.readInt64();
                    break;
                case 10:
                    durationNanos = in.readInt64();
                    break;
                case 11:
                    periodTypeIds = readFieldsOneAndTwo(in.readBytes().newCodedInput());
                    break;
                case 12:
                    period = in.readInt64();
                    break;
                case 13:
                    readRepeated(in, tag, commentIds);
                    break;
                default:
                    in.skipField(tag);
                    break;
            }
        }
    }

    /** Integer fields 1 and 2 of a message: a ValueType's type and unit, a Label's key and str. */
    private static long[] readFieldsOneAndTwo(CodedInputStream in) throws IOException {
        long[] ids = new long[2];
        int tag;
        while ((tag = in.readTag()) != 0) {
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 1 || field == 2) {
                ids[field - 1] = in.readInt64();
            } else {
                in.skipField(tag);
            }
        }
        return ids;
    }

    private void readSample(CodedInputStream in) throws IOException {
        List<Long> locationIds = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<long[]> labels = new ArrayList<>();
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1:
                    readRepeated(in, tag, locationIds);
                    break;
                case 2:
                    readRepeated(in, tag, values);
                    break;
                case 3:
                    labels.add(readFieldsOneAndTwo(in.readBytes().newCodedInput()));
                    break;
                default:
                    in.skipField(tag);
                    break;
            }
        }
        sampleLocations.add(toArray(locationIds));
        sampleValues.add(toArray(values));
        sampleLabels.add(labels);
    }

    private void readLocation(CodedInputStream in) throws IOException {
        long id = 0;
        long address = 0;
        List<Long> functionIds = new ArrayList<>();
        List<Long> lineNumbers = new ArrayList<>();
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1:
                    id = in.readUInt64();
                    break;
                case 3:
                    address = in.readUInt64();
                    break;
                case 4:
                    long[] line = readLine(in.readBytes().newCodedInput());
                    functionIds.add(line[0]);
                    lineNumbers.add(line[1]);
                    break;
                default:
                    in.skipField(tag);
                    break;
            }
        }
        locations.put(id, new PprofData.Location(address, toArray(functionIds), toArray(lineNumbers)));
    }

    private static long[] readLine(CodedInputStream in) throws IOException {
        long[] line = new long[2];
        int tag;
        while ((tag = in.readTag()) != 0) {
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 1) {
                line[0] = in.readUInt64();
            } else if (field == 2) {
                line[1] = in.readInt64();
            } else {
                in.skipField(tag);
            }
        }
        return line;
    }

    private void readFunction(CodedInputStream in) throws IOException {
        long id = 0;
        long[] names = new long[2];
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1:
                    id = in.readUInt64();
                    break;
                case 2:
                    names[0] = in.readInt64();
                    break;
                case 3:
                    names[1] = in.readInt64();
                    break;
                default:
                    in.skipField(tag);
                    break;
            }
        }
        functionNameIds.put(id, names);
    }

    /** A repeated integer field, packed (one length-delimited run) or one value per tag. */
    private static void readRepeated(CodedInputStream in, int tag, List<Long> into) throws IOException {
        if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            int limit = in.pushLimit(in.readRawVarint32());
            while (in.getBytesUntilLimit() > 0) {
                into.add(in.readRawVarint64());
            }
            in.popLimit(limit);
        } else if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_VARINT) {
            into.add(in.readRawVarint64());
        } else {
            throw new IOException("field " + WireFormat.getTagFieldNumber(tag) + " has wire type "
                    + WireFormat.getTagWireType(tag) + ", expected an integer");
        }
    }

    private PprofData build() throws PprofFormatException {
        if (strings.isEmpty() || !strings.get(0).isEmpty()) {
            throw new PprofFormatException("the string table does not start with the empty string");
        }
        List<PprofData.ValueType> types = new ArrayList<>();
        for (long[] ids : sampleTypeIds) {
            types.add(new PprofData.ValueType(string(ids[0]), string(ids[1])));
        }
        List<PprofData.Sample> samples = new ArrayList<>(sampleLocations.size());
        for (int i = 0; i < sampleLocations.size(); i++) {
            if (sampleValues.get(i).length != types.size()) {
                throw new PprofFormatException("sample " + (i + 1) + " has " + sampleValues.get(i).length
                        + " values for " + types.size() + " sample types");
            }
            Map<String, String> labels = new LinkedHashMap<>();
            for (long[] label : sampleLabels.get(i)) {
                if (label[1] != 0) {
                    labels.put(string(label[0]), string(label[1]));
                }
            }
            samples.add(new PprofData.Sample(sampleLocations.get(i), sampleValues.get(i), labels));
        }
        Map<Long, String> functionNames = new HashMap<>();
        for (Map.Entry<Long, long[]> function : functionNameIds.entrySet()) {
            String name = string(function.getValue()[0]);
            functionNames.put(function.getKey(), name.isEmpty() ? string(function.getValue()[1]) : name);
        }
        List<String> comments = new ArrayList<>();
        for (long id : commentIds) {
            comments.add(string(id));
        }
        return new PprofData(types, samples, locations, functionNames,
                new PprofData.ValueType(string(periodTypeIds[0]), string(periodTypeIds[1])), period, timeNanos,
                durationNanos, comments);
    }

    private String string(long index) throws PprofFormatException {
        if (index < 0 || index >= strings.size()) {
            throw new PprofFormatException("string index " + index + " is outside the table of " + strings.size());
        }
        return strings.get((int) index);
    }

    private static long[] toArray(List<Long> values) {
        long[] array = new long[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
