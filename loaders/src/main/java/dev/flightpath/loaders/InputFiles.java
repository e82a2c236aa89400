package dev.flightpath.loaders;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens an input file for streaming, decompressing it on the fly when it starts with the gzip
 * magic (1f 8b), whatever its name. Damaged or cut-off gzip data ends the stream where the damage
 * starts: the loader then sees a file that ends early and says so as it does for any truncated file
 * (a positioned "malformed JSON" error, or a {@code truncated} warning where the format allows it).
 */
public final class InputFiles {
    private static final int BUFFER_BYTES = 1 << 16;

    private InputFiles() {
    }

    /** Whether the file starts with the gzip magic bytes. */
    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** The file's bytes, decompressed when it is gzip-compressed. */
    public static InputStream open(Path file) throws IOException {
        if (!isGzip(file)) {
            return Files.newInputStream(file);
        }
        InputStream raw = Files.newInputStream(file);
        try {
            return new EndsAtDamage(new GZIPInputStream(raw, BUFFER_BYTES));
        } catch (ZipException | EOFException damagedHeader) {
            raw.close();
            return InputStream.nullInputStream();
        }
    }

    /** Turns the inflater's "corrupt" and "unexpected end" errors into the end of the data. */
    private static final class EndsAtDamage extends FilterInputStream {
        private boolean damaged;

        EndsAtDamage(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (damaged) {
                return -1;
            }
            try {
                return super.read();
            } catch (ZipException | EOFException damage) {
                damaged = true;
                return -1;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (damaged) {
                return -1;
            }
            try {
                return super.read(buffer, offset, length);
            } catch (ZipException | EOFException damage) {
                damaged = true;
                return -1;
            }
        }
    }
}
