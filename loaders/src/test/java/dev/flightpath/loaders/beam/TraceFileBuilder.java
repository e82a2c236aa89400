package dev.flightpath.loaders.beam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes trace-port records for tests. */
final class TraceFileBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A term record; {@code term} without the version byte. */
    TraceFileBuilder term(byte[] term) {
        return raw(Etf.versioned(term));
    }

    /** A term record whose payload (version byte included) is given as is. */
    TraceFileBuilder raw(byte[] payload) {
        out.write(0);
        out.writeBytes(Etf.int32(payload.length));
        out.writeBytes(payload);
        return this;
    }

    TraceFileBuilder drop(int count) {
        out.write(1);
        out.writeBytes(Etf.int32(count));
        return this;
    }

    TraceFileBuilder bytes(byte... bytes) {
        out.writeBytes(bytes);
        return this;
    }

    int size() {
        return out.size();
    }

    Path write(Path directory) throws IOException {
        Path file = directory.resolve("test.trace");
        Files.write(file, out.toByteArray());
        return file;
    }
}
