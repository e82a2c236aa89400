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
 * Reads the chunk headers of a JFR file and walks each chunk's records by their size prefixes.
 * That finds truncation, damaged chunks and headers of chunks still being written before
 * {@code jdk.jfr.consumer} sees the file, and counts the metadata and checkpoint records that the
 * consumer API hides (they appear in {@code jfr summary} as jdk.Metadata and jdk.CheckPoint).
 *
 * <p>A damaged chunk (a header whose sizes or offsets do not fit, a record whose size runs past
 * its chunk) is skipped: reading goes on at the end the header declares when the header is sound,
 * else at the next chunk magic ({@code FLR\0} and a known version) after it. Only a file whose
 * first bytes are not a JFR chunk at all, or of an unknown version, fails here.
 */
final class JfrChunkScanner {
    private static final int MAGIC = 0x464c5200; // "FLR\0"
    private static final int METADATA_TYPE_ID = 0;
    private static final int CHECKPOINT_TYPE_ID = 1;
    private static final int SEARCH_BLOCK_BYTES = 1 << 16;

    /** What is wrong with one chunk. */
    private static final class ChunkDamage extends Exception {
        private static final long serialVersionUID = 1L;

        ChunkDamage(String what) {
            super(what, null, false, false);
        }
    }

    private JfrChunkScanner() {
    }

    /**
     * @param source       the file to read
     * @param file         the file to name in messages (the user's file when {@code source} is its
     *                     decompressed copy)
     * @param countRecords whether to report the record counts (the records are walked anyway)
     */
    static JfrLayout scan(Path source, Path file, boolean countRecords) throws IOException, InputDataException {
        try (FileChannel channel = FileChannel.open(source, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            List<JfrChunkHeader> chunks = new ArrayList<>();
            List<JfrLayout.DamagedChunk> damaged = new ArrayList<>();
            long[] counts = new long[3];
            long offset = 0;
            int index = 0;
            int truncatedAt = -1;
            while (offset < fileSize) {
                if (fileSize - offset < JfrChunkHeader.SIZE_BYTES) {
                    truncatedAt = index;
                    break;
                }
                JfrChunkHeader header;
                try {
                    header = readHeader(channel, offset, index, file);
                } catch (ChunkDamage damage) {
                    long next = nextChunkStart(channel, offset + 4, fileSize);
                    damaged.add(new JfrLayout.DamagedChunk(index, offset, "corrupt JFR chunk header",
                            damage.getMessage(), next));
                    if (next < 0) {
                        break;
                    }
                    offset = next;
                    index++;
                    continue;
                }
                if (header.endOffsetBytes() > fileSize) {
                    truncatedAt = index;
                    break;
                }
                try {
                    long[] chunkCounts = countRecords(channel, header, file, index);
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] += chunkCounts[i];
                    }
                    chunks.add(header);
                } catch (ChunkDamage damage) {
                    long next = header.endOffsetBytes() < fileSize ? header.endOffsetBytes() : -1;
                    damaged.add(new JfrLayout.DamagedChunk(index, offset, "corrupt JFR recording", damage.getMessage(),
                            next));
                }
                offset = header.endOffsetBytes();
                index++;
            }
            long unknown = -1;
            return new JfrLayout(chunks, damaged, fileSize, truncatedAt, countRecords ? counts[0] : unknown,
                    countRecords ? counts[1] : unknown, countRecords ? counts[2] : unknown);
        }
    }

    /** Where the next chunk seems to start: a magic followed by a known major version; -1 when none. */
    private static long nextChunkStart(FileChannel channel, long from, long fileSize) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(SEARCH_BLOCK_BYTES).order(ByteOrder.BIG_ENDIAN);
        long position = from;
        while (position + JfrChunkHeader.SIZE_BYTES <= fileSize) {
            block.clear();
            int read = channel.read(block, position);
            if (read < 8) {
                return -1;
            }
            for (int i = 0; i + 8 <= read; i++) {
                if (block.getInt(i) == MAGIC) {
                    int major = Short.toUnsignedInt(block.getShort(i + 4));
                    if (major == 1 || major == 2) {
                        return position + i;
                    }
                }
            }
            position += read - 7; // a magic may straddle two blocks
        }
        return -1;
    }

    private static JfrChunkHeader readHeader(FileChannel channel, long offset, int index, Path file)
            throws IOException, InputDataException, ChunkDamage {
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
            throw new ChunkDamage("no 'FLR' magic");
        }
        int major = Short.toUnsignedInt(buffer.getShort(4));
        int minor = Short.toUnsignedInt(buffer.getShort(6));
        if (major < 1 || major > 2) {
            String what = "format " + major + "." + minor + "; flightpath reads 1.0 (JDK 9/10) and 2.x (JDK 11 and later)";
            if (index == 0) {
                throw new InputDataException("unsupported JFR version", file, where(index, offset) + what);
            }
            throw new ChunkDamage(what);
        }
        long size = buffer.getLong(8);
        long constantPoolOffset = buffer.getLong(16);
        long metadataOffset = buffer.getLong(24);
        long startNanos = buffer.getLong(32);
        long durationNanos = buffer.getLong(40);
        long ticksPerSecond = buffer.getLong(56);
        int fileState = Byte.toUnsignedInt(buffer.get(JfrChunkHeader.FILE_STATE_OFFSET));
        int flags = buffer.getInt(64);
        if (size < JfrChunkHeader.SIZE_BYTES) {
            throw new ChunkDamage("declares a size of " + size + " bytes");
        }
        if (metadataOffset < JfrChunkHeader.SIZE_BYTES || metadataOffset >= size
                || constantPoolOffset < 0 || constantPoolOffset >= size) {
            // A chunk still being written (or cut off by a crash) has no valid offsets yet.
            throw new ChunkDamage("metadata at " + metadataOffset + " and constants at " + constantPoolOffset
                    + " lie outside the chunk's " + size + " bytes (was the recording still being written?)");
        }
        if (durationNanos < 0 || ticksPerSecond <= 0) {
            throw new ChunkDamage("duration " + durationNanos + " ns, " + ticksPerSecond + " ticks/s");
        }
        return new JfrChunkHeader(offset, major, minor, size, startNanos, durationNanos, (flags & 1) != 0, fileState);
    }

    /** Counts records: {metadata, checkpoints, all}; fails on a record whose size does not fit. */
    private static long[] countRecords(FileChannel channel, JfrChunkHeader chunk, Path file, int index)
            throws IOException, InputDataException, ChunkDamage {
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
                throw corruptRecord(chunk, recordStart, "record header runs past the chunk");
            }
            if (size <= 0 || size > end - recordStart) {
                throw corruptRecord(chunk, recordStart, "record size " + size);
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

    private static ChunkDamage corruptRecord(JfrChunkHeader chunk, int recordStart, String what) {
        return new ChunkDamage("record at byte " + (chunk.offsetBytes() + recordStart) + ": " + what);
    }

    private static String where(int index, long offset) {
        return "chunk " + (index + 1) + " at byte " + offset + ": ";
    }
}
