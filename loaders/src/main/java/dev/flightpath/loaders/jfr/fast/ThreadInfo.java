package dev.flightpath.loaders.jfr.fast;

/** A thread constant of one chunk, with the fields the model keeps (names may be null). */
record ThreadInfo(long javaThreadId, long osThreadId, String javaName, String osName, boolean virtual) {
}
