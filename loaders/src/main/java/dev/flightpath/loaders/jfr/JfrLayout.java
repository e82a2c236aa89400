package dev.flightpath.loaders.jfr;

import java.util.List;

/**
 * The chunk structure of a JFR file, read without parsing events.
 *
 * @param completeChunks     chunks that lie wholly inside the file
 * @param fileSizeBytes      the file's size
 * @param truncatedAtChunk   index of the chunk the file ends inside, or -1 when it is complete
 * @param metadataRecords    metadata records counted in the complete chunks (type id 0), or -1
 *                           when records were not walked
 * @param checkpointRecords  checkpoint (constant-pool) records (type id 1), or -1 when not walked
 * @param totalRecords       all records in the complete chunks, or -1 when not walked
 */
record JfrLayout(
        List<JfrChunkHeader> completeChunks,
        long fileSizeBytes,
        int truncatedAtChunk,
        long metadataRecords,
        long checkpointRecords,
        long totalRecords) {

    JfrLayout {
        completeChunks = List.copyOf(completeChunks);
    }

    boolean truncated() {
        return truncatedAtChunk >= 0;
    }

    /** Bytes covered by the complete chunks (they are contiguous from the start of the file). */
    long completeBytes() {
        return completeChunks.isEmpty() ? 0 : completeChunks.get(completeChunks.size() - 1).endOffsetBytes();
    }
}
