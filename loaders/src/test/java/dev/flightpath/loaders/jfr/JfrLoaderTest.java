package dev.flightpath.loaders.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.FormatDetector;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

class JfrLoaderTest {
    private static final String KAFKA = "jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr";

    private static Recording samples(Path file) throws Exception {
        return RecordingLoader.load(file, null, LoadRequest.of(DataKind.SAMPLES));
    }

    @Test
    void detectsJfrByContent() throws Exception {
        assertEquals(InputFormat.JFR, FormatDetector.detect(CorpusFiles.file("jfr", KAFKA)));
        assertEquals(InputFormat.JFR, FormatDetector.detect(CorpusFiles.file("jfr", "jmc__jdk9-ea-v1.0.jfr")));
    }

    @Test
    void asyncProfilerSamplesOfEveryKind() throws Exception {
        Recording recording = samples(CorpusFiles.file("jfr", KAFKA));
        SampleTable table = recording.samples();
        // The MANIFEST's counts: ExecutionSample 582, InNewTLAB 7,972 + OutsideTLAB 2,238,
        // JavaMonitorEnter 1,773 + ThreadPark 435.
        assertEquals(582, table.count(SampleKind.CPU));
        assertEquals(7_972 + 2_238, table.count(SampleKind.ALLOC));
        assertEquals(1_773 + 435, table.count(SampleKind.LOCK));
        for (int row = 0; row < table.size(); row++) {
            if (table.kind(row) == SampleKind.ALLOC) {
                int leaf = recording.stacks().frameAt(table.stackId(row), 0);
                assertEquals(FrameType.ALLOCATED_CLASS, recording.stacks().frame(leaf).type());
                assertTrue(table.value(row) > 0, "allocation samples weigh bytes");
            }
        }
        assertTrue(recording.eventCounts().isEmpty(), "event counts were not asked for");
    }

    /** Per stack, the CPU samples equal an independent count with RecordingFile. */
    @Test
    void cpuStacksMatchAnIndependentCount() throws Exception {
        Path file = CorpusFiles.file("jfr", KAFKA);
        Map<String, Integer> expected = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
                StringBuilder key = new StringBuilder();
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                for (RecordedFrame frame : frames) {
                    // The documented naming rules: a lambda's per-run suffix (".0x0000000801451340") is dropped,
                    // and async-profiler's native frames (descriptor "()L;") are their symbol without the library.
                    String className = frame.getMethod().getType().getName().replaceAll("(\\+0x[0-9a-f]{16})?\\.(0x[0-9a-f]+|[0-9]+)$", "");
                    if ("()L;".equals(frame.getMethod().getDescriptor())) {
                        className = "";
                    }
                    key.append(className.isEmpty() ? "" : className + ".").append(frame.getMethod().getName())
                            .append(':').append(Math.max(0, frame.getLineNumber())).append('|');
                }
                expected.merge(key.toString(), 1, Integer::sum);
            }
        }
        Recording recording = samples(file);
        Map<String, Integer> actual = new HashMap<>();
        SampleTable table = recording.samples();
        for (int row = 0; row < table.size(); row++) {
            if (table.kind(row) != SampleKind.CPU) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int frameId : recording.stacks().stack(table.stackId(row))) {
                var frame = recording.stacks().frame(frameId);
                key.append(frame.name()).append(':').append(frame.lineNumber()).append('|');
            }
            actual.merge(key.toString(), 1, Integer::sum);
        }
        assertEquals(582, actual.values().stream().mapToInt(Integer::intValue).sum());
        Map<String, Integer> missing = new HashMap<>(expected);
        actual.forEach((stack, count) -> missing.remove(stack, count));
        assertEquals(expected.size(), actual.size(), "distinct stacks");
        assertTrue(missing.isEmpty(), () -> "stacks counted differently: " + missing.keySet().iterator().next());
        assertTrue(recording.stacks().stackCount() < table.size(), "equal stacks are interned once");
    }

    @Test
    void wallClockSamples() throws Exception {
        Recording recording = samples(CorpusFiles.file("jfr", "jfr-parser__async-profiler-4.0-jdk21-wall.jfr"));
        assertEquals(1_780, recording.samples().count(SampleKind.WALL));
    }

    @Test
    void virtualThreadsAreMarked() throws Exception {
        Recording recording = RecordingLoader.load(
                CorpusFiles.file("jfr", "flightpath__jdk25-virtual-threads-contention.jfr"), null, LoadRequest.everything());
        assertTrue(recording.processes().stream().anyMatch(p -> p.kind() == ProcessKind.VIRTUAL_THREAD));
        assertTrue(recording.samples().count(SampleKind.CPU_TIME) > 0, "JEP 509 CPU-time samples");
        assertEquals("JDK Flight Recorder", recording.info().producer());
    }

    @Test
    void producerAndRuntime() throws Exception {
        Recording recording = RecordingLoader.load(CorpusFiles.file("jfr", KAFKA), null, LoadRequest.countsOnly());
        assertEquals("async-profiler 2.9", recording.info().producer());
        assertEquals("17.0.7+7-LTS", recording.info().runtime().replaceAll(".* ", ""));
        assertEquals("2.0", recording.info().formatVersion());
    }

    @Test
    void runtimeNameIsShortened() {
        assertEquals("OpenJDK 64-Bit Server VM (17.0.3+7-LTS)", JfrEventCollector.runtime("OpenJDK 64-Bit Server VM",
                "OpenJDK 64-Bit Server VM (17.0.3+7-LTS) for linux-amd64 JRE (17.0.3+7-LTS), built on Apr 2"));
        assertEquals("OpenJDK 64-Bit Server VM 17.0.7+7-LTS",
                JfrEventCollector.runtime("OpenJDK 64-Bit Server VM", "17.0.7+7-LTS"));
    }

    @Test
    void emergencyDumpIsAnEmptyProfile() throws Exception {
        Recording recording = RecordingLoader.load(
                CorpusFiles.file("jfr", "jmc__jdk16-hs-err-emergency-dump.jfr"), null, LoadRequest.everything());
        assertEquals(0, recording.samples().size());
        assertEquals(9L, recording.eventCounts().get("jdk.CheckPoint"));
        assertEquals(1, recording.warnings().size());
        assertEquals("events-without-metadata", recording.warnings().get(0).code());
    }
}
