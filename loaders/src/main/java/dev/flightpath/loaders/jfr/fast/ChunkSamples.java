package dev.flightpath.loaders.jfr.fast;

import dev.flightpath.model.Frame;
import java.util.List;

/**
 * The samples of one chunk, with stacks, classes and threads resolved once per distinct constant.
 * Indices are local to the chunk; -1 means none.
 *
 * @param count       the number of samples
 * @param timeNanos   epoch nanoseconds per sample
 * @param values      value per sample
 * @param specIndex   which {@link SampleEventSpec} each sample came from
 * @param traceIndex  index into {@code traces}
 * @param classIndex  index into {@code classNames} (the synthetic leaf)
 * @param threadIndex index into {@code threads}
 * @param traces      distinct stack traces as indices into {@code frames}, leaf first
 * @param frames      distinct frames
 * @param classNames  distinct leaf class names
 * @param threads     distinct threads
 */
record ChunkSamples(
        int count,
        long[] timeNanos,
        long[] values,
        byte[] specIndex,
        int[] traceIndex,
        int[] classIndex,
        int[] threadIndex,
        List<int[]> traces,
        List<Frame> frames,
        List<String> classNames,
        List<ThreadInfo> threads) {
}
