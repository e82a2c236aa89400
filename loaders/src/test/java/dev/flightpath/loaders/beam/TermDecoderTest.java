package dev.flightpath.loaders.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every tag of the external term format, from bytes written out by hand. The ones marked "erl"
 * were checked against {@code term_to_binary/1} of Erlang/OTP 25.
 */
class TermDecoderTest {

    private static Term decode(int... bytes) throws TermDecodeException {
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        return new TermDecoder().decode(raw, 0, raw.length);
    }

    private static TermDecodeException failure(int... bytes) {
        return assertThrows(TermDecodeException.class, () -> decode(bytes));
    }

    private static Term.Atom atom(String name) {
        return new Term.Atom(name);
    }

    private static Term.Int integer(long value) {
        return new Term.Int(value);
    }

    @Test
    void integers() throws Exception {
        assertEquals(integer(42), decode(131, 97, 42)); // erl: 42
        assertEquals(integer(255), decode(131, 97, 255));
        assertEquals(integer(-70000), decode(131, 98, 255, 254, 238, 144)); // erl: -70000
    }

    @Test
    void bigIntegers() throws Exception {
        // erl: 16#1234567890abcdef01, 9 bytes little-endian
        assertEquals(new Term.Big(new BigInteger("1234567890abcdef01", 16)),
                decode(131, 110, 9, 0, 1, 239, 205, 171, 144, 120, 86, 52, 18));
        // erl: -16#7fffffffffffffff fits in a long
        assertEquals(integer(-0x7fffffffffffffffL), decode(131, 110, 8, 1, 255, 255, 255, 255, 255, 255, 255, 127));
        assertEquals(integer(Long.MIN_VALUE), decode(131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 128));
        assertEquals(new Term.Big(BigInteger.ONE.shiftLeft(63)), decode(131, 110, 8, 0, 0, 0, 0, 0, 0, 0, 0, 128));
        assertEquals(integer(5), decode(131, 111, 0, 0, 0, 1, 0, 5)); // LARGE_BIG
        assertTrue(failure(131, 110, 1, 2, 5).getMessage().contains("sign byte"));
    }

    @Test
    void floats() throws Exception {
        assertEquals(new Term.FloatTerm(1.5), decode(131, 70, 63, 248, 0, 0, 0, 0, 0, 0)); // erl: 1.5
        // erl: term_to_binary(1.5, [{minor_version, 0}]) writes the old 31-byte string float
        assertEquals(new Term.FloatTerm(1.5), decode(131, 99, 49, 46, 53, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
                48, 48, 48, 48, 48, 48, 48, 48, 48, 101, 43, 48, 48, 0, 0, 0, 0, 0));
        assertTrue(failure(131, 99, 120, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0).getMessage().contains("FLOAT_EXT"));
    }

    @Test
    void atomsInEveryEncodingAreEqual() throws Exception {
        Term latin1 = decode(131, 100, 0, 5, 104, 233, 108, 108, 111); // erl: 'héllo' as ATOM_EXT
        Term smallLatin1 = decode(131, 115, 5, 104, 233, 108, 108, 111);
        Term utf8 = decode(131, 118, 0, 6, 104, 0xc3, 0xa9, 108, 108, 111);
        Term smallUtf8 = decode(131, 119, 6, 104, 0xc3, 0xa9, 108, 108, 111);
        assertEquals(atom("héllo"), latin1);
        assertEquals(latin1, smallLatin1);
        assertEquals(latin1, utf8);
        assertEquals(latin1, smallUtf8);
    }

    @Test
    void atomCacheRefAndLocalExtFailClearly() {
        assertTrue(failure(131, 82, 0).getMessage().contains("ATOM_CACHE_REF"));
        assertTrue(failure(131, 121, 0, 0).getMessage().contains("LOCAL_EXT"));
        assertTrue(failure(131, 42).getMessage().contains("unknown term tag 42"));
    }

    @Test
    void tuples() throws Exception {
        assertEquals(new Term.Tuple(List.of(atom("a"), integer(1))), decode(131, 104, 2, 119, 1, 97, 97, 1));
        assertEquals(new Term.Tuple(List.of(integer(7))), decode(131, 105, 0, 0, 0, 1, 97, 7));
        assertEquals(new Term.Tuple(List.of()), decode(131, 104, 0));
    }

    @Test
    void listsStringsAndNil() throws Exception {
        assertEquals(Term.Nil.INSTANCE, decode(131, 106));
        Term string = decode(131, 107, 0, 2, 97, 98); // erl: "ab"
        Term list = decode(131, 108, 0, 0, 0, 2, 97, 97, 97, 98, 106);
        assertEquals(new Term.ListTerm(List.of(integer(97), integer(98)), Term.Nil.INSTANCE), string);
        assertEquals(string, list);
        assertEquals(Term.Nil.INSTANCE, decode(131, 107, 0, 0));
        // erl: [1|x]
        Term improper = decode(131, 108, 0, 0, 0, 1, 97, 1, 100, 0, 1, 120);
        assertEquals(new Term.ListTerm(List.of(integer(1)), atom("x")), improper);
        assertTrue(!((Term.ListTerm) improper).proper());
    }

    @Test
    void binariesAndBitstrings() throws Exception {
        Term binary = decode(131, 109, 0, 0, 0, 3, 1, 2, 3); // erl: <<1,2,3>>
        assertEquals(new Term.Binary(new byte[] {1, 2, 3}, 8), binary);
        assertArrayEquals(new byte[] {1, 2, 3}, ((Term.Binary) binary).data());
        Term bits = decode(131, 77, 0, 0, 0, 1, 3, 160); // erl: <<5:3>>
        assertEquals(new Term.Binary(new byte[] {(byte) 160}, 3), bits);
        assertNotEquals(binary, bits);
        assertTrue(failure(131, 77, 0, 0, 0, 1, 9, 0).getMessage().contains("bits"));
    }

    @Test
    void pids() throws Exception {
        // erl: <0.84.0> on nonode@nohost
        Term pid = decode(131, 88, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116,
                0, 0, 0, 84, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(new Term.Pid("nonode@nohost", 84, 0, 0), pid);
        Term oldPid = decode(131, 103, 119, 1, 110, 0, 0, 0, 84, 0, 0, 0, 0, 2);
        assertEquals(new Term.Pid("n", 84, 0, 2), oldPid);
        assertTrue(failure(131, 88, 97, 1, 0, 0, 0, 84, 0, 0, 0, 0, 0, 0, 0, 0).getMessage().contains("node"));
    }

    @Test
    void ports() throws Exception {
        // erl: a port on nonode@nohost (NEW_PORT_EXT)
        assertEquals(new Term.Port("nonode@nohost", 0, 0), decode(131, 89, 100, 0, 13, 110, 111, 110, 111, 100,
                101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 0, 0, 0, 0, 0));
        assertEquals(new Term.Port("n", 5, 1), decode(131, 102, 119, 1, 110, 0, 0, 0, 5, 1));
        assertEquals(new Term.Port("n", 0x100000005L, 1),
                decode(131, 120, 119, 1, 110, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 1));
    }

    @Test
    void references() throws Exception {
        // erl: make_ref() (NEWER_REFERENCE_EXT, 3 words)
        Term newer = decode(131, 90, 0, 3, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115,
                116, 0, 0, 0, 0, 0, 3, 184, 157, 227, 156, 0, 1, 67, 164, 152, 106);
        assertInstanceOf(Term.Ref.class, newer);
        assertEquals(3, ((Term.Ref) newer).ids().length);
        assertEquals(new Term.Ref("n", 2, new int[] {7, 8}), decode(131, 114, 0, 2, 119, 1, 110, 2, 0, 0, 0, 7, 0, 0, 0, 8));
        assertEquals(new Term.Ref("n", 1, new int[] {9}), decode(131, 101, 119, 1, 110, 0, 0, 0, 9, 1));
        assertTrue(failure(131, 90, 0xff, 0xff, 119, 1, 110, 0, 0, 0, 0).getMessage().contains("reference length"));
    }

    @Test
    void maps() throws Exception {
        Term map = decode(131, 116, 0, 0, 0, 2, 119, 1, 97, 97, 1, 119, 1, 98, 97, 2);
        Term reordered = decode(131, 116, 0, 0, 0, 2, 119, 1, 98, 97, 2, 119, 1, 97, 97, 1);
        assertEquals(new Term.MapTerm(Map.of(atom("a"), integer(1), atom("b"), integer(2))), map);
        assertEquals(map, reordered);
        assertTrue(failure(131, 116, 0, 0, 0, 2, 119, 1, 97, 97, 1, 119, 1, 97, 97, 2).getMessage().contains("twice"));
    }

    @Test
    void funs() throws Exception {
        // erl: fun lists:map/2
        assertEquals(new Term.Export("lists", "map", 2),
                decode(131, 113, 100, 0, 5, 108, 105, 115, 116, 115, 100, 0, 3, 109, 97, 112, 97, 2));
        // NEW_FUN_EXT: size 57, arity 1, uniq 0x00..0f, index 3, 1 free variable, module m,
        // old index 0, old uniq 7, pid <n.1.0>, free variable 5
        Term fun = decode(131, 112, 0, 0, 0, 57, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 3,
                0, 0, 0, 1, 119, 1, 109, 97, 0, 98, 0, 0, 0, 7, 88, 119, 1, 110, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 97, 5);
        assertEquals(new Term.Fun("m", 1, "000102030405060708090a0b0c0d0e0f", 3, new Term.Pid("n", 1, 0, 0),
                List.of(integer(5))), fun);
        assertTrue(failure(131, 112, 0, 0, 0, 58, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 3,
                0, 0, 0, 1, 119, 1, 109, 97, 0, 98, 0, 0, 0, 7, 88, 119, 1, 110, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 97, 5)
                .getMessage().contains("NEW_FUN_EXT"));
        // FUN_EXT (old): no free variables, pid, module m, index 2, uniq 9
        assertEquals(new Term.Fun("m", -1, "9", 2, new Term.Pid("n", 1, 0, 0), List.of()),
                decode(131, 117, 0, 0, 0, 0, 103, 119, 1, 110, 0, 0, 0, 1, 0, 0, 0, 0, 0, 119, 1, 109, 97, 2, 97, 9));
    }

    @Test
    void compressedTerms() throws Exception {
        // erl: term_to_binary(lists:duplicate(20, a), [compressed])
        Term term = decode(131, 80, 0, 0, 0, 86, 120, 156, 203, 97, 96, 96, 16, 73, 97, 96, 76, 164, 38, 206, 2, 0,
                173, 210, 16, 99);
        assertInstanceOf(Term.ListTerm.class, term);
        assertEquals(20, ((Term.ListTerm) term).elements().size());
        assertEquals(atom("a"), ((Term.ListTerm) term).elements().get(19));
        // the header claims one byte more than the data inflates to
        assertTrue(failure(131, 80, 0, 0, 0, 87, 120, 156, 203, 97, 96, 96, 16, 73, 97, 96, 76, 164, 38, 206, 2, 0,
                173, 210, 16, 99).getMessage().contains("inflates"));
        // a header claiming 2 GB is refused before anything is allocated
        assertTrue(failure(131, 80, 0x7f, 0xff, 0xff, 0xff, 120, 156, 3, 0, 0, 0, 0, 1).getMessage().contains("limit"));
        assertTrue(failure(131, 80, 0, 0, 0, 5, 1, 2, 3).getMessage().contains("zlib"));
    }

    @Test
    void hostileInput() {
        assertTrue(failure(130, 97, 1).getMessage().contains("version 131"));
        TermDecodeException truncated = failure(131, 104, 2, 97, 1);
        assertTrue(truncated.getMessage().contains("ends early"), truncated.getMessage());
        assertEquals(5, truncated.position());
        assertTrue(failure(131, 108, 0xff, 0xff, 0xff, 0xff, 106).getMessage().contains("list length"));
        assertTrue(failure(131, 109, 0x7f, 0xff, 0xff, 0xff, 1).getMessage().contains("binary size"));
        assertTrue(failure(131, 105, 0x10, 0, 0, 0, 106).getMessage().contains("tuple arity"));
        assertTrue(failure(131, 116, 0x10, 0, 0, 0, 106).getMessage().contains("map size"));
        assertTrue(failure(131, 97, 1, 2).getMessage().contains("after the end"));
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        int depth = 200_000;
        int[] bytes = new int[1 + 2 * depth + 1];
        bytes[0] = 131;
        for (int i = 0; i < depth; i++) {
            bytes[1 + 2 * i] = 104;
            bytes[2 + 2 * i] = 1;
        }
        bytes[bytes.length - 1] = 106;
        assertTrue(failure(bytes).getMessage().contains("nested deeper than " + TermDecoder.MAX_DEPTH));
    }

    @Test
    void nestingWithinTheLimitDecodes() throws Exception {
        int depth = TermDecoder.MAX_DEPTH;
        int[] bytes = new int[1 + 2 * depth + 1];
        bytes[0] = 131;
        for (int i = 0; i < depth; i++) {
            bytes[1 + 2 * i] = 104;
            bytes[2 + 2 * i] = 1;
        }
        bytes[bytes.length - 1] = 106;
        assertInstanceOf(Term.Tuple.class, decode(bytes));
    }
}
