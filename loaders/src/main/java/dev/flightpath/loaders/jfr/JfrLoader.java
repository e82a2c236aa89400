package dev.flightpath.loaders.jfr;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.Loader;
import dev.flightpath.loaders.jfr.fast.ChunkRange;
import dev.flightpath.loaders.jfr.fast.FastSampleReader;
import dev.flightpath.loaders.jfr.fast.FastSamples;
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
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SchedulingTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

    /** Wraps an exception thrown by our own handler code, so it is not mistaken for bad input. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }
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
            List<LoadWarning> warnings = new ArrayList<>();
            Path readable = source;
            if (layout.truncated()) {
                if (layout.completeChunks().isEmpty()) {
                    throw new InputDataException("truncated JFR recording", file, "the file ends inside its first chunk ("
                            + layout.fileSizeBytes() + " bytes); there is no complete chunk to read");
                }
                warnings.add(new LoadWarning("truncated", "the file ends inside chunk " + (layout.truncatedAtChunk() + 1)
                        + "; read the " + layout.completeChunks().size() + " complete chunk(s), "
                        + layout.completeBytes() + " of " + layout.fileSizeBytes() + " bytes", 1));
            }
            if (samplesOnly(request) && sampleReading != SampleReading.CONSUMER_ONLY) {
                FastSamples fast = readFast(source, layout, request);
                if (fast != null) {
                    return toRecording(layout, fast, warnings);
                }
            }
            if (layout.truncated()) {
                readable = completePrefix(source, layout.completeBytes(), temporaryFiles);
            }
            JfrEventCollector collector = new JfrEventCollector(request.wants(DataKind.SAMPLES),
                    request.wants(DataKind.MESSAGES), request.wants(DataKind.SCHEDULING), request.wants(DataKind.PAUSES),
                    request.wants(DataKind.CPU_LOAD));
            readEvents(file, readable, request, collector);
            return toRecording(layout, collector, warnings);
        } finally {
            for (Path temporary : temporaryFiles) {
                Files.deleteIfExists(temporary);
            }
        }
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
            if (sampleReading == SampleReading.FAST_ONLY) {
                throw new FastPathUnavailableException(e);
            }
            return null;
        }
    }

    private static List<SampleEventSpec> sampleSpecs(LoadRequest request) {
        List<SampleEventSpec> specs = new ArrayList<>();
        for (JfrSampleSource source : JfrSampleSource.values()) {
            if (!request.wantsSamples(source.kind())) {
                continue;
            }
            FrameType leafType = source.kind() == SampleKind.LOCK ? FrameType.LOCK_CLASS : FrameType.ALLOCATED_CLASS;
            specs.add(new SampleEventSpec(source.eventName(), source.kind(), source.valueField(), source.classField(), leafType));
        }
        return List.copyOf(specs);
    }

    private static Recording toRecording(JfrLayout layout, FastSamples fast, List<LoadWarning> warnings) {
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

    private static void readEvents(Path file, Path readable, LoadRequest request, JfrEventCollector collector)
            throws InputDataException, IOException {
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
                stream.onEvent(guarded(collector::onAnyEvent));
            } else {
                // Named handlers only: the consumer then skips parsing every other event type.
                if (samples) {
                    for (JfrSampleSource source : JfrSampleSource.values()) {
                        if (!request.wantsSamples(source.kind())) {
                            continue;
                        }
                        stream.onEvent(source.eventName(), guarded(collector::onSampleEvent));
                    }
                }
                if (recorder) {
                    // Only the mailbox or the executor events when only messages or scheduling is wanted.
                    for (String name : RecorderEventCollector.eventNames(request.wants(DataKind.MESSAGES),
                            request.wants(DataKind.SCHEDULING))) {
                        stream.onEvent(name, guarded(collector::onRecorderEvent));
                    }
                }
                if (pauses) {
                    for (String name : PauseEventCollector.EVENT_NAMES) {
                        stream.onEvent(name, guarded(collector::onPauseEvent));
                    }
                }
                if (cpuLoad) {
                    for (String name : CpuLoadEventCollector.EVENT_NAMES) {
                        stream.onEvent(name, guarded(collector::onCpuLoadEvent));
                    }
                }
            }
            stream.start();
        } catch (HandlerFailure failure) {
            throw (RuntimeException) failure.getCause();
        } catch (IOException | RuntimeException | InternalError e) {
            throw new InputDataException("corrupt JFR recording", file, "while reading events: " + describe(e), e);
        }
    }

    private static boolean wantsRecorderEvents(LoadRequest request) {
        return request.wants(DataKind.MESSAGES) || request.wants(DataKind.SCHEDULING);
    }

    private static Consumer<RecordedEvent> guarded(Consumer<RecordedEvent> handler) {
        return event -> {
            try {
                handler.accept(event);
            } catch (RuntimeException e) {
                throw new HandlerFailure(e);
            }
        };
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
        RecordingInfo info = new RecordingInfo(InputFormat.JFR, first.version(), collector.producer(), collector.jvm(),
                startNanos, endNanos - startNanos, chunks.size(), layout.truncated());
        return new Recording(info, counts, collector.processes(), List.of(), recorderData.messages(),
                recorderData.scheduling(), pauses, cpuLoad, collector.stacks(), collector.samples(), 0, warnings);
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

    /** Copies the complete chunks of a truncated file, so the consumer never meets the cut. */
    private static Path completePrefix(Path source, long bytes, List<Path> temporaryFiles) throws IOException {
        Path temporary = Files.createTempFile("flightpath-", ".jfr");
        temporaryFiles.add(temporary);
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            long copied = 0;
            while (copied < bytes) {
                copied += in.transferTo(copied, bytes - copied, out);
            }
        }
        return temporary;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
