package dev.flightpath.reporters.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets a generator or compressor finish and close without closing the caller's stream. */
final class NonClosingStream extends FilterOutputStream {
    NonClosingStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
