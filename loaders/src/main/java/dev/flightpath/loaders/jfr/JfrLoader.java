package dev.flightpath.loaders.jfr;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.jfr.fast.ChunkRange;
import dev.flightpath.loaders.jfr.fast.FastSampleReader;
import dev.flightpath.loaders.jfr.fast.FastSamples;
import dev.flightpath.loaders.jfr.fast.JfrNames;
import dev.flightpath.loaders.jfr.fast.SampleEventSpec;
import dev.flightpath.loaders.jfr.fast.UnsupportedLayoutException;
import dev.flightpath.model.CpuLoadTable;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.StackTable;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SchedulingTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import jdk.jfr.consumer.EventStream;
import jdk.jfr.consumer.RecordedEvent;

/**
 * Reads JFR recordings (JDK 11–25 format 2.x, JDK 9/10 format 1.0; written by the JDK's recorder
 * or by async-profiler; single- or multi-chunk; optionally gzip-compressed) with
 * {@code jdk.jfr.consumer}.
 *
 * <p>A file that ends inside a chunk (a recording cut off by a crash or a full disk) is read up to
 * its last complete chunk, with a {@code truncated} warning; when not even the first chunk is
 * complete, loading fails. A corrupt chunk header fails.
 *
 * <p>What is read besides counts, threads and samples: flightpath's recorder events as messages
 * and scheduling intervals ({@link RecorderEventCollector}, for {@link DataKind#MESSAGES} or
 * {@link DataKind#SCHEDULING}), the JVM's GC and safepoint pauses ({@link PauseEventCollector},
 * for {@link DataKind#PAUSES}) and its CPU load readings ({@link CpuLoadEventCollector}, for
 * {@link DataKind#CPU_LOAD}).
 */
public final class JfrLoader implements Loader {

    /** How stack samples are read when a request wants samples alone. */
    public enum SampleReading {
        /** The fast reader, falling back to the consumer when it meets something it does not handle. */
        FAST_WITH_FALLBACK,
        /** Always {@code jdk.jfr.consumer}. */
        CONSUMER_ONLY,
        /** The fast reader or a failure (for tests that must know which path ran). */
        FAST_ONLY
    }

    /** The fast reader could not read a file in {@link SampleReading#FAST_ONLY} mode. */
    public static final class FastPathUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FastPathUnavailableException(UnsupportedLayoutException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final SampleReading sampleReading;

    public JfrLoader() {
        this(SampleReading.FAST_WITH_FALLBACK);
    }

    public JfrLoader(SampleReading sampleReading) {
        this.sampleReading = sampleReading;
    }

    @Override
    public InputFormat format() {
        return InputFormat.JFR;
    }

    @Override
    public Recording load(Path file, LoadRequest request) throws InputDataException, IOException {
        List<Path> temporaryFiles = new ArrayList<>();
        try {
            Path source = isGzip(file) ? gunzip(file, temporaryFiles) : file;
            JfrLayout layout = JfrChunkScanner.scan(source, file, request.wants(DataKind.EVENT_COUNTS));
            List<LoadWarning> warnings = layoutWarnings(file, layout);
            if (samplesOnly(request) && sampleReading != SampleReading.CONSUMER_ONLY) {
                FastSamples fast = readFast(source, layout, request);
                if (fast != null && request.wantsSamples(SampleKind.NATIVE_LEAK)
                        && fast.samples().count(SampleKind.NATIVEMEM) > 0) {
                    // Leaks need the frees matched to the mallocs, which only the consumer path does.
                    fast = fastUnavailable(new UnsupportedLayoutException("native-memory leaks"));
                }
                if (fast != null) {
                    return toRecording(layout, fast, warnings);
                }
            }
            JfrEventCollector collector = new JfrEventCollector(request.wants(DataKind.SAMPLES),
                    request.wantsSamples(SampleKind.NATIVE_LEAK), request.wants(DataKind.MESSAGES),
                    request.wants(DataKind.SCHEDULING), request.wants(DataKind.PAUSES), request.wants(DataKind.CPU_LOAD));
            EventGuard guard = new EventGuard();
            for (Path readable : consumerInputs(source, layout, temporaryFiles)) {
                readEvents(file, readable, request, collector, guard);
            }
            guard.warnings(warnings);
            return toRecording(layout, collector, warnings);
        } finally {
            for (Path temporary : temporaryFiles) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * What the layout says about the file: warnings for a cut-off tail, damaged chunks skipped and
     * chunks still being written; a failure when no chunk can be read.
     */
    private static List<LoadWarning> layoutWarnings(Path file, JfrLayout layout) throws InputDataException {
        if (layout.completeChunks().isEmpty()) {
            if (!layout.damagedChunks().isEmpty()) {
                JfrLayout.DamagedChunk first = layout.damagedChunks().get(0);
                throw new InputDataException(first.problem(), file, first.describe());
            }
            throw new InputDataException("truncated JFR recording", file, "the file ends inside its first chunk ("
                    + layout.fileSizeBytes() + " bytes); there is no complete chunk to read");
        }
        List<LoadWarning> warnings = new ArrayList<>();
        for (JfrLayout.DamagedChunk damaged : layout.damagedChunks()) {
            warnings.add(new LoadWarning("damaged-chunk", damaged.problem() + ": " + damaged.describe(), 1));
        }
        if (layout.truncated()) {
            warnings.add(new LoadWarning("truncated", "the file ends inside chunk " + (layout.truncatedAtChunk() + 1)
                    + "; read the " + layout.completeChunks().size() + " complete chunk(s), "
                    + layout.completeBytes() + " of " + layout.fileSizeBytes() + " bytes", 1));
        }
        long inProgress = layout.completeChunks().stream().filter(JfrChunkHeader::inProgress).count();
        if (inProgress > 0) {
            JfrChunkHeader first = layout.completeChunks().stream().filter(JfrChunkHeader::inProgress).findFirst()
                    .orElseThrow();
            warnings.add(new LoadWarning("recording-in-progress", inProgress + " chunk(s) say their JVM was still "
                    + "writing them (chunk at byte " + first.offsetBytes() + ", file state " + first.fileState()
                    + "): read what they held at their last flush; events written later are not in the file",
                    inProgress));
        }
        return warnings;
    }

    /**
     * The files the consumer reads, in order. The file itself when it is sound; else a copy of its
     * readable chunks with their headers marked finished (the consumer waits forever for a chunk
     * whose header says it is still being written, and stops at a damaged one). Format 1.0 chunks
     * each get a file of their own: the JDK's reader reads a later 1.0 chunk with the first one's
     * metadata and drops its events.
     */
    private static List<Path> consumerInputs(Path source, JfrLayout layout, List<Path> temporaryFiles) throws IOException {
        List<JfrChunkHeader> chunks = layout.completeChunks();
        if (chunks.get(0).major() == 1 && chunks.size() > 1) {
            List<Path> perChunk = new ArrayList<>();
            for (JfrChunkHeader chunk : chunks) {
                perChunk.add(copyOfChunks(source, List.of(chunk), temporaryFiles));
            }
            return perChunk;
        }
        return List.of(layout.needsCleanCopy() ? copyOfChunks(source, chunks, temporaryFiles) : source);
    }

    private static boolean samplesOnly(LoadRequest request) {
        return request.wants(DataKind.SAMPLES) && !request.wants(DataKind.EVENT_COUNTS) && !wantsRecorderEvents(request)
                && !request.wants(DataKind.PAUSES) && !request.wants(DataKind.CPU_LOAD);
    }

    /** The samples read by the fast reader, or null to fall back to the consumer. */
    private FastSamples readFast(Path source, JfrLayout layout, LoadRequest request) {
        List<ChunkRange> chunks = new ArrayList<>();
        for (JfrChunkHeader chunk : layout.completeChunks()) {
            chunks.add(new ChunkRange(chunk.offsetBytes(), chunk.sizeBytes()));
        }
        try {
            return new FastSampleReader(sampleSpecs(request)).read(source, chunks);
        } catch (UnsupportedLayoutException e) {
            return fastUnavailable(e);
        }
    }

    /** Null, to fall back to the consumer, or a failure in {@link SampleReading#FAST_ONLY} mode. */
    private FastSamples fastUnavailable(UnsupportedLayoutException reason) {
        if (sampleReading == SampleReading.FAST_ONLY) {
            throw new FastPathUnavailableException(reason);
        }
        return null;
    }

    /** Whether the request wants any sample kind that events of {@code source} yield. */
    private static boolean wants(LoadRequest request, JfrSampleSource source) {
        for (SampleKind kind : SampleKind.values()) {
            if (source.yields(kind) && request.wantsSamples(kind)) {
                return true;
            }
        }
        return false;
    }

    private static List<SampleEventSpec> sampleSpecs(LoadRequest request) {
        List<SampleEventSpec> specs = new ArrayList<>();
        for (JfrSampleSource source : JfrSampleSource.values()) {
            if (!wants(request, source)) {
                continue;
            }
            FrameType leafType = source.kind() == SampleKind.LOCK ? FrameType.LOCK_CLASS : FrameType.ALLOCATED_CLASS;
            specs.add(new SampleEventSpec(source.eventName(), source.kind(), source.valueField(), source.classField(),
                    source.scaleField(), leafType));
        }
        return List.copyOf(specs);
    }

    /** A warning when names longer than {@link JfrNames#MAX_NAME_CHARS} were cut. */
    private static void warnAboutCutNames(StackTable stacks, List<ProcessInfo> processes, List<LoadWarning> warnings) {
        long cut = 0;
        for (int id = 0; id < stacks.frameCount(); id++) {
            if (JfrNames.wasCut(stacks.frame(id).name())) {
                cut++;
            }
        }
        for (ProcessInfo process : processes) {
            if (JfrNames.wasCut(process.name())) {
                cut++;
            }
        }
        if (cut > 0) {
            warnings.add(new LoadWarning("long-names", cut + " frame or thread name(s) longer than "
                    + JfrNames.MAX_NAME_CHARS + " characters were cut to that length", cut));
        }
    }

    private static Recording toRecording(JfrLayout layout, FastSamples fast, List<LoadWarning> warnings) {
        warnAboutCutNames(fast.stacks(), fast.threads(), warnings);
        List<JfrChunkHeader> chunks = layout.completeChunks();
        String producer = fast.sawProfilerEvents() ? "async-profiler" : "JDK Flight Recorder";
        RecordingInfo info = new RecordingInfo(InputFormat.JFR, chunks.get(0).version(), producer, "",
                startNanos(chunks), endNanos(chunks) - startNanos(chunks), chunks.size(), layout.truncated());
        return new Recording(info, Map.of(), fast.threads(), List.of(), MessageTable.empty(),
                SchedulingTable.empty(), fast.stacks(), fast.samples(), 0, warnings);
    }

    private static long startNanos(List<JfrChunkHeader> chunks) {
        long start = chunks.get(0).startNanos();
        for (JfrChunkHeader chunk : chunks) {
            start = Math.min(start, chunk.startNanos());
        }
        return start;
    }

    private static long endNanos(List<JfrChunkHeader> chunks) {
        long end = chunks.get(0).startNanos();
        for (JfrChunkHeader chunk : chunks) {
            end = Math.max(end, chunk.startNanos() + chunk.durationNanos());
        }
        return end;
    }

    private static void readEvents(Path file, Path readable, LoadRequest request, JfrEventCollector collector,
            EventGuard guard) throws InputDataException, IOException {
        boolean counts = request.wants(DataKind.EVENT_COUNTS);
        boolean samples = request.wants(DataKind.SAMPLES);
        boolean recorder = wantsRecorderEvents(request);
        boolean pauses = request.wants(DataKind.PAUSES);
        boolean cpuLoad = request.wants(DataKind.CPU_LOAD);
        if (!counts && !samples && !recorder && !pauses && !cpuLoad) {
            return;
        }
        try (EventStream stream = EventStream.openFile(readable)) {
            stream.setReuse(true);
            stream.setOrdered(false);
            if (counts) {
                stream.onEvent(guard.wrap(collector::onAnyEvent));
            } else {
                // Named handlers only: the consumer then skips parsing every other event type.
                if (samples) {
                    for (JfrSampleSource source : JfrSampleSource.values()) {
                        if (wants(request, source)) {
                            stream.onEvent(source.eventName(), guard.wrap(collector::onSampleEvent));
                        }
                    }
                    if (request.wantsSamples(SampleKind.NATIVE_LEAK)) {
                        stream.onEvent(JfrSampleSource.FREE_EVENT, guard.wrap(collector::onFreeEvent));
                    }
                }
                if (recorder) {
                    // Only the mailbox or the executor events when only messages or scheduling is wanted.
                    for (String name : RecorderEventCollector.eventNames(request.wants(DataKind.MESSAGES),
                            request.wants(DataKind.SCHEDULING))) {
                        stream.onEvent(name, guard.wrap(collector::onRecorderEvent));
                    }
                }
                if (pauses) {
                    for (String name : PauseEventCollector.EVENT_NAMES) {
                        stream.onEvent(name, guard.wrap(collector::onPauseEvent));
                    }
                }
                if (cpuLoad) {
                    for (String name : CpuLoadEventCollector.EVENT_NAMES) {
                        stream.onEvent(name, guard.wrap(collector::onCpuLoadEvent));
                    }
                }
            }
            stream.start();
        } catch (IOException | RuntimeException | InternalError e) {
            throw new InputDataException("corrupt JFR recording", file, "while reading events: " + describe(e), e);
        }
    }

    private static boolean wantsRecorderEvents(LoadRequest request) {
        return request.wants(DataKind.MESSAGES) || request.wants(DataKind.SCHEDULING);
    }

    /**
     * Wraps the handlers so that nothing they throw reaches the JDK's dispatcher, which would print
     * its stack trace to stderr and go on. An event a handler cannot read (a value the bytes made
     * impossible) is skipped and counted, and said once in a warning.
     */
    private static final class EventGuard {
        private long failures;
        private String firstFailure;

        Consumer<RecordedEvent> wrap(Consumer<RecordedEvent> handler) {
            return event -> {
                try {
                    handler.accept(event);
                } catch (RuntimeException | InternalError e) {
                    failures++;
                    if (firstFailure == null) {
                        firstFailure = eventName(event) + ": " + describe(e);
                    }
                }
            };
        }

        private static String eventName(RecordedEvent event) {
            try {
                return event.getEventType().getName();
            } catch (RuntimeException e) {
                return "an event";
            }
        }

        void warnings(List<LoadWarning> warnings) {
            if (failures > 0) {
                warnings.add(new LoadWarning("unreadable-events", failures + " event(s) could not be read and were "
                        + "skipped (the first: " + firstFailure + ")", failures));
            }
        }
    }

    private static Recording toRecording(JfrLayout layout, JfrEventCollector collector, List<LoadWarning> warnings) {
        List<JfrChunkHeader> chunks = layout.completeChunks();
        JfrChunkHeader first = chunks.get(0);
        long startNanos = startNanos(chunks);
        long endNanos = endNanos(chunks);
        Map<String, Long> counts = new TreeMap<>(collector.eventCounts());
        if (layout.totalRecords() >= 0) {
            // jfr summary lists the internal records too; format 1.0 named them com.oracle.jdk.*.
            String namespace = first.major() == 1 ? "com.oracle.jdk." : "jdk.";
            if (layout.metadataRecords() > 0) {
                counts.put(namespace + "Metadata", layout.metadataRecords());
            }
            if (layout.checkpointRecords() > 0) {
                counts.put(namespace + "CheckPoint", layout.checkpointRecords());
            }
            long read = counts.values().stream().mapToLong(Long::longValue).sum();
            long skipped = layout.totalRecords() - read;
            if (skipped > 0) {
                warnings.add(new LoadWarning("events-without-metadata", skipped
                        + " event record(s) have a type id with no metadata and were skipped", skipped));
            }
        }
        RecorderEventCollector.Tables recorderData = collector.buildRecorderData(warnings);
        PauseTable pauses = collector.pauses(warnings);
        CpuLoadTable cpuLoad = collector.cpuLoad();
        StackTable stacks = collector.stacks();
        warnAboutCutNames(stacks, collector.processes(), warnings);
        RecordingInfo info = new RecordingInfo(InputFormat.JFR, first.version(), collector.producer(), collector.jvm(),
                startNanos, endNanos - startNanos, chunks.size(), layout.truncated());
        return new Recording(info, counts, collector.processes(), List.of(), recorderData.messages(),
                recorderData.scheduling(), pauses, cpuLoad, stacks, collector.samples(), 0, warnings);
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    private static Path gunzip(Path file, List<Path> temporaryFiles) throws InputDataException, IOException {
        Path temporary = Files.createTempFile("flightpath-", ".jfr");
        temporaryFiles.add(temporary);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
                OutputStream out = Files.newOutputStream(temporary)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new InputDataException("corrupt gzip data", file, describe(e), e);
        }
        return temporary;
    }

    /** Copies the given chunks into a temporary file, each header's file state set to finished (0). */
    private static Path copyOfChunks(Path source, List<JfrChunkHeader> chunks, List<Path> temporaryFiles)
            throws IOException {
        Path temporary = Files.createTempFile("flightpath-", ".jfr");
        temporaryFiles.add(temporary);
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            long written = 0;
            for (JfrChunkHeader chunk : chunks) {
                long copied = 0;
                while (copied < chunk.sizeBytes()) {
                    copied += in.transferTo(chunk.offsetBytes() + copied, chunk.sizeBytes() - copied, out);
                }
                if (chunk.inProgress()) {
                    out.write(ByteBuffer.wrap(new byte[] {0}), written + JfrChunkHeader.FILE_STATE_OFFSET);
                }
                written += chunk.sizeBytes();
                out.position(written);
            }
        }
        return temporary;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
