package dev.flightpath.loaders.jfr.fast;

import dev.flightpath.model.Frame;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.StackTable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the stack samples of a JFR file without {@code jdk.jfr.consumer}: chunks are parsed in
 * parallel ({@link ChunkSampleReader}), then merged in file order, so frame, stack and thread ids
 * come out in the same order as the consumer path gives them. Fails with
 * {@link UnsupportedLayoutException} on anything it does not handle; the caller then falls back.
 */
public final class FastSampleReader {
    private static final int MAX_THREADS = 2;

    private final List<SampleEventSpec> specs;

    public FastSampleReader(List<SampleEventSpec> specs) {
        if (specs.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("too many sample event types");
        }
        this.specs = List.copyOf(specs);
    }

    public FastSamples read(Path file, List<ChunkRange> chunks) throws UnsupportedLayoutException {
        for (ChunkRange chunk : chunks) {
            if (chunk.sizeBytes() > Integer.MAX_VALUE - 16) {
                throw new UnsupportedLayoutException("a chunk larger than 2 GiB");
            }
        }
        int threads = Math.max(1, Math.min(MAX_THREADS, Math.min(chunks.size(), Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "flightpath-jfr-reader");
            thread.setDaemon(true);
            return thread;
        });
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // One buffer per worker, reused from chunk to chunk: no chunk-sized garbage.
            BlockingQueue<byte[]> buffers = new ArrayBlockingQueue<>(threads);
            for (int i = 0; i < threads; i++) {
                buffers.add(new byte[0]);
            }
            List<Future<ChunkSamples>> parsed = new ArrayList<>();
            for (ChunkRange chunk : chunks) {
                parsed.add(pool.submit(() -> {
                    byte[] buffer = buffers.take();
                    try {
                        if (buffer.length < chunk.sizeBytes()) {
                            buffer = new byte[(int) chunk.sizeBytes()];
                        }
                        readChunk(channel, chunk, buffer);
                        return ChunkSampleReader.read(buffer, (int) chunk.sizeBytes(), specs);
                    } finally {
                        buffers.add(buffer);
                    }
                }));
            }
            Merger merger = new Merger();
            for (int i = 0; i < parsed.size(); i++) {
                merger.add(parsed.get(i).get());
                parsed.set(i, null);
            }
            return merger.build();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnsupportedLayoutException) {
                throw (UnsupportedLayoutException) cause;
            }
            throw new UnsupportedLayoutException("the fast reader failed: " + cause, cause);
        } catch (IOException e) {
            throw new UnsupportedLayoutException("the fast reader could not read the file: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnsupportedLayoutException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void readChunk(FileChannel channel, ChunkRange chunk, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, (int) chunk.sizeBytes());
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, chunk.offsetBytes() + buffer.position()) < 0) {
                throw new IOException("the file ends inside a chunk");
            }
        }
    }

    /** Joins chunk results into one table, in file order, as the consumer path interns them. */
    private final class Merger {
        private record ThreadKey(long javaThreadId, long osThreadId) {
        }

        private final StackTable.Builder stacks = new StackTable.Builder();
        private final SampleTable.Builder samples = new SampleTable.Builder();
        private final Map<ThreadKey, Integer> threadIds = new HashMap<>();
        private final List<ProcessInfo> threads = new ArrayList<>();
        private boolean sawProfilerEvents;

        void add(ChunkSamples chunk) {
            int[] globalFrames = new int[chunk.frames().size()];
            Arrays.fill(globalFrames, -1);
            int[][] traceFrames = new int[chunk.traces().size()][];
            int[] plainStacks = new int[chunk.traces().size()];
            Arrays.fill(plainStacks, -2);
            Map<Long, Integer> leafStacks = new HashMap<>();
            int[] leafFrames = new int[chunk.classNames().size() * 2];
            Arrays.fill(leafFrames, -1);
            int[] globalThreads = new int[chunk.threads().size()];
            Arrays.fill(globalThreads, -1);
            for (int row = 0; row < chunk.count(); row++) {
                SampleEventSpec spec = specs.get(chunk.specIndex()[row]);
                if (spec.eventName().startsWith("profiler.")) {
                    sawProfilerEvents = true;
                }
                int trace = chunk.traceIndex()[row];
                int leaf = chunk.classIndex()[row];
                int stackId;
                if (leaf < 0) {
                    if (trace < 0) {
                        stackId = -1;
                    } else {
                        stackId = plainStacks[trace];
                        if (stackId == -2) {
                            int[] frames = frames(chunk, trace, traceFrames, globalFrames);
                            stackId = frames.length == 0 ? -1 : stacks.internStack(frames);
                            plainStacks[trace] = stackId;
                        }
                    }
                } else {
                    int leafSlot = leaf * 2 + (spec.leafType() == dev.flightpath.model.FrameType.LOCK_CLASS ? 1 : 0);
                    long key = ((long) leafSlot << 32) | (trace + 1);
                    Integer cached = leafStacks.get(key);
                    if (cached == null) {
                        int[] frames = trace < 0 ? new int[0] : frames(chunk, trace, traceFrames, globalFrames);
                        if (leafFrames[leafSlot] < 0) {
                            leafFrames[leafSlot] = stacks.internFrame(new Frame(chunk.classNames().get(leaf), spec.leafType(), 0));
                        }
                        int[] withLeaf = new int[frames.length + 1];
                        withLeaf[0] = leafFrames[leafSlot];
                        System.arraycopy(frames, 0, withLeaf, 1, frames.length);
                        cached = stacks.internStack(withLeaf);
                        leafStacks.put(key, cached);
                    }
                    stackId = cached;
                }
                int thread = chunk.threadIndex()[row];
                int threadId = -1;
                if (thread >= 0) {
                    threadId = globalThreads[thread];
                    if (threadId < 0) {
                        threadId = threadId(chunk.threads().get(thread));
                        globalThreads[thread] = threadId;
                    }
                }
                samples.add(chunk.timeNanos()[row], stackId, threadId, spec.kind(), chunk.values()[row]);
            }
        }

        private int[] frames(ChunkSamples chunk, int trace, int[][] traceFrames, int[] globalFrames) {
            int[] frames = traceFrames[trace];
            if (frames == null) {
                int[] local = chunk.traces().get(trace);
                frames = new int[local.length];
                for (int i = 0; i < local.length; i++) {
                    int global = globalFrames[local[i]];
                    if (global < 0) {
                        global = stacks.internFrame(chunk.frames().get(local[i]));
                        globalFrames[local[i]] = global;
                    }
                    frames[i] = global;
                }
                traceFrames[trace] = frames;
            }
            return frames;
        }

        private int threadId(ThreadInfo thread) {
            ThreadKey key = new ThreadKey(thread.javaThreadId(), thread.osThreadId());
            Integer id = threadIds.get(key);
            if (id == null) {
                id = threads.size();
                String name = JfrNames.bounded(thread.javaName() != null ? thread.javaName()
                        : thread.osName() == null ? "" : thread.osName());
                String externalId = thread.javaThreadId() >= 0 ? Long.toString(thread.javaThreadId())
                        : "os:" + thread.osThreadId();
                threads.add(new ProcessInfo(id, externalId, name,
                        thread.virtual() ? ProcessKind.VIRTUAL_THREAD : ProcessKind.THREAD, ""));
                threadIds.put(key, id);
            }
            return id;
        }

        FastSamples build() {
            return new FastSamples(threads, stacks.build(), samples.build(), sawProfilerEvents);
        }
    }
}
