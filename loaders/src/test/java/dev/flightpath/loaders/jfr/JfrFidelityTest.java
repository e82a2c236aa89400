package dev.flightpath.loaders.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.jfr.fast.JfrNames;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JFR loader reads each class of real file as its producer's own tool does (issue 16, items
 * 1–5): counts and weights carried in fields, Java names for arrays, native symbols, normalised
 * lambdas, Datadog's events and async-profiler's native-memory leaks.
 */
class JfrFidelityTest {
    private static final String WALL = "jfr-parser__async-profiler-4.0-jdk21-wall.jfr";
    private static final String KAFKA = "jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr";
    private static final String SPAN_CONTEXT = "jfr-parser__async-profiler-3.0.0.1-jdk8u442-spancontext.jfr";
    private static final String NATIVEMEM = "jfr-parser__async-profiler-3.0-jdk21-nativemem.jfr";

    private static Recording load(Path file, JfrLoader.SampleReading reading) throws Exception {
        return new JfrLoader(reading).load(file, LoadRequest.of(DataKind.SAMPLES));
    }

    private static Path datadogFile() {
        return Path.of("src/test/resources/jfr/datadog-like-events-jdk17.jfr.gz");
    }

    private static long samplesOf(Recording recording, SampleKind kind) {
        SampleTable samples = recording.samples();
        long total = 0;
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) == kind) {
                total += samples.samplesIn(row);
            }
        }
        return total;
    }

    private static long valueOf(Recording recording, SampleKind kind) {
        SampleTable samples = recording.samples();
        long total = 0;
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) == kind) {
                total += samples.value(row);
            }
        }
        return total;
    }

    /** Item 1: a wall-clock event stands for its {@code samples} count, on both reading paths. */
    @ParameterizedTest
    @EnumSource(value = JfrLoader.SampleReading.class, names = {"FAST_ONLY", "CONSUMER_ONLY"})
    void wallClockBatchesWeighTheirSampleCount(JfrLoader.SampleReading reading) throws Exception {
        Path file = CorpusFiles.file("jfr", WALL);
        long expected = 0;
        long events = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getEventType().getName().equals("profiler.WallClockSample")) {
                expected += event.getLong("samples");
                events++;
            }
        }
        Recording recording = load(file, reading);
        assertEquals(1_780, events);
        assertEquals(26_246, expected, "the corpus file's own sum of the samples field");
        assertEquals(events, recording.samples().count(SampleKind.WALL), "one row per event");
        assertEquals(expected, samplesOf(recording, SampleKind.WALL), "samples represented");
    }

    /** Item 2: array classes are Java names, in leaf frames (and no frame name holds a descriptor's ';'). */
    @ParameterizedTest
    @EnumSource(value = JfrLoader.SampleReading.class, names = {"FAST_ONLY", "CONSUMER_ONLY"})
    void arrayClassesAreJavaNames(JfrLoader.SampleReading reading) throws Exception {
        Recording recording = load(CorpusFiles.file("jfr", KAFKA), reading);
        Set<String> leaves = new HashSet<>();
        for (int id = 0; id < recording.stacks().frameCount(); id++) {
            Frame frame = recording.stacks().frame(id);
            assertFalse(frame.name().contains(";") || frame.name().startsWith("["), frame.name());
            if (frame.type() == FrameType.ALLOCATED_CLASS) {
                leaves.add(frame.name());
            }
        }
        assertTrue(leaves.contains("byte[]"), leaves.toString());
        assertTrue(leaves.contains("java.lang.Object[]"), leaves.toString());
    }

    /** Item 3: async-profiler's native frames are their symbol alone, with their frame kind. */
    @ParameterizedTest
    @EnumSource(value = JfrLoader.SampleReading.class, names = {"FAST_ONLY", "CONSUMER_ONLY"})
    void nativeFramesAreSymbols(JfrLoader.SampleReading reading) throws Exception {
        Recording recording = load(CorpusFiles.file("jfr", SPAN_CONTEXT), reading);
        Map<String, FrameType> types = new HashMap<>();
        for (int id = 0; id < recording.stacks().frameCount(); id++) {
            Frame frame = recording.stacks().frame(id);
            assertFalse(frame.name().startsWith("libjvm.so.") || frame.name().startsWith("libc.so.6."), frame.name());
            types.put(frame.name(), frame.type());
        }
        assertEquals(FrameType.CPP, types.get("JavaThread::run"));
        assertEquals(FrameType.NATIVE, types.get("start_thread"));
        assertEquals(FrameType.JIT_COMPILED, types.get("TracingContextKt$$Lambda$27.run"), types.keySet().toString());
    }

    /** Item 4: hidden and lambda classes lose their per-run suffix, as jfr-converter --norm. */
    @Test
    void namesFollowTheConvertersRules() {
        assertEquals("byte[]", JfrNames.className("[B"));
        assertEquals("java.lang.Object[]", JfrNames.className("[Ljava/lang/Object;"));
        assertEquals("java.lang.Object[]", JfrNames.className("[Ljava.lang.Object;"));
        assertEquals("int[][]", JfrNames.className("[[I"));
        assertEquals("java.lang.String", JfrNames.className("java/lang/String"));
        assertEquals("Foo$$Lambda$87", JfrNames.className("Foo$$Lambda$87+0x00007fb710008a08.494317290"));
        assertEquals("Foo$$Lambda$87", JfrNames.className("Foo$$Lambda$87+0x00007fb710008a08/494317290"));
        assertEquals("pkg.Foo$$Lambda", JfrNames.className("pkg/Foo$$Lambda/0x0000000801234c00"));
        assertEquals("pkg.Foo$$Lambda$156", JfrNames.className("pkg.Foo$$Lambda$156.0x00000008011c7c30"));
        assertEquals("jdk.proxy1.$Proxy12", JfrNames.className("jdk/proxy1/$Proxy12"));
        assertEquals("pkg.v2.Type", JfrNames.className("pkg/v2/Type"));
        assertEquals("Thread::call_run",
                JfrNames.frameName("libjvm.so", "Thread::call_run", "()L;", FrameType.CPP));
        assertEquals("_start", JfrNames.frameName("java", "_start", "()L;", FrameType.NATIVE));
        // The JDK's recorder marks a Java native method "Native" too: it keeps its class.
        assertEquals("java.lang.Thread.sleep0", JfrNames.frameName("java/lang/Thread", "sleep0", "(J)V",
                FrameType.NATIVE));
    }

    @ParameterizedTest
    @EnumSource(value = JfrLoader.SampleReading.class, names = {"FAST_ONLY", "CONSUMER_ONLY"})
    void lambdaFramesAreNormalised(JfrLoader.SampleReading reading) throws Exception {
        Recording recording = load(CorpusFiles.file("jfr", KAFKA), reading);
        Set<String> names = new HashSet<>();
        for (int id = 0; id < recording.stacks().frameCount(); id++) {
            String name = recording.stacks().frame(id).name();
            assertFalse(name.matches(".*\\$\\$Lambda.*\\.0x[0-9a-f]+\\..*"), name);
            names.add(name);
        }
        assertTrue(names.contains("kafka.log.UnifiedLog$$Lambda$714.apply"));
    }

    /** Item 5: Datadog's events as their kinds, weighted by hand-computable weights (see DatadogLikeEvents). */
    @Test
    void datadogEventsAreReadAsTheirKinds() throws Exception {
        Recording recording = load(datadogFile(), JfrLoader.SampleReading.FAST_WITH_FALLBACK);
        assertEquals(5, recording.samples().count(SampleKind.CPU));
        assertEquals(3 * 1 + 2 * 5, samplesOf(recording, SampleKind.CPU));
        assertEquals(4 * 10, samplesOf(recording, SampleKind.WALL));
        assertEquals(2 * 2_500 + 64, valueOf(recording, SampleKind.ALLOC_SAMPLE));
        assertEquals(2 * 4_096, valueOf(recording, SampleKind.LIVE));
        Set<String> leaves = new HashSet<>();
        for (int id = 0; id < recording.stacks().frameCount(); id++) {
            Frame frame = recording.stacks().frame(id);
            if (frame.type() == FrameType.ALLOCATED_CLASS) {
                leaves.add(frame.name());
            }
        }
        assertEquals(Set.of("byte[]", "java.lang.String[]", "int[][]"), leaves);
    }

    /** Item 5: native memory: every malloc, and the leaks worked out independently from malloc/free pairs. */
    @Test
    void nativeMemoryLeaksAreTheMallocsNeverFreed() throws Exception {
        Path file = CorpusFiles.file("jfr", NATIVEMEM);
        record Event(Instant time, boolean malloc, long address, long size) {
        }
        List<Event> events = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String name = event.getEventType().getName();
            if (name.equals("profiler.Malloc") || name.equals("profiler.Free")) {
                boolean malloc = name.equals("profiler.Malloc");
                events.add(new Event(event.getStartTime(), malloc, event.getLong("address"),
                        malloc ? event.getLong("size") : 0));
            }
        }
        events.sort(Comparator.comparing(Event::time));
        Map<Long, Long> live = new HashMap<>();
        long mallocBytes = 0;
        for (Event event : events) {
            if (event.malloc()) {
                live.put(event.address(), event.size());
                mallocBytes += event.size();
            } else {
                live.remove(event.address());
            }
        }
        Recording recording = new JfrLoader().load(file, LoadRequest.of(DataKind.SAMPLES));
        assertEquals(57, recording.samples().count(SampleKind.NATIVEMEM));
        assertEquals(mallocBytes, valueOf(recording, SampleKind.NATIVEMEM));
        assertEquals(live.size(), recording.samples().count(SampleKind.NATIVE_LEAK));
        assertEquals(32, live.size());
        assertEquals(live.values().stream().mapToLong(Long::longValue).sum(), valueOf(recording, SampleKind.NATIVE_LEAK));
        Recording leaksOnly = new JfrLoader().load(file, LoadRequest.samplesOf(SampleKind.NATIVE_LEAK));
        assertEquals(32, leaksOnly.samples().count(SampleKind.NATIVE_LEAK));
    }
}
