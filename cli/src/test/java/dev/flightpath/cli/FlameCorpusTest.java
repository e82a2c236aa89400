package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The folded stacks of {@code flightpath flame --event cpu} against counts made here with the JDK's
 * own {@link RecordingFile}: every jdk.ExecutionSample accounted for, per stack.
 */
class FlameCorpusTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {
        "jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr",
        "flightpath__async-profiler-4.2-jdk25-virtual-threads.jfr",
        "flightpath__jdk25-virtual-threads-contention.jfr",
        "jmc__jdk11-javafx-pulseduration.jfr",
        "speedscope__graalvm-jdk21-windows-heavy.jfr"})
    void foldedStacksCountEveryExecutionSample(String name) throws IOException {
        Path file = Corpus.jfr(name);
        Map<String, Long> expected = new TreeMap<>();
        long events = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    expected.merge(folded(event), 1L, Long::sum);
                    events++;
                }
            }
        }
        assertTrue(events > 0, "the file has execution samples");

        Path out = tmp.resolve("cpu.collapsed");
        CliRun run = CliRun.of("flame", file.toString(), "--event", "cpu", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Long> actual = new TreeMap<>();
        List<String> stacks = new ArrayList<>();
        long total = 0;
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            int space = line.lastIndexOf(' ');
            long count = Long.parseLong(line.substring(space + 1));
            actual.put(line.substring(0, space), count);
            stacks.add(line.substring(0, space));
            total += count;
        }
        assertEquals(events, total, "every execution sample is in the folded stacks");
        assertEquals(expected, actual);
        List<String> sorted = new ArrayList<>(stacks);
        Collections.sort(sorted);
        assertEquals(sorted, stacks, "lines are sorted, one per distinct stack");
        assertTrue(run.out().contains(String.format(java.util.Locale.ROOT, "%,d samples", events)), run.out());
    }

    /**
     * Root first, "class.method" per frame as the JDK names them, after the documented naming rules
     * (README, input formats): a hidden or lambda class's per-run suffix is dropped, and an
     * async-profiler native frame (descriptor "()L;") is its symbol alone; "[no stack]" without a stack.
     */
    private static String folded(RecordedEvent event) {
        if (event.getStackTrace() == null || event.getStackTrace().getFrames().isEmpty()) {
            return "[no stack]";
        }
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        StringBuilder line = new StringBuilder();
        for (int i = frames.size() - 1; i >= 0; i--) {
            RecordedMethod method = frames.get(i).getMethod();
            String className = method == null || method.getType() == null || method.getType().getName() == null
                    || "()L;".equals(method.getDescriptor()) ? ""
                    : method.getType().getName().replaceAll("(\\+0x[0-9a-f]{16})?\\.(0x[0-9a-f]+|[0-9]+)$", "");
            String name = method == null ? "unknown" : className.isEmpty() ? method.getName() : className + "." + method.getName();
            if (line.length() > 0) {
                line.append(';');
            }
            line.append(name);
        }
        return line.toString();
    }
}
