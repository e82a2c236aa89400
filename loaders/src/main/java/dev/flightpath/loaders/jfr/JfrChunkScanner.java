package dev.flightpath.loaders.jfr;

import dev.flightpath.model.InputDataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the chunk headers of a JFR file and, on request, walks each chunk's records by their size
 * prefixes. That finds truncation and corrupt headers before {@code jdk.jfr.consumer} sees the
 * file, and counts the metadata and checkpoint records that the consumer API hides (they appear
 * in {@code jfr summary} as jdk.Metadata and jdk.CheckPoint).
 */
final class JfrChunkScanner {
    private static final int MAGIC = 0x464c5200; // "FLR\0"
    private static final int METADATA_TYPE_ID = 0;
    private static final int CHECKPOINT_TYPE_ID = 1;

    private JfrChunkScanner() {
    }

    /**
     * @param source the file to read
     * @param file   the file to name in messages (the user's file when {@code source} is its
     *               decompressed copy)
     */
    static JfrLayout scan(Path source, Path file, boolean walkRecords) throws IOException, InputDataException {
        try (FileChannel channel = FileChannel.open(source, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            List<JfrChunkHeader> chunks = new ArrayList<>();
            long offset = 0;
            int truncatedAt = -1;
            while (offset < fileSize) {
                int index = chunks.size();
                if (fileSize - offset < JfrChunkHeader.SIZE_BYTES) {
                    truncatedAt = index;
                    break;
                }
                JfrChunkHeader header = readHeader(channel, offset, index, file);
                if (header.endOffsetBytes() > fileSize) {
                    truncatedAt = index;
                    break;
                }
                chunks.add(header);
                offset = header.endOffsetBytes();
            }
            long metadata = walkRecords ? 0 : -1;
            long checkpoints = walkRecords ? 0 : -1;
            long total = walkRecords ? 0 : -1;
            if (walkRecords) {
                for (int i = 0; i < chunks.size(); i++) {
                    long[] counts = countRecords(channel, chunks.get(i), i, file);
                    metadata += counts[0];
                    checkpoints += counts[1];
                    total += counts[2];
                }
            }
            return new JfrLayout(chunks, fileSize, truncatedAt, metadata, checkpoints, total);
        }
    }

    private static JfrChunkHeader readHeader(FileChannel channel, long offset, int index, Path file)
            throws IOException, InputDataException {
        ByteBuffer buffer = ByteBuffer.allocate(JfrChunkHeader.SIZE_BYTES).order(ByteOrder.BIG_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new InputDataException("truncated JFR recording", file, where(index, offset) + "header cut short");
            }
        }
        buffer.flip();
        if (buffer.getInt(0) != MAGIC) {
            if (index == 0) {
                throw new InputDataException("not a JFR recording", file, "no 'FLR' magic at byte 0");
            }
            throw new InputDataException("corrupt JFR chunk header", file, where(index, offset) + "no 'FLR' magic");
        }
        int major = Short.toUnsignedInt(buffer.getShort(4));
        int minor = Short.toUnsignedInt(buffer.getShort(6));
        if (major < 1 || major > 2) {
            throw new InputDataException("unsupported JFR version", file, where(index, offset) + "format " + major + "."
                    + minor + "; flightpath reads 1.0 (JDK 9/10) and 2.x (JDK 11 and later)");
        }
        long size = buffer.getLong(8);
        long constantPoolOffset = buffer.getLong(16);
        long metadataOffset = buffer.getLong(24);
        long startNanos = buffer.getLong(32);
        long durationNanos = buffer.getLong(40);
        long ticksPerSecond = buffer.getLong(56);
        int features = buffer.getInt(64);
        if (size < JfrChunkHeader.SIZE_BYTES) {
            throw new InputDataException("corrupt JFR chunk header", file,
                    where(index, offset) + "declares a size of " + size + " bytes");
        }
        if (metadataOffset < JfrChunkHeader.SIZE_BYTES || metadataOffset >= size
                || constantPoolOffset < 0 || constantPoolOffset >= size) {
            // A chunk still being written (or cut off by a crash) has no valid offsets yet.
            throw new InputDataException("corrupt JFR chunk header", file, where(index, offset)
                    + "metadata at " + metadataOffset + " and constants at " + constantPoolOffset
                    + " lie outside the chunk's " + size + " bytes (was the recording still being written?)");
        }
        if (durationNanos < 0 || ticksPerSecond <= 0) {
            throw new InputDataException("corrupt JFR chunk header", file,
                    where(index, offset) + "duration " + durationNanos + " ns, " + ticksPerSecond + " ticks/s");
        }
        return new JfrChunkHeader(offset, major, minor, size, startNanos, durationNanos, (features & 1) != 0);
    }

    /** Counts records: {metadata, checkpoints, all}. */
    private static long[] countRecords(FileChannel channel, JfrChunkHeader chunk, int index, Path file)
            throws IOException, InputDataException {
        long[] counts = new long[3];
        if (chunk.sizeBytes() > Integer.MAX_VALUE) {
            throw new InputDataException("unsupported JFR recording", file, "chunk " + (index + 1)
                    + " is larger than 2 GiB");
        }
        MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, chunk.offsetBytes(), chunk.sizeBytes());
        int position = JfrChunkHeader.SIZE_BYTES;
        int end = (int) chunk.sizeBytes();
        while (position < end) {
            int recordStart = position;
            long size;
            long typeId;
            try {
                if (chunk.compressedIntegers()) {
                    long sizeAndLength = readVarLong(buffer, position, end);
                    size = sizeAndLength >>> 8;
                    position += (int) (sizeAndLength & 0xff);
                    long typeAndLength = readVarLong(buffer, position, end);
                    typeId = typeAndLength >>> 8;
                } else {
                    size = buffer.getInt(position);
                    typeId = buffer.getLong(position + 4);
                }
            } catch (IndexOutOfBoundsException e) {
                throw corruptRecord(file, index, chunk, recordStart, "record header runs past the chunk");
            }
            if (size <= 0 || size > end - recordStart) {
                throw corruptRecord(file, index, chunk, recordStart, "record size " + size);
            }
            if (typeId == METADATA_TYPE_ID) {
                counts[0]++;
            } else if (typeId == CHECKPOINT_TYPE_ID) {
                counts[1]++;
            }
            counts[2]++;
            position = recordStart + (int) size;
        }
        return counts;
    }

    /**
     * Reads JFR's compressed integer: 7 bits a byte, low bits first, at most 9 bytes with the ninth
     * contributing all 8 bits. Returns the value shifted left by 8 with the byte length in the low
     * byte (values here are sizes and type ids, far below 2^56).
     */
    private static long readVarLong(ByteBuffer buffer, int position, int end) {
        long value = 0;
        for (int i = 0; i < 9; i++) {
            if (position + i >= end) {
                throw new IndexOutOfBoundsException();
            }
            int b = buffer.get(position + i) & 0xff;
            if (i == 8) {
                value |= ((long) b) << 56;
                return (value << 8) | 9;
            }
            value |= ((long) (b & 0x7f)) << (7 * i);
            if ((b & 0x80) == 0) {
                return (value << 8) | (i + 1);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static InputDataException corruptRecord(Path file, int index, JfrChunkHeader chunk, int recordStart,
            String what) {
        return new InputDataException("corrupt JFR recording", file,
                where(index, chunk.offsetBytes()) + "record at byte " + (chunk.offsetBytes() + recordStart) + ": " + what);
    }

    private static String where(int index, long offset) {
        return "chunk " + (index + 1) + " at byte " + offset + ": ";
    }
}
