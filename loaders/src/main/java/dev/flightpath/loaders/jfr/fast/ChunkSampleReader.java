package dev.flightpath.loaders.jfr.fast;

import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stack samples of one JFR chunk (format 2.x, compressed integers) from its bytes: the
 * header, the metadata, the constant pools of the types samples refer to (indexed by position,
 * decoded only when a sample needs them), and the records of the wanted event types; every other
 * record is skipped by its size. Stacks, classes and threads are resolved once per distinct key.
 * Anything unexpected throws {@link UnsupportedLayoutException}.
 */
final class ChunkSampleReader {
    private static final int HEADER_BYTES = 68;
    private static final int MAGIC = 0x464c5200;
    private static final long METADATA_TYPE_ID = 0;
    private static final long CHECKPOINT_TYPE_ID = 1;

    /** What an event field is read for. */
    private static final byte SKIP = 0;
    private static final byte START_TIME = 1;
    private static final byte DURATION = 2;
    private static final byte THREAD = 3;
    private static final byte STACK_TRACE = 4;
    private static final byte VALUE = 5;
    private static final byte CLASS = 6;

    /** How to read one wanted event type. */
    private record EventPlan(int specIndex, byte[] actions, ValueCodec codec, JfrType.Kind valueKind,
            boolean valueIsDuration, boolean hasValueField) {
    }

    private final JfrBytes in;
    private final List<SampleEventSpec> specs;
    private JfrMetadata metadata;
    private final Map<JfrType, ValueCodec> codecs = ValueCodec.newCache();
    private long startNanos;
    private long startTicks;
    private double ticksPerNanosecond;

    // Constant positions by key, for the pool types samples refer to.
    private JfrType threadType;
    private JfrType stackTraceType;
    private JfrType methodType;
    private JfrType classType;
    private JfrType symbolType;
    private JfrType frameTypeType;
    private JfrType stringType;
    private final Map<JfrType, LongIntHashMap> constants = new java.util.IdentityHashMap<>();

    // Samples as read, before resolution.
    private int count;
    private long[] startTicksColumn = new long[1024];
    private long[] durationTicks = new long[1024];
    private long[] threadKeys = new long[1024];
    private long[] stackKeys = new long[1024];
    private long[] rawValues = new long[1024];
    private long[] classKeys = new long[1024];
    private byte[] specIndices = new byte[1024];

    private ChunkSampleReader(byte[] chunk, int length, List<SampleEventSpec> specs) {
        this.in = new JfrBytes(chunk, length);
        this.specs = specs;
    }

    /** Reads the chunk held in the first {@code length} bytes of {@code chunk}. */
    static ChunkSamples read(byte[] chunk, int length, List<SampleEventSpec> specs) throws UnsupportedLayoutException {
        try {
            return new ChunkSampleReader(chunk, length, specs).read();
        } catch (RuntimeException e) {
            // Bytes that do not parse (an index out of bounds, a negative size): let the consumer judge.
            throw new UnsupportedLayoutException("unparsable chunk: " + e, e);
        }
    }

    private ChunkSamples read() throws UnsupportedLayoutException {
        byte[] bytes = new byte[HEADER_BYTES];
        in.position(0);
        for (int i = 0; i < HEADER_BYTES; i++) {
            bytes[i] = in.u1();
        }
        if (int32(bytes, 0) != MAGIC) {
            throw new UnsupportedLayoutException("no chunk magic");
        }
        int major = ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff);
        if (major != 2) {
            throw new UnsupportedLayoutException("format major version " + major);
        }
        long size = int64(bytes, 8);
        long constantPoolOffset = int64(bytes, 16);
        long metadataOffset = int64(bytes, 24);
        startNanos = int64(bytes, 32);
        startTicks = int64(bytes, 48);
        long ticksPerSecond = int64(bytes, 56);
        int features = int32(bytes, 64);
        if ((features & 1) == 0) {
            throw new UnsupportedLayoutException("uncompressed integers");
        }
        if (size != in.length() || metadataOffset < HEADER_BYTES || metadataOffset >= size || ticksPerSecond <= 0) {
            throw new UnsupportedLayoutException("chunk header offsets");
        }
        ticksPerNanosecond = ((double) ticksPerSecond) / 1_000_000_000L;
        in.position((int) metadataOffset);
        metadata = JfrMetadata.read(in);
        Map<Long, EventPlan> plans = plans();
        poolTypes();
        walkRecords(plans);
        readConstantPools(constantPoolOffset);
        return resolve();
    }

    private void poolTypes() {
        threadType = metadata.typeNamed("java.lang.Thread");
        stackTraceType = metadata.typeNamed("jdk.types.StackTrace");
        methodType = metadata.typeNamed("jdk.types.Method");
        classType = metadata.typeNamed("java.lang.Class");
        symbolType = metadata.typeNamed("jdk.types.Symbol");
        frameTypeType = metadata.typeNamed("jdk.types.FrameType");
        stringType = metadata.typeNamed("java.lang.String");
        for (JfrType type : new JfrType[] {threadType, stackTraceType, methodType, classType, symbolType, frameTypeType,
            stringType}) {
            if (type != null) {
                constants.put(type, new LongIntHashMap());
            }
        }
    }

    private Map<Long, EventPlan> plans() throws UnsupportedLayoutException {
        Map<Long, EventPlan> plans = new HashMap<>();
        for (int s = 0; s < specs.size(); s++) {
            SampleEventSpec spec = specs.get(s);
            JfrType type = metadata.typeNamed(spec.eventName());
            if (type == null) {
                continue;
            }
            if (spec.scaleField() != null && type.fieldIndex(spec.scaleField()) >= 0) {
                throw new UnsupportedLayoutException(spec.eventName() + " carries a weight");
            }
            List<JfrField> fields = type.fields();
            byte[] actions = new byte[fields.size()];
            if (fields.isEmpty() || !fields.get(0).name().equals("startTime") || !isPlainLong(fields.get(0))) {
                throw new UnsupportedLayoutException(spec.eventName() + " does not start with startTime");
            }
            actions[0] = START_TIME;
            int durationIndex = type.fieldIndex("duration");
            if (durationIndex >= 0) {
                if (durationIndex != 1 || !isPlainLong(fields.get(1))) {
                    throw new UnsupportedLayoutException(spec.eventName() + " has an unexpected duration field");
                }
                actions[1] = DURATION;
            }
            String threadField = type.fieldIndex("sampledThread") >= 0 ? "sampledThread"
                    : type.fieldIndex("eventThread") >= 0 ? "eventThread" : null;
            if (threadField != null) {
                assign(actions, type, threadField, THREAD, "java.lang.Thread");
            }
            if (type.fieldIndex("stackTrace") >= 0) {
                assign(actions, type, "stackTrace", STACK_TRACE, "jdk.types.StackTrace");
            }
            boolean hasValueField = spec.valueField() != null && type.fieldIndex(spec.valueField()) >= 0;
            boolean valueIsDuration = hasValueField && spec.valueField().equals("duration");
            JfrType.Kind valueKind = JfrType.Kind.LONG;
            if (hasValueField && !valueIsDuration) {
                int index = type.fieldIndex(spec.valueField());
                JfrField field = fields.get(index);
                JfrType valueType = metadata.type(field.typeId());
                if (field.constantPool() || field.array() || !valueType.isIntegral() || actions[index] != SKIP) {
                    throw new UnsupportedLayoutException(spec.eventName() + "." + spec.valueField() + " is not an integer");
                }
                actions[index] = VALUE;
                valueKind = valueType.kind();
            }
            if (spec.classField() != null && type.fieldIndex(spec.classField()) >= 0) {
                assign(actions, type, spec.classField(), CLASS, "java.lang.Class");
            }
            plans.put(type.id(), new EventPlan(s, actions, ValueCodec.of(metadata, type, codecs), valueKind,
                    valueIsDuration, hasValueField));
        }
        return plans;
    }

    private void assign(byte[] actions, JfrType type, String fieldName, byte action, String poolTypeName)
            throws UnsupportedLayoutException {
        int index = type.fieldIndex(fieldName);
        JfrField field = type.fields().get(index);
        if (!field.constantPool() || field.array() || !metadata.type(field.typeId()).name().equals(poolTypeName)
                || actions[index] != SKIP) {
            throw new UnsupportedLayoutException(type.name() + "." + fieldName + " is not a " + poolTypeName + " reference");
        }
        actions[index] = action;
    }

    private boolean isPlainLong(JfrField field) throws UnsupportedLayoutException {
        return !field.constantPool() && !field.array() && metadata.type(field.typeId()).kind() == JfrType.Kind.LONG;
    }

    private void walkRecords(Map<Long, EventPlan> plans) throws UnsupportedLayoutException {
        int end = in.length();
        int position = HEADER_BYTES;
        long[] planIds = new long[plans.size()];
        EventPlan[] planList = new EventPlan[plans.size()];
        int p = 0;
        for (Map.Entry<Long, EventPlan> entry : plans.entrySet()) {
            planIds[p] = entry.getKey();
            planList[p++] = entry.getValue();
        }
        while (position < end) {
            in.position(position);
            int size = in.varInt();
            if (size <= 0 || size > end - position) {
                throw new UnsupportedLayoutException("record size " + size + " at byte " + position);
            }
            long typeId = in.varLong();
            if (typeId != CHECKPOINT_TYPE_ID && typeId != METADATA_TYPE_ID) {
                for (int i = 0; i < planIds.length; i++) {
                    if (planIds[i] == typeId) {
                        readEvent(planList[i]);
                        break;
                    }
                }
            }
            if (in.position() > position + size) {
                throw new UnsupportedLayoutException("record at byte " + position + " overruns its size");
            }
            position += size;
        }
    }

    /**
     * Follows the chain of checkpoints as the consumer does: from the header's offset, each
     * checkpoint giving the distance to the next, until a distance of 0. A checkpoint off the chain
     * is not read (the consumer does not read it either); for a key defined twice, the one read
     * last along the chain counts.
     */
    private void readConstantPools(long firstOffset) throws UnsupportedLayoutException {
        java.util.Set<Long> visited = new java.util.HashSet<>();
        long position = 0;
        long delta = firstOffset;
        while (delta != 0) {
            position += delta;
            if (position < HEADER_BYTES || position >= in.length() || !visited.add(position)) {
                throw new UnsupportedLayoutException("checkpoint chain leads to byte " + position);
            }
            in.position((int) position);
            int size = in.varInt();
            if (size <= 0 || size > in.length() - position || in.varLong() != CHECKPOINT_TYPE_ID) {
                throw new UnsupportedLayoutException("no checkpoint at byte " + position);
            }
            delta = readCheckpoint((int) (position + size));
        }
    }

    /** Indexes one checkpoint's constants; returns the distance to the next checkpoint. */
    private long readCheckpoint(int recordEnd) throws UnsupportedLayoutException {
        in.varLong(); // start time
        in.varLong(); // duration
        long delta = in.varLong();
        in.u1(); // flush / checkpoint type
        int pools = in.varInt();
        for (int pool = 0; pool < pools; pool++) {
            JfrType type = metadata.type(in.varLong());
            int entries = in.varInt();
            // The consumer fails on an empty pool; leave such a file to it.
            if (entries <= 0 || entries > recordEnd - in.position()) {
                throw new UnsupportedLayoutException("constant count " + entries);
            }
            ValueCodec codec = ValueCodec.of(metadata, type, codecs);
            LongIntHashMap index = constants.get(type);
            for (int i = 0; i < entries; i++) {
                long key = in.varLong();
                if (index != null) {
                    index.put(key, in.position());
                }
                codec.skip(in);
            }
            if (in.position() > recordEnd) {
                throw new UnsupportedLayoutException("constant pool overruns its record");
            }
        }
        return delta;
    }

    private void readEvent(EventPlan plan) throws UnsupportedLayoutException {
        if (count == startTicksColumn.length) {
            growColumns();
        }
        int row = count;
        long duration = 0;
        long thread = Long.MIN_VALUE;
        long stack = Long.MIN_VALUE;
        long value = 0;
        long type = Long.MIN_VALUE;
        byte[] actions = plan.actions;
        for (int i = 0; i < actions.length; i++) {
            switch (actions[i]) {
                case START_TIME:
                    startTicksColumn[row] = in.varLong();
                    break;
                case DURATION:
                    duration = in.varLong();
                    break;
                case THREAD:
                    thread = in.varLong();
                    break;
                case STACK_TRACE:
                    stack = in.varLong();
                    break;
                case CLASS:
                    type = in.varLong();
                    break;
                case VALUE:
                    value = plan.valueKind == JfrType.Kind.BYTE ? in.u1() : in.varLong();
                    if (plan.valueKind == JfrType.Kind.INT) {
                        value = (int) value;
                    } else if (plan.valueKind == JfrType.Kind.SHORT) {
                        value = (short) value;
                    }
                    break;
                default:
                    plan.codec.skipField(in, i);
            }
        }
        durationTicks[row] = duration;
        threadKeys[row] = thread;
        stackKeys[row] = stack;
        classKeys[row] = type;
        specIndices[row] = (byte) plan.specIndex;
        long sampleValue;
        if (!plan.hasValueField) {
            sampleValue = 1;
        } else if (plan.valueIsDuration) {
            sampleValue = Long.MIN_VALUE; // computed from the ticks when resolving
        } else {
            sampleValue = Math.max(0, value);
        }
        rawValues[row] = sampleValue;
        count++;
    }

    private void growColumns() {
        int capacity = startTicksColumn.length * 2;
        startTicksColumn = Arrays.copyOf(startTicksColumn, capacity);
        durationTicks = Arrays.copyOf(durationTicks, capacity);
        threadKeys = Arrays.copyOf(threadKeys, capacity);
        stackKeys = Arrays.copyOf(stackKeys, capacity);
        rawValues = Arrays.copyOf(rawValues, capacity);
        classKeys = Arrays.copyOf(classKeys, capacity);
        specIndices = Arrays.copyOf(specIndices, capacity);
    }

    // ---- resolution -------------------------------------------------------------------------

    private long nanos(long ticks) {
        return startNanos + (long) ((ticks - startTicks) / ticksPerNanosecond);
    }

    private ChunkSamples resolve() throws UnsupportedLayoutException {
        long[] timeNanos = new long[count];
        long[] values = new long[count];
        int[] traceIndex = new int[count];
        int[] classIndex = new int[count];
        int[] threadIndex = new int[count];
        StackResolver stacks = new StackResolver();
        LongIntHashMap classes = new LongIntHashMap();
        List<String> classNames = new ArrayList<>();
        LongIntHashMap threadsByKey = new LongIntHashMap();
        List<ThreadInfo> threads = new ArrayList<>();
        for (int row = 0; row < count; row++) {
            long start = nanos(startTicksColumn[row]);
            timeNanos[row] = start;
            long value = rawValues[row];
            if (value == Long.MIN_VALUE) {
                value = Math.max(0, nanos(startTicksColumn[row] + durationTicks[row]) - start);
            }
            values[row] = value;
            traceIndex[row] = stackKeys[row] == Long.MIN_VALUE ? -1 : stacks.trace(stackKeys[row]);
            classIndex[row] = classKeys[row] == Long.MIN_VALUE ? -1 : lookup(classes, classNames, classKeys[row]);
            threadIndex[row] = threadKeys[row] == Long.MIN_VALUE ? -1 : lookupThread(threadsByKey, threads, threadKeys[row]);
        }
        return new ChunkSamples(count, timeNanos, values, Arrays.copyOf(specIndices, count), traceIndex, classIndex,
                threadIndex, stacks.traces, stacks.frames, classNames, threads);
    }

    private int lookup(LongIntHashMap cache, List<String> names, long key)
            throws UnsupportedLayoutException {
        int index = cache.get(key);
        if (index >= 0) {
            return index;
        }
        String symbol = classSymbol(key);
        if (symbol == null) {
            return -1;
        }
        index = names.size();
        names.add(JfrNames.className(symbol));
        cache.put(key, index);
        return index;
    }

    private int lookupThread(LongIntHashMap cache, List<ThreadInfo> threads, long key) throws UnsupportedLayoutException {
        int index = cache.get(key);
        if (index >= 0) {
            return index;
        }
        Object[] thread = (Object[]) constant(threadType, key);
        if (thread == null) {
            return -1;
        }
        ThreadInfo info = new ThreadInfo(longField(thread, threadType, "javaThreadId", -1),
                longField(thread, threadType, "osThreadId", -1), stringField(thread, threadType, "javaName"),
                stringField(thread, threadType, "osName"), booleanField(thread, threadType, "virtual"));
        index = threads.size();
        threads.add(info);
        cache.put(key, index);
        return index;
    }

    /** The symbol of a class constant ({@code java/lang/String}), or null when there is no such constant. */
    private String classSymbol(long key) throws UnsupportedLayoutException {
        Object[] type = (Object[]) constant(classType, key);
        if (type == null) {
            return null;
        }
        String name = symbol(refField(type, classType, "name"));
        if (name == null) {
            // The consumer fails on a class without a name; leave that to it.
            throw new UnsupportedLayoutException("a class constant without a name");
        }
        return name;
    }

    /** Decodes the constant of that key, or returns null when the chunk has none. */
    private Object constant(JfrType type, long key) throws UnsupportedLayoutException {
        if (type == null) {
            return null;
        }
        int position = constants.get(type).get(key);
        if (position < 0) {
            return null;
        }
        int saved = in.position();
        in.position(position);
        Object value = ValueCodec.of(metadata, type, codecs).decode(in, this::poolString);
        in.position(saved);
        return value;
    }

    private String poolString(long key) throws UnsupportedLayoutException {
        if (stringType == null) {
            return null;
        }
        int position = constants.get(stringType).get(key);
        if (position < 0) {
            return null;
        }
        int saved = in.position();
        in.position(position);
        String value = in.string(nested -> {
            throw new UnsupportedLayoutException("a string constant refers to another");
        });
        in.position(saved);
        return value;
    }

    /** A simple type's single value (a symbol's string, a frame type's description), or null. */
    private String simpleString(JfrType type, Object key) throws UnsupportedLayoutException {
        if (!(key instanceof Long) || type == null) {
            return null;
        }
        if (type.fields().size() != 1) {
            throw new UnsupportedLayoutException(type.name() + " is not a simple type");
        }
        Object[] value = (Object[]) constant(type, (Long) key);
        if (value == null) {
            return null;
        }
        if (value[0] != null && !(value[0] instanceof String)) {
            throw new UnsupportedLayoutException(type.name() + " does not hold a string");
        }
        return (String) value[0];
    }

    private String symbol(Object key) throws UnsupportedLayoutException {
        return simpleString(symbolType, key);
    }

    private static Object field(Object[] values, JfrType type, String name) {
        int index = type.fieldIndex(name);
        return index < 0 ? null : values[index];
    }

    private Object refField(Object[] values, JfrType type, String name) throws UnsupportedLayoutException {
        int index = type.fieldIndex(name);
        if (index < 0) {
            return null;
        }
        if (!type.fields().get(index).constantPool()) {
            throw new UnsupportedLayoutException(type.name() + "." + name + " is not a reference");
        }
        return values[index];
    }

    private static long longField(Object[] values, JfrType type, String name, long absent)
            throws UnsupportedLayoutException {
        Object value = field(values, type, name);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof Long)) {
            throw new UnsupportedLayoutException(type.name() + "." + name + " is not an integer");
        }
        return (Long) value;
    }

    private static String stringField(Object[] values, JfrType type, String name) throws UnsupportedLayoutException {
        Object value = field(values, type, name);
        if (value != null && !(value instanceof String)) {
            throw new UnsupportedLayoutException(type.name() + "." + name + " is not a string");
        }
        return (String) value;
    }

    private static boolean booleanField(Object[] values, JfrType type, String name) throws UnsupportedLayoutException {
        Object value = field(values, type, name);
        if (value != null && !(value instanceof Boolean)) {
            throw new UnsupportedLayoutException(type.name() + "." + name + " is not a boolean");
        }
        return Boolean.TRUE.equals(value);
    }

    private static int int32(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xff) << 24) | ((bytes[offset + 1] & 0xff) << 16) | ((bytes[offset + 2] & 0xff) << 8)
                | (bytes[offset + 3] & 0xff);
    }

    private static long int64(byte[] bytes, int offset) {
        return ((long) int32(bytes, offset) << 32) | (int32(bytes, offset + 4) & 0xffffffffL);
    }

    /** Resolves stack traces to frames, each distinct trace and frame once. */
    private final class StackResolver {
        final List<int[]> traces = new ArrayList<>();
        final List<Frame> frames = new ArrayList<>();
        private final LongIntHashMap traceByKey = new LongIntHashMap();
        private final Map<Frame, Integer> frameIds = new HashMap<>();
        private final FrameKeyMap frameKeys = new FrameKeyMap();
        /** Per method key: its class symbol, name and descriptor. */
        private final Map<Long, String[]> methodSymbols = new HashMap<>();
        private final Map<Long, FrameType> frameTypes = new HashMap<>();
        private int framesField = -2;
        private ValueCodec frameCodec;
        private int methodField;
        private int lineField;
        private int typeField;

        /** The local index of the trace, or -1 when the chunk has no such trace (a null trace). */
        int trace(long key) throws UnsupportedLayoutException {
            int index = traceByKey.get(key);
            if (index >= 0) {
                return index;
            }
            if (stackTraceType == null) {
                return -1;
            }
            int position = constants.get(stackTraceType).get(key);
            if (position < 0) {
                return -1;
            }
            prepare();
            ValueCodec traceCodec = ValueCodec.of(metadata, stackTraceType, codecs);
            int saved = in.position();
            in.position(position);
            int[] ids = new int[0];
            List<JfrField> fields = stackTraceType.fields();
            for (int f = 0; f < fields.size(); f++) {
                if (f == framesField) {
                    int depth = in.varInt();
                    if (depth < 0 || depth > in.length() - in.position()) {
                        throw new UnsupportedLayoutException("stack depth " + depth);
                    }
                    ids = new int[depth];
                    for (int i = 0; i < depth; i++) {
                        ids[i] = frame();
                    }
                } else {
                    traceCodec.skipField(in, f);
                }
            }
            in.position(saved);
            index = traces.size();
            traces.add(ids);
            traceByKey.put(key, index);
            return index;
        }

        private void prepare() throws UnsupportedLayoutException {
            if (framesField != -2) {
                return;
            }
            framesField = stackTraceType.fieldIndex("frames");
            if (framesField < 0) {
                throw new UnsupportedLayoutException("a stack trace type without frames");
            }
            JfrField frames = stackTraceType.fields().get(framesField);
            JfrType frameType = metadata.type(frames.typeId());
            if (frames.constantPool() || !frames.array() || frameType.kind() != JfrType.Kind.STRUCT) {
                throw new UnsupportedLayoutException("unexpected stack trace frames field");
            }
            frameCodec = ValueCodec.of(metadata, frameType, codecs);
            methodField = checkedField(frameType, "method", true, "jdk.types.Method");
            lineField = checkedField(frameType, "lineNumber", false, "int");
            typeField = checkedField(frameType, "type", true, "jdk.types.FrameType");
        }

        private int checkedField(JfrType type, String name, boolean reference, String typeName)
                throws UnsupportedLayoutException {
            int index = type.fieldIndex(name);
            if (index >= 0) {
                JfrField field = type.fields().get(index);
                if (field.constantPool() != reference || field.array()
                        || !metadata.type(field.typeId()).name().equals(typeName)) {
                    throw new UnsupportedLayoutException("unexpected frame field " + name);
                }
            }
            return index;
        }

        private int frame() throws UnsupportedLayoutException {
            long method = Long.MIN_VALUE;
            int line = -1;
            long type = Long.MIN_VALUE;
            int fieldCount = frameCodec.type().fields().size();
            for (int f = 0; f < fieldCount; f++) {
                if (f == methodField) {
                    method = in.varLong();
                } else if (f == lineField) {
                    line = (int) in.varLong();
                } else if (f == typeField) {
                    type = in.varLong();
                } else {
                    frameCodec.skipField(in, f);
                }
            }
            int known = frameKeys.get(method, line, type);
            if (known >= 0) {
                return known;
            }
            FrameType kind = frameType(type);
            String[] symbols = methodSymbols(method);
            String name = symbols == null ? "unknown" : JfrNames.frameName(symbols[0], symbols[1], symbols[2], kind);
            Frame frame = new Frame(name, kind, Math.max(0, line));
            Integer id = frameIds.get(frame);
            if (id == null) {
                id = frames.size();
                frames.add(frame);
                frameIds.put(frame, id);
            }
            frameKeys.putNew(method, line, type, id);
            return id;
        }

        /** {class symbol, name, descriptor} of a method constant, or null when the chunk has none. */
        private String[] methodSymbols(long key) throws UnsupportedLayoutException {
            if (methodSymbols.containsKey(key)) {
                return methodSymbols.get(key);
            }
            Object[] method = key == Long.MIN_VALUE ? null : (Object[]) constant(methodType, key);
            String[] symbols = null;
            if (method != null) {
                Object classKey = refField(method, methodType, "type");
                String classSymbol = classKey instanceof Long ? classSymbol((Long) classKey) : null;
                String methodName = symbol(refField(method, methodType, "name"));
                String descriptor = symbol(refField(method, methodType, "descriptor"));
                symbols = new String[] {classSymbol, methodName, descriptor};
            }
            methodSymbols.put(key, symbols);
            return symbols;
        }

        private FrameType frameType(long key) throws UnsupportedLayoutException {
            FrameType cached = frameTypes.get(key);
            if (cached != null) {
                return cached;
            }
            FrameType type = FrameType.fromJfr(key == Long.MIN_VALUE ? null : simpleString(frameTypeType, key));
            frameTypes.put(key, type);
            return type;
        }
    }
}

