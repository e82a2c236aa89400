package dev.flightpath.loaders.jfr;

/**
 * The fixed 68-byte header at the start of every JFR chunk.
 *
 * @param offsetBytes        where the chunk starts in the file
 * @param major              format major version (1 for JDK 9/10, 2 for JDK 11+)
 * @param minor              format minor version
 * @param sizeBytes          the chunk's size, header included
 * @param startNanos         chunk start, epoch nanoseconds
 * @param durationNanos      chunk duration
 * @param compressedIntegers whether integers (record sizes among them) are LEB128-compressed
 * @param fileState          the header's file-state byte: 0 when the chunk was finished, another
 *                           value while its JVM was still writing it (the JDK's reader then waits
 *                           for it to finish, forever in a copied file)
 */
record JfrChunkHeader(
        long offsetBytes,
        int major,
        int minor,
        long sizeBytes,
        long startNanos,
        long durationNanos,
        boolean compressedIntegers,
        int fileState) {

    static final int SIZE_BYTES = 68;
    /** Where the file-state byte lies in the header. */
    static final int FILE_STATE_OFFSET = 64;

    boolean inProgress() {
        return fileState != 0;
    }

    long endOffsetBytes() {
        return offsetBytes + sizeBytes;
    }

    String version() {
        return major + "." + minor;
    }
}
