package dev.flightpath.loaders.beam;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/** Builds external-term-format bytes for tests (without the version byte unless said). */
final class Etf {
    static final String NODE = "n@h";

    private Etf() {
    }

    static byte[] atom(String name) {
        byte[] text = name.getBytes(StandardCharsets.UTF_8);
        return concat(new byte[] {119, (byte) text.length}, text);
    }

    static byte[] integer(long value) {
        if (value >= 0 && value < 256) {
            return new byte[] {97, (byte) value};
        }
        return new byte[] {98, (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    static byte[] tuple(byte[]... elements) {
        return concat(new byte[] {104, (byte) elements.length}, concat(elements));
    }

    static byte[] list(byte[]... elements) {
        if (elements.length == 0) {
            return new byte[] {106};
        }
        int n = elements.length;
        return concat(new byte[] {108, (byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n},
                concat(elements), new byte[] {106});
    }

    static byte[] pid(int id) {
        return concat(new byte[] {88}, atom(NODE), int32(id), int32(0), int32(1));
    }

    static byte[] ref(int id) {
        return concat(new byte[] {90, 0, 1}, atom(NODE), int32(1), int32(id));
    }

    /** A 64-bit integer as SMALL_BIG_EXT (for monotonic timestamps, which are usually negative). */
    static byte[] big(long value) {
        byte[] out = new byte[11];
        out[0] = 110;
        out[1] = 8;
        out[2] = (byte) (value < 0 ? 1 : 0);
        long magnitude = Math.abs(value);
        for (int i = 0; i < 8; i++) {
            out[3 + i] = (byte) (magnitude >>> (8 * i));
        }
        return out;
    }

    static byte[] mfa(String module, String function, int arity) {
        return tuple(atom(module), atom(function), integer(arity));
    }

    /** {@code {trace_ts, Pid, Tag, Args..., Timestamp}} with a monotonic integer timestamp. */
    static byte[] traceTs(int pid, String tag, long time, byte[]... args) {
        byte[][] elements = new byte[args.length + 4][];
        elements[0] = atom("trace_ts");
        elements[1] = pid(pid);
        elements[2] = atom(tag);
        System.arraycopy(args, 0, elements, 3, args.length);
        elements[elements.length - 1] = big(time);
        return tuple(elements);
    }

    static byte[] versioned(byte[] term) {
        return concat(new byte[] {(byte) 131}, term);
    }

    static byte[] compressed(byte[] term) {
        Deflater deflater = new Deflater();
        deflater.setInput(term);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[256];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return concat(new byte[] {(byte) 131, 80}, int32(term.length), out.toByteArray());
    }

    static byte[] int32(int value) {
        return new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
