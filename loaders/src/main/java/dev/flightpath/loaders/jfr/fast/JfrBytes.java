package dev.flightpath.loaders.jfr.fast;

import java.nio.charset.StandardCharsets;

/**
 * A cursor over one chunk's bytes, reading JFR's encodings: LEB128-compressed integers (at most
 * 9 bytes, the ninth contributing all its 8 bits), raw big-endian floats, and encoded strings.
 * Reading past the end throws {@link ArrayIndexOutOfBoundsException}, which callers turn into a
 * fallback.
 */
final class JfrBytes {
    private final byte[] data;
    private final int length;
    private int position;

    /** The first {@code length} bytes of {@code data} (a reused buffer may be longer). */
    JfrBytes(byte[] data, int length) {
        if (length < 0 || length > data.length) {
            throw new IllegalArgumentException("length " + length + " of " + data.length);
        }
        this.data = data;
        this.length = length;
    }

    int position() {
        return position;
    }

    void position(int newPosition) {
        position = newPosition;
    }

    int length() {
        return length;
    }

    byte u1() {
        return data[position++];
    }

    long varLong() {
        byte[] bytes = data;
        int p = position;
        long value = 0;
        for (int shift = 0; shift < 56; shift += 7) {
            int b = bytes[p++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                position = p;
                return value;
            }
        }
        value |= (long) (bytes[p++] & 0xff) << 56;
        position = p;
        return value;
    }

    int varInt() {
        return (int) varLong();
    }

    /** Skips one compressed integer without decoding it. */
    void skipVar() {
        byte[] bytes = data;
        int p = position;
        for (int i = 0; i < 8; i++) {
            if (bytes[p++] >= 0) {
                position = p;
                return;
            }
        }
        position = p + 1;
    }

    void skip(int bytes) {
        if (bytes < 0 || position + bytes > length) {
            throw new ArrayIndexOutOfBoundsException(position + bytes);
        }
        position += bytes;
    }

    int rawInt() {
        int p = position;
        int value = ((data[p] & 0xff) << 24) | ((data[p + 1] & 0xff) << 16) | ((data[p + 2] & 0xff) << 8) | (data[p + 3] & 0xff);
        position = p + 4;
        return value;
    }

    float rawFloat() {
        return Float.intBitsToFloat(rawInt());
    }

    double rawDouble() {
        long high = rawInt() & 0xffffffffL;
        long low = rawInt() & 0xffffffffL;
        return Double.longBitsToDouble((high << 32) | low);
    }

    static final int STRING_NULL = 0;
    static final int STRING_EMPTY = 1;
    static final int STRING_CONSTANT = 2;
    static final int STRING_UTF8 = 3;
    static final int STRING_CHARS = 4;
    static final int STRING_LATIN1 = 5;

    /** Reads an inline string; a constant-pool reference yields {@link #STRING_CONSTANT} via the resolver. */
    String string(StringResolver constants) throws UnsupportedLayoutException {
        int encoding = u1();
        switch (encoding) {
            case STRING_NULL:
                return null;
            case STRING_EMPTY:
                return "";
            case STRING_CONSTANT:
                return constants.string(varLong());
            case STRING_UTF8: {
                int size = varInt();
                checkSize(size);
                String value = new String(data, position, size, StandardCharsets.UTF_8);
                position += size;
                return value;
            }
            case STRING_CHARS: {
                int size = varInt();
                checkSize(size);
                char[] chars = new char[size];
                for (int i = 0; i < size; i++) {
                    chars[i] = (char) varInt();
                }
                return new String(chars);
            }
            case STRING_LATIN1: {
                int size = varInt();
                checkSize(size);
                String value = new String(data, position, size, StandardCharsets.ISO_8859_1);
                position += size;
                return value;
            }
            default:
                throw new UnsupportedLayoutException("string encoding " + encoding + " at byte " + (position - 1));
        }
    }

    void skipString() throws UnsupportedLayoutException {
        int encoding = u1();
        switch (encoding) {
            case STRING_NULL:
            case STRING_EMPTY:
                return;
            case STRING_CONSTANT:
                skipVar();
                return;
            case STRING_UTF8:
            case STRING_LATIN1:
                skip(varInt());
                return;
            case STRING_CHARS: {
                int size = varInt();
                checkSize(size);
                for (int i = 0; i < size; i++) {
                    skipVar();
                }
                return;
            }
            default:
                throw new UnsupportedLayoutException("string encoding " + encoding + " at byte " + (position - 1));
        }
    }

    private void checkSize(int size) {
        if (size < 0 || size > length - position) {
            throw new ArrayIndexOutOfBoundsException(position + size);
        }
    }

    /** Looks up strings that an encoded string refers to by constant-pool key. */
    interface StringResolver {
        String string(long key) throws UnsupportedLayoutException;
    }
}
