package dev.flightpath.loaders.jfr.fast;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Skips or decodes values of one type, with the field types looked up once. Decoded values:
 * integral primitives as {@link Long}, booleans as {@link Boolean}, floats as {@link Double},
 * strings as {@link String} (or null), structs as {@code Object[]} in field order, arrays as
 * {@code Object[]}, and constant-pool references as their {@link Long} key.
 */
final class ValueCodec {
    private static final int MAX_DEPTH = 32;

    private final JfrType type;
    private final FieldCodec[] fields;
    /** For a struct of scalar compressed integers and references only: how many; else -1. */
    private int flatVarints = -1;

    /** One field: how it is stored and the codec of its type. */
    private record FieldCodec(boolean constantPool, boolean array, ValueCodec codec) {
    }

    private ValueCodec(JfrType type, int fieldCount) {
        this.type = type;
        this.fields = new FieldCodec[fieldCount];
    }

    JfrType type() {
        return type;
    }

    /** Builds the codecs of a type and of every type it holds inline; memoised in {@code built}. */
    static ValueCodec of(JfrMetadata metadata, JfrType type, Map<JfrType, ValueCodec> built)
            throws UnsupportedLayoutException {
        return of(metadata, type, built, 0);
    }

    static Map<JfrType, ValueCodec> newCache() {
        return new IdentityHashMap<>();
    }

    private static ValueCodec of(JfrMetadata metadata, JfrType type, Map<JfrType, ValueCodec> built, int depth)
            throws UnsupportedLayoutException {
        ValueCodec existing = built.get(type);
        if (existing != null) {
            return existing;
        }
        if (depth > MAX_DEPTH) {
            throw new UnsupportedLayoutException("type " + type.name() + " nests too deeply");
        }
        List<JfrField> declared = type.kind() == JfrType.Kind.STRUCT ? type.fields() : List.of();
        ValueCodec codec = new ValueCodec(type, declared.size());
        built.put(type, codec);
        for (int i = 0; i < declared.size(); i++) {
            JfrField field = declared.get(i);
            JfrType fieldType = metadata.type(field.typeId());
            ValueCodec fieldCodec = field.constantPool() ? null : of(metadata, fieldType, built, depth + 1);
            codec.fields[i] = new FieldCodec(field.constantPool(), field.array(), fieldCodec);
        }
        boolean flat = type.kind() == JfrType.Kind.STRUCT;
        for (FieldCodec field : codec.fields) {
            flat &= !field.array && (field.constantPool || field.codec.isVarint());
        }
        codec.flatVarints = flat ? codec.fields.length : -1;
        return codec;
    }

    private boolean isVarint() {
        JfrType.Kind kind = type.kind();
        return kind == JfrType.Kind.CHAR || kind == JfrType.Kind.SHORT || kind == JfrType.Kind.INT
                || kind == JfrType.Kind.LONG;
    }

    /** Skips one value of this type (inline, not a reference). */
    void skip(JfrBytes in) throws UnsupportedLayoutException {
        if (flatVarints >= 0) {
            for (int i = 0; i < flatVarints; i++) {
                in.skipVar();
            }
            return;
        }
        switch (type.kind()) {
            case BOOLEAN:
            case BYTE:
                in.skip(1);
                return;
            case CHAR:
            case SHORT:
            case INT:
            case LONG:
                in.skipVar();
                return;
            case FLOAT:
                in.skip(4);
                return;
            case DOUBLE:
                in.skip(8);
                return;
            case STRING:
                in.skipString();
                return;
            default:
                for (FieldCodec field : fields) {
                    skipField(in, field);
                }
        }
    }

    /** Skips the value of field {@code index} of this struct. */
    void skipField(JfrBytes in, int index) throws UnsupportedLayoutException {
        skipField(in, fields[index]);
    }

    private static void skipField(JfrBytes in, FieldCodec field) throws UnsupportedLayoutException {
        if (field.array) {
            int count = in.varInt();
            checkCount(count, in);
            for (int i = 0; i < count; i++) {
                skipOne(in, field);
            }
        } else {
            skipOne(in, field);
        }
    }

    private static void skipOne(JfrBytes in, FieldCodec field) throws UnsupportedLayoutException {
        if (field.constantPool) {
            in.skipVar();
        } else {
            field.codec.skip(in);
        }
    }

    /** Decodes one value of this type (inline, not a reference). */
    Object decode(JfrBytes in, JfrBytes.StringResolver strings) throws UnsupportedLayoutException {
        switch (type.kind()) {
            case BOOLEAN:
                return in.u1() != 0;
            case BYTE:
                return (long) in.u1();
            case CHAR:
                return (long) (char) in.varLong();
            case SHORT:
                return (long) (short) in.varLong();
            case INT:
                return (long) (int) in.varLong();
            case LONG:
                return in.varLong();
            case FLOAT:
                return (double) in.rawFloat();
            case DOUBLE:
                return in.rawDouble();
            case STRING:
                return in.string(strings);
            default:
                Object[] values = new Object[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    values[i] = decodeField(in, fields[i], strings);
                }
                return values;
        }
    }

    private static Object decodeField(JfrBytes in, FieldCodec field, JfrBytes.StringResolver strings)
            throws UnsupportedLayoutException {
        if (field.array) {
            int count = in.varInt();
            checkCount(count, in);
            Object[] elements = new Object[count];
            for (int i = 0; i < count; i++) {
                elements[i] = decodeOne(in, field, strings);
            }
            return elements;
        }
        return decodeOne(in, field, strings);
    }

    private static Object decodeOne(JfrBytes in, FieldCodec field, JfrBytes.StringResolver strings)
            throws UnsupportedLayoutException {
        return field.constantPool ? (Object) in.varLong() : field.codec.decode(in, strings);
    }

    private static void checkCount(int count, JfrBytes in) {
        if (count < 0 || count > in.length() - in.position()) {
            throw new ArrayIndexOutOfBoundsException(count);
        }
    }
}
