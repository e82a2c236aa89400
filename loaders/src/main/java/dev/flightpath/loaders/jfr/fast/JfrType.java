package dev.flightpath.loaders.jfr.fast;

import java.util.List;

/**
 * One type of a chunk's metadata: a primitive, a string, or a struct of fields (events and
 * constant-pool types are structs).
 *
 * @param id     the type id used by records and fields
 * @param name   {@code jdk.ExecutionSample}, {@code long}, {@code java.lang.String}, …
 * @param kind   how a value of it is encoded
 * @param fields the fields in encoding order; empty for primitives and strings
 */
record JfrType(long id, String name, Kind kind, List<JfrField> fields) {

    JfrType {
        fields = List.copyOf(fields);
    }

    enum Kind { BOOLEAN, BYTE, CHAR, SHORT, INT, LONG, FLOAT, DOUBLE, STRING, STRUCT }

    static Kind kindOf(String name) {
        switch (name) {
            case "boolean": return Kind.BOOLEAN;
            case "byte": return Kind.BYTE;
            case "char": return Kind.CHAR;
            case "short": return Kind.SHORT;
            case "int": return Kind.INT;
            case "long": return Kind.LONG;
            case "float": return Kind.FLOAT;
            case "double": return Kind.DOUBLE;
            case "java.lang.String": return Kind.STRING;
            default: return Kind.STRUCT;
        }
    }

    // Identity: types are unique per chunk, and hashing all their fields would cost.
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    /** The index of the named field, or -1. */
    int fieldIndex(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    boolean isIntegral() {
        return kind == Kind.BYTE || kind == Kind.SHORT || kind == Kind.INT || kind == Kind.LONG;
    }
}
