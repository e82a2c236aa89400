package dev.flightpath.loaders.beam;

import dev.flightpath.loaders.InputFiles;
import dev.flightpath.model.InputDataException;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a trace-port file record by record, holding only the current record in memory. The file is
 * a sequence of records: op byte 0, a 4-byte big-endian size and that many bytes of one term in
 * the external term format; or op byte 1 and a 4-byte big-endian count of dropped trace messages.
 */
final class TraceFileReader implements Closeable {
    static final String CORRUPT = "corrupt BEAM trace";
    /** A single trace message larger than this is taken for corruption, not data. */
    static final int MAX_RECORD_BYTES = 256 << 20;

    private static final int OP_TERM = 0;
    private static final int OP_DROP = 1;

    private final Path file;
    private final InputStream in;
    private final TermDecoder decoder = new TermDecoder();
    private final byte[] header = new byte[4];
    private byte[] buffer = new byte[4096];
    private long offset;
    private long number;
    private String truncation;

    TraceFileReader(Path file) throws IOException {
        this.file = file;
        this.in = new BufferedInputStream(InputFiles.open(file), 1 << 16);
    }

    /**
     * How the file ends inside a record after at least one complete record (a trace cut off while
     * it was written, or copied too early), or null when it ends cleanly. {@link #next} then
     * returns null as at the end of the file; a first record that is cut off is an error.
     */
    String truncation() {
        return truncation;
    }

    /** The next record, or null at the end of the file (or where a cut-off last record starts). */
    TraceRecord next() throws InputDataException, IOException {
        int op = in.read();
        if (op < 0) {
            return null;
        }
        long recordOffset = offset;
        long recordNumber = ++number;
        offset++;
        if (op != OP_TERM && op != OP_DROP) {
            throw corrupt(recordNumber, recordOffset, String.format(Locale.ROOT,
                    "unknown op byte 0x%02x (expected 0 for a term or 1 for a drop count)", op));
        }
        if (!readFully(header, 4, recordNumber, "record header")) {
            return null;
        }
        long value = ((header[0] & 0xffL) << 24) | ((header[1] & 0xffL) << 16) | ((header[2] & 0xffL) << 8)
                | (header[3] & 0xffL);
        if (op == OP_DROP) {
            return new TraceRecord.DropRecord(recordNumber, recordOffset, value);
        }
        long termOffset = offset;
        if (value == 0) {
            throw corrupt(recordNumber, termOffset, "term size is 0");
        }
        if (value > MAX_RECORD_BYTES) {
            throw corrupt(recordNumber, termOffset, String.format(Locale.ROOT,
                    "term size %d is over the limit of %d bytes", value, MAX_RECORD_BYTES));
        }
        int size = (int) value;
        if (buffer.length < size) {
            // read first, so that a size field claiming more than the file holds costs no memory
            byte[] term = in.readNBytes(size);
            offset += term.length;
            if (!complete(term.length, size, recordNumber, "term")) {
                return null;
            }
            buffer = term;
        } else if (!readFully(buffer, size, recordNumber, "term")) {
            return null;
        }
        try {
            return new TraceRecord.TermRecord(recordNumber, recordOffset, decoder.decode(buffer, 0, size));
        } catch (TermDecodeException e) {
            throw corrupt(recordNumber, termOffset + e.position(), e.getMessage());
        }
    }

    /** Whether all {@code count} bytes were read; false when the file ends early (see {@link #truncation}). */
    private boolean readFully(byte[] target, int count, long recordNumber, String what)
            throws InputDataException, IOException {
        int read = in.readNBytes(target, 0, count);
        offset += read;
        return complete(read, count, recordNumber, what);
    }

    private boolean complete(int read, int count, long recordNumber, String what) throws InputDataException {
        if (read == count) {
            return true;
        }
        String detail = String.format(Locale.ROOT, "truncated %s: the file ends after %d of its %d bytes", what, read,
                count);
        if (recordNumber == 1) {
            throw corrupt(recordNumber, offset, detail);
        }
        truncation = String.format(Locale.ROOT, "record %d at byte %d: %s; read the %d complete records before it",
                recordNumber, offset, detail, recordNumber - 1);
        return false;
    }

    private InputDataException corrupt(long recordNumber, long byteOffset, String detail) {
        return new InputDataException(CORRUPT, file,
                String.format(Locale.ROOT, "record %d at byte %d: %s", recordNumber, byteOffset, detail));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
