package dev.flightpath.loaders.jfr;

import java.util.List;

/**
 * The chunk structure of a JFR file, read without parsing events.
 *
 * @param completeChunks     the readable chunks: wholly inside the file, with a sound header and
 *                           records (not contiguous when a damaged chunk lies between them)
 * @param damagedChunks      chunks skipped because their header or records are damaged
 * @param fileSizeBytes      the file's size
 * @param truncatedAtChunk   index of the chunk the file ends inside, or -1 when it is complete
 * @param metadataRecords    metadata records counted in the complete chunks (type id 0), or -1
 *                           when records were not walked
 * @param checkpointRecords  checkpoint (constant-pool) records (type id 1), or -1 when not walked
 * @param totalRecords       all records in the complete chunks, or -1 when not walked
 */
record JfrLayout(
        List<JfrChunkHeader> completeChunks,
        List<DamagedChunk> damagedChunks,
        long fileSizeBytes,
        int truncatedAtChunk,
        long metadataRecords,
        long checkpointRecords,
        long totalRecords) {

    /**
     * A chunk that cannot be read.
     *
     * @param index       its place in the file, from 0
     * @param offsetBytes where it starts
     * @param problem     the class of damage ("corrupt JFR chunk header", "corrupt JFR recording")
     * @param what        what is wrong, for the warning
     * @param resumeBytes where reading went on (the next chunk's magic), or -1 when nothing after it could be read
     */
    record DamagedChunk(int index, long offsetBytes, String problem, String what, long resumeBytes) {
        String describe() {
            return "chunk " + (index + 1) + " at byte " + offsetBytes + ": " + what + "; "
                    + (resumeBytes < 0 ? "nothing after it could be read" : "skipped to the next chunk at byte " + resumeBytes);
        }
    }

    JfrLayout {
        completeChunks = List.copyOf(completeChunks);
        damagedChunks = List.copyOf(damagedChunks);
    }

    /**
     * Whether the consumer must be given a cleaned copy instead of the file: a chunk was left out
     * (damaged, or cut off at the end) or a header still says its chunk was being written.
     */
    boolean needsCleanCopy() {
        if (truncated() || !damagedChunks.isEmpty()) {
            return true;
        }
        for (JfrChunkHeader chunk : completeChunks) {
            if (chunk.inProgress()) {
                return true;
            }
        }
        return false;
    }

    boolean truncated() {
        return truncatedAtChunk >= 0;
    }

    /** Bytes covered by the readable chunks. */
    long completeBytes() {
        long bytes = 0;
        for (JfrChunkHeader chunk : completeChunks) {
            bytes += chunk.sizeBytes();
        }
        return bytes;
    }
}
