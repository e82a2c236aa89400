package dev.flightpath.loaders.beam;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes one term in the Erlang external term format (version 131) from a byte range, as
 * {@code binary_to_term/1} would. Hostile input is bounded: every length is checked against the
 * bytes left before anything is allocated, nesting deeper than {@link #MAX_DEPTH} is refused
 * (so a crafted term cannot overflow the Java stack), and a compressed term may not inflate to
 * more than {@link #MAX_INFLATED_BYTES}.
 *
 * <p>An instance keeps an atom cache (trace files repeat a few atoms millions of times); it is not
 * thread-safe.
 */
final class TermDecoder {
    static final int VERSION = 131;
    /** Deeper terms are refused; real trace messages are nowhere near this. */
    static final int MAX_DEPTH = 1_000;
    static final int MAX_INFLATED_BYTES = 64 << 20;

    static final int COMPRESSED = 80;
    static final int NEW_FLOAT_EXT = 70;
    static final int BIT_BINARY_EXT = 77;
    static final int ATOM_CACHE_REF = 82;
    static final int NEW_PID_EXT = 88;
    static final int NEW_PORT_EXT = 89;
    static final int NEWER_REFERENCE_EXT = 90;
    static final int SMALL_INTEGER_EXT = 97;
    static final int INTEGER_EXT = 98;
    static final int FLOAT_EXT = 99;
    static final int ATOM_EXT = 100;
    static final int REFERENCE_EXT = 101;
    static final int PORT_EXT = 102;
    static final int PID_EXT = 103;
    static final int SMALL_TUPLE_EXT = 104;
    static final int LARGE_TUPLE_EXT = 105;
    static final int NIL_EXT = 106;
    static final int STRING_EXT = 107;
    static final int LIST_EXT = 108;
    static final int BINARY_EXT = 109;
    static final int SMALL_BIG_EXT = 110;
    static final int LARGE_BIG_EXT = 111;
    static final int NEW_FUN_EXT = 112;
    static final int EXPORT_EXT = 113;
    static final int NEW_REFERENCE_EXT = 114;
    static final int SMALL_ATOM_EXT = 115;
    static final int MAP_EXT = 116;
    static final int FUN_EXT = 117;
    static final int ATOM_UTF8_EXT = 118;
    static final int SMALL_ATOM_UTF8_EXT = 119;
    static final int V4_PORT_EXT = 120;
    static final int LOCAL_EXT = 121;

    private static final int OLD_FLOAT_BYTES = 31;
    private static final long MAX_DEFLATE_RATIO = 1032;
    private static final int MAX_ATOM_CHARS = 255;

    private final Map<String, Term.Atom> atoms = new HashMap<>();
    private byte[] buffer;
    private int position;
    private int end;

    /**
     * Decodes the term in {@code buffer[from, to)}, which starts with the version byte and must be
     * used up exactly.
     */
    Term decode(byte[] buffer, int from, int to) throws TermDecodeException {
        this.buffer = buffer;
        this.position = from;
        this.end = to;
        int version = u8();
        if (version != VERSION) {
            throw new TermDecodeException(from, String.format(Locale.ROOT,
                    "expected external term format version 131, found %d", version));
        }
        Term term;
        if (position < end && (buffer[position] & 0xff) == COMPRESSED) {
            term = decodeCompressed();
        } else {
            term = term(0);
        }
        if (position != end) {
            throw new TermDecodeException(position, (end - position) + " bytes after the end of the term");
        }
        return term;
    }

    private Term decodeCompressed() throws TermDecodeException {
        int tagAt = position;
        position++;
        long size = u32();
        if (size > MAX_INFLATED_BYTES) {
            throw new TermDecodeException(tagAt, String.format(Locale.ROOT,
                    "compressed term claims %d bytes uncompressed, more than the limit of %d", size, MAX_INFLATED_BYTES));
        }
        // Deflate cannot do better than about 1032:1, so a claim beyond that is a lie: refuse it
        // before allocating the buffer.
        if (size > (end - position) * MAX_DEFLATE_RATIO + 64) {
            throw new TermDecodeException(tagAt, String.format(Locale.ROOT,
                    "compressed term claims %d bytes uncompressed from only %d bytes of data", size, end - position));
        }
        byte[] inflated = new byte[(int) size];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(buffer, position, end - position);
            int produced = 0;
            while (produced < inflated.length && !inflater.finished()) {
                int n = inflater.inflate(inflated, produced, inflated.length - produced);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                produced += n;
            }
            if (produced != inflated.length || !inflater.finished()) {
                throw new TermDecodeException(tagAt, String.format(Locale.ROOT,
                        "compressed term inflates to %s, not the %d bytes its header says",
                        inflater.finished() ? produced + " bytes" : "more or less data", size));
            }
            if (inflater.getRemaining() != 0) {
                throw new TermDecodeException(end - inflater.getRemaining(),
                        inflater.getRemaining() + " bytes after the compressed data");
            }
        } catch (DataFormatException e) {
            throw new TermDecodeException(tagAt, "compressed term is not valid zlib data: " + e.getMessage());
        } finally {
            inflater.end();
        }
        TermDecoder inner = new TermDecoder();
        inner.buffer = inflated;
        inner.position = 0;
        inner.end = inflated.length;
        Term term;
        try {
            term = inner.term(0);
            if (inner.position != inner.end) {
                throw new TermDecodeException(inner.position,
                        (inner.end - inner.position) + " bytes after the end of the term");
            }
        } catch (TermDecodeException e) {
            throw new TermDecodeException(tagAt, String.format(Locale.ROOT,
                    "in compressed term, at byte %d of the inflated data: %s", e.position(), e.getMessage()));
        }
        position = end;
        return term;
    }

    private Term term(int depth) throws TermDecodeException {
        if (depth > MAX_DEPTH) {
            throw new TermDecodeException(position, "term nested deeper than " + MAX_DEPTH + " levels");
        }
        int tagAt = position;
        int tag = u8();
        switch (tag) {
            case SMALL_INTEGER_EXT:
                return new Term.Int(u8());
            case INTEGER_EXT:
                return new Term.Int(i32());
            case FLOAT_EXT:
                return oldFloat();
            case NEW_FLOAT_EXT:
                return new Term.FloatTerm(Double.longBitsToDouble(i64()));
            case ATOM_EXT:
                return atom(u16(), false);
            case SMALL_ATOM_EXT:
                return atom(u8(), false);
            case ATOM_UTF8_EXT:
                return atom(u16(), true);
            case SMALL_ATOM_UTF8_EXT:
                return atom(u8(), true);
            case SMALL_TUPLE_EXT:
                return tuple(u8(), depth);
            case LARGE_TUPLE_EXT:
                return tuple(count(u32(), 1, "tuple arity"), depth);
            case NIL_EXT:
                return Term.Nil.INSTANCE;
            case STRING_EXT:
                return string(u16());
            case LIST_EXT:
                return list(count(u32(), 1, "list length"), depth);
            case BINARY_EXT: {
                int size = count(u32(), 1, "binary size");
                return new Term.Binary(bytes(size), 8);
            }
            case BIT_BINARY_EXT:
                return bitBinary();
            case SMALL_BIG_EXT:
                return big(u8());
            case LARGE_BIG_EXT:
                return big(count(u32(), 1, "big integer size"));
            case PID_EXT:
                return new Term.Pid(node(depth), u32(), u32(), u8());
            case NEW_PID_EXT:
                return new Term.Pid(node(depth), u32(), u32(), u32());
            case PORT_EXT:
                return new Term.Port(node(depth), u32(), u8());
            case NEW_PORT_EXT:
                return new Term.Port(node(depth), u32(), u32());
            case V4_PORT_EXT:
                return new Term.Port(node(depth), i64(), u32());
            case REFERENCE_EXT: {
                String node = node(depth);
                int id = (int) u32();
                return new Term.Ref(node, u8(), new int[] {id});
            }
            case NEW_REFERENCE_EXT:
            case NEWER_REFERENCE_EXT:
                return newReference(tag, depth);
            case MAP_EXT:
                return map(depth);
            case FUN_EXT:
                return oldFun(depth);
            case NEW_FUN_EXT:
                return newFun(depth);
            case EXPORT_EXT:
                return export(depth);
            case ATOM_CACHE_REF:
                throw new TermDecodeException(tagAt,
                        "ATOM_CACHE_REF (82) is only valid in distribution messages, not in a trace file");
            case LOCAL_EXT:
                throw new TermDecodeException(tagAt,
                        "LOCAL_EXT (121) holds a node-local encoding that cannot be decoded outside that node");
            case COMPRESSED:
                throw new TermDecodeException(tagAt, "compressed term (80) nested inside a term");
            default:
                throw new TermDecodeException(tagAt, String.format(Locale.ROOT, "unknown term tag %d", tag));
        }
    }

    private Term.FloatTerm oldFloat() throws TermDecodeException {
        int at = position;
        byte[] raw = bytes(OLD_FLOAT_BYTES);
        int length = 0;
        while (length < raw.length && raw[length] != 0) {
            length++;
        }
        String text = new String(raw, 0, length, StandardCharsets.US_ASCII).trim();
        try {
            return new Term.FloatTerm(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            throw new TermDecodeException(at, "FLOAT_EXT holds no number: '" + text + "'");
        }
    }

    private Term.Atom atom(int length, boolean utf8) throws TermDecodeException {
        int at = position;
        byte[] raw = bytes(length);
        String name = new String(raw, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        if (name.codePointCount(0, name.length()) > MAX_ATOM_CHARS) {
            throw new TermDecodeException(at, "atom longer than " + MAX_ATOM_CHARS + " characters");
        }
        Term.Atom atom = atoms.get(name);
        if (atom == null) {
            atom = new Term.Atom(name);
            atoms.put(name, atom);
        }
        return atom;
    }

    private Term tuple(int arity, int depth) throws TermDecodeException {
        List<Term> elements = new ArrayList<>(arity);
        for (int i = 0; i < arity; i++) {
            elements.add(term(depth + 1));
        }
        return new Term.Tuple(elements);
    }

    private Term string(int length) throws TermDecodeException {
        byte[] raw = bytes(length);
        if (length == 0) {
            return Term.Nil.INSTANCE;
        }
        List<Term> elements = new ArrayList<>(length);
        for (byte b : raw) {
            elements.add(new Term.Int(b & 0xff));
        }
        return new Term.ListTerm(elements, Term.Nil.INSTANCE);
    }

    private Term list(int length, int depth) throws TermDecodeException {
        List<Term> elements = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            elements.add(term(depth + 1));
        }
        Term tail = term(depth + 1);
        // [a | [b | T]] is the list [a, b | T]: flatten so that equal lists compare equal.
        if (tail instanceof Term.ListTerm) {
            Term.ListTerm rest = (Term.ListTerm) tail;
            elements.addAll(rest.elements());
            tail = rest.tail();
        }
        if (elements.isEmpty()) {
            return tail;
        }
        return new Term.ListTerm(elements, tail);
    }

    private Term bitBinary() throws TermDecodeException {
        int size = count(u32(), 1, "bitstring size");
        int bitsAt = position;
        int bits = u8();
        if (bits < 1 || bits > 8 || size == 0) {
            throw new TermDecodeException(bitsAt, String.format(Locale.ROOT,
                    "BIT_BINARY_EXT with %d bytes and %d bits in the last byte", size, bits));
        }
        return new Term.Binary(bytes(size), bits);
    }

    private Term big(int size) throws TermDecodeException {
        int signAt = position;
        int sign = u8();
        if (sign > 1) {
            throw new TermDecodeException(signAt, "big integer sign byte is " + sign + ", not 0 or 1");
        }
        byte[] littleEndian = bytes(size);
        byte[] bigEndian = new byte[size];
        for (int i = 0; i < size; i++) {
            bigEndian[i] = littleEndian[size - 1 - i];
        }
        BigInteger value = new BigInteger(sign == 0 ? 1 : -1, bigEndian);
        if (value.bitLength() < Long.SIZE) {
            return new Term.Int(value.longValue());
        }
        return new Term.Big(value);
    }

    private String node(int depth) throws TermDecodeException {
        int at = position;
        Term node = term(depth + 1);
        if (!(node instanceof Term.Atom)) {
            throw new TermDecodeException(at, "node name is not an atom");
        }
        return ((Term.Atom) node).name();
    }

    private Term newReference(int tag, int depth) throws TermDecodeException {
        int length = u16();
        String node = node(depth);
        long creation = tag == NEW_REFERENCE_EXT ? u8() : u32();
        count(length, 4, "reference length");
        int[] ids = new int[length];
        for (int i = 0; i < length; i++) {
            ids[i] = (int) u32();
        }
        return new Term.Ref(node, creation, ids);
    }

    private Term map(int depth) throws TermDecodeException {
        int arity = count(u32(), 2, "map size");
        Map<Term, Term> entries = new LinkedHashMap<>();
        for (int i = 0; i < arity; i++) {
            int keyAt = position;
            Term key = term(depth + 1);
            Term value = term(depth + 1);
            if (entries.put(key, value) != null) {
                throw new TermDecodeException(keyAt, "map has the key " + key + " twice");
            }
        }
        return new Term.MapTerm(entries);
    }

    private Term oldFun(int depth) throws TermDecodeException {
        int numFree = count(u32(), 1, "free variable count");
        Term pid = term(depth + 1);
        String module = atomName(depth, "fun module");
        long index = integer(depth, "fun index");
        long uniq = integer(depth, "fun uniq");
        List<Term> free = freeVars(numFree, depth);
        return new Term.Fun(module, -1, Long.toString(uniq), index, pid, free);
    }

    private Term newFun(int depth) throws TermDecodeException {
        int sizeAt = position;
        long size = u32();
        int start = sizeAt;
        if (size < 4 || size > end - start) {
            throw new TermDecodeException(sizeAt, String.format(Locale.ROOT,
                    "NEW_FUN_EXT size %d does not fit in the %d bytes left", size, end - start));
        }
        int arity = u8();
        byte[] md5 = bytes(16);
        long index = u32();
        int numFree = count(u32(), 1, "free variable count");
        String module = atomName(depth, "fun module");
        integer(depth, "fun old index");
        integer(depth, "fun old uniq");
        Term pid = term(depth + 1);
        List<Term> free = freeVars(numFree, depth);
        if (position - start != size) {
            throw new TermDecodeException(sizeAt, String.format(Locale.ROOT,
                    "NEW_FUN_EXT says %d bytes but holds %d", size, position - start));
        }
        StringBuilder hex = new StringBuilder(32);
        for (byte b : md5) {
            hex.append(String.format(Locale.ROOT, "%02x", b & 0xff));
        }
        return new Term.Fun(module, arity, hex.toString(), index, pid, free);
    }

    private List<Term> freeVars(int count, int depth) throws TermDecodeException {
        List<Term> free = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            free.add(term(depth + 1));
        }
        return free;
    }

    private Term export(int depth) throws TermDecodeException {
        String module = atomName(depth, "export module");
        String function = atomName(depth, "export function");
        long arity = integer(depth, "export arity");
        if (arity < 0 || arity > 255) {
            throw new TermDecodeException(position, "export arity " + arity + " is not 0..255");
        }
        return new Term.Export(module, function, (int) arity);
    }

    private String atomName(int depth, String what) throws TermDecodeException {
        int at = position;
        Term term = term(depth + 1);
        if (!(term instanceof Term.Atom)) {
            throw new TermDecodeException(at, what + " is not an atom");
        }
        return ((Term.Atom) term).name();
    }

    private long integer(int depth, String what) throws TermDecodeException {
        int at = position;
        Term term = term(depth + 1);
        if (!(term instanceof Term.Int)) {
            throw new TermDecodeException(at, what + " is not an integer");
        }
        return ((Term.Int) term).value();
    }

    /** Checks that {@code count} items of at least {@code minBytes} each can fit in what is left. */
    private int count(long count, int minBytes, String what) throws TermDecodeException {
        if (count * minBytes > end - position) {
            throw new TermDecodeException(position, String.format(Locale.ROOT,
                    "%s %d does not fit in the %d bytes left", what, count, end - position));
        }
        return (int) count;
    }

    private byte[] bytes(int count) throws TermDecodeException {
        need(count);
        byte[] raw = new byte[count];
        System.arraycopy(buffer, position, raw, 0, count);
        position += count;
        return raw;
    }

    private void need(int count) throws TermDecodeException {
        if (count > end - position) {
            throw new TermDecodeException(position, String.format(Locale.ROOT,
                    "term ends early: needs %d more bytes, %d left", count, end - position));
        }
    }

    private int u8() throws TermDecodeException {
        need(1);
        return buffer[position++] & 0xff;
    }

    private int u16() throws TermDecodeException {
        need(2);
        int value = ((buffer[position] & 0xff) << 8) | (buffer[position + 1] & 0xff);
        position += 2;
        return value;
    }

    private long u32() throws TermDecodeException {
        return i32() & 0xffffffffL;
    }

    private int i32() throws TermDecodeException {
        need(4);
        int value = ((buffer[position] & 0xff) << 24) | ((buffer[position + 1] & 0xff) << 16)
                | ((buffer[position + 2] & 0xff) << 8) | (buffer[position + 3] & 0xff);
        position += 4;
        return value;
    }

    private long i64() throws TermDecodeException {
        long high = u32();
        long low = u32();
        return (high << 32) | low;
    }
}
