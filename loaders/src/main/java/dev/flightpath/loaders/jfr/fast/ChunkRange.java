package dev.flightpath.loaders.jfr.fast;

/** Where one complete chunk lies in the file. */
public record ChunkRange(long offsetBytes, long sizeBytes) {
}
