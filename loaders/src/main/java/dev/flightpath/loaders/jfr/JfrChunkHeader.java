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
 */
record JfrChunkHeader(
        long offsetBytes,
        int major,
        int minor,
        long sizeBytes,
        long startNanos,
        long durationNanos,
        boolean compressedIntegers) {

    static final int SIZE_BYTES = 68;

    long endOffsetBytes() {
        return offsetBytes + sizeBytes;
    }

    String version() {
        return major + "." + minor;
    }
}
