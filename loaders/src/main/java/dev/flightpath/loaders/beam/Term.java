package dev.flightpath.loaders.beam;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A decoded Erlang term. Equal Erlang terms decode to equal Java values ({@code equals} and
 * {@code hashCode}), whatever encoding they came in: {@code "ab"} as STRING_EXT equals
 * {@code [97, 98]} as LIST_EXT, an atom equals itself in Latin-1 and UTF-8, and an integer is an
 * {@link Int} whenever it fits in a {@code long}. Message matching relies on this.
 */
public sealed interface Term {

    /** An atom; Latin-1 and UTF-8 encodings decode to the same name. */
    record Atom(String name) implements Term {
        public Atom {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An integer that fits in a {@code long} (SMALL_INTEGER, INTEGER, or a small big). */
    record Int(long value) implements Term {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** An integer outside the {@code long} range. */
    record Big(BigInteger value) implements Term {
        public Big {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    record FloatTerm(double value) implements Term {
        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    record Tuple(List<Term> elements) implements Term {
        public Tuple {
            elements = List.copyOf(elements);
        }

        public int arity() {
            return elements.size();
        }

        public Term get(int index) {
            return elements.get(index);
        }

        @Override
        public String toString() {
            return join("{", elements, "}");
        }
    }

    /** The empty list {@code []}. */
    record Nil() implements Term {
        public static final Nil INSTANCE = new Nil();

        @Override
        public String toString() {
            return "[]";
        }
    }

    /**
     * A non-empty list; {@code tail} is {@link Nil} for a proper list and anything else for an
     * improper one.
     */
    record ListTerm(List<Term> elements, Term tail) implements Term {
        public ListTerm {
            elements = List.copyOf(elements);
            Objects.requireNonNull(tail, "tail");
            if (elements.isEmpty()) {
                throw new IllegalArgumentException("a list term has at least one element; use Nil");
            }
        }

        public boolean proper() {
            return tail instanceof Nil;
        }

        @Override
        public String toString() {
            String inner = join("", elements, "");
            return proper() ? "[" + inner + "]" : "[" + inner + "|" + tail + "]";
        }
    }

    /** A binary or, when {@code bitsInLastByte < 8}, a bitstring. */
    record Binary(byte[] data, int bitsInLastByte) implements Term {
        public Binary {
            data = data.clone();
            if (bitsInLastByte < 1 || bitsInLastByte > 8) {
                throw new IllegalArgumentException("bits in last byte must be 1..8: " + bitsInLastByte);
            }
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        public int size() {
            return data.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Binary && bitsInLastByte == ((Binary) other).bitsInLastByte
                    && Arrays.equals(data, ((Binary) other).data);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(data) + bitsInLastByte;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "<<%d bytes>>", data.length);
        }
    }

    /** A process identifier; {@code node} is the node name atom's text. */
    record Pid(String node, long id, long serial, long creation) implements Term {
        public Pid {
            Objects.requireNonNull(node, "node");
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "<%s.%d.%d>", node, id, serial);
        }
    }

    record Port(String node, long id, long creation) implements Term {
        public Port {
            Objects.requireNonNull(node, "node");
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "#Port<%s.%d>", node, id);
        }
    }

    /** A reference; {@code ids} holds its 32-bit words in the order of the encoding. */
    record Ref(String node, long creation, int[] ids) implements Term {
        public Ref {
            Objects.requireNonNull(node, "node");
            ids = ids.clone();
        }

        @Override
        public int[] ids() {
            return ids.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Ref && node.equals(((Ref) other).node) && creation == ((Ref) other).creation
                    && Arrays.equals(ids, ((Ref) other).ids);
        }

        @Override
        public int hashCode() {
            return (node.hashCode() * 31 + Long.hashCode(creation)) * 31 + Arrays.hashCode(ids);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("#Ref<").append(node);
            for (int i = ids.length - 1; i >= 0; i--) {
                text.append('.').append(Integer.toUnsignedString(ids[i]));
            }
            return text.append('>').toString();
        }
    }

    /** A map; equality does not depend on the order the pairs were encoded in. */
    record MapTerm(Map<Term, Term> entries) implements Term {
        public MapTerm {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String toString() {
            return "#{" + entries.size() + " pairs}";
        }
    }

    /**
     * A local fun (FUN_EXT or NEW_FUN_EXT). {@code uniq} is the hex MD5 of NEW_FUN_EXT or the
     * decimal uniq of the old FUN_EXT; {@code arity} is -1 for the old encoding, which has none.
     */
    record Fun(String module, int arity, String uniq, long index, Term pid, List<Term> freeVars)
            implements Term {
        public Fun {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(uniq, "uniq");
            Objects.requireNonNull(pid, "pid");
            freeVars = List.copyOf(freeVars);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "#Fun<%s.%d.%s>", module, index, uniq);
        }
    }

    /** An external fun {@code fun M:F/A} (EXPORT_EXT). */
    record Export(String module, String function, int arity) implements Term {
        public Export {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(function, "function");
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "fun %s:%s/%d", module, function, arity);
        }
    }

    private static String join(String open, List<Term> elements, String close) {
        StringBuilder text = new StringBuilder(open);
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(elements.get(i));
        }
        return text.append(close).toString();
    }
}
