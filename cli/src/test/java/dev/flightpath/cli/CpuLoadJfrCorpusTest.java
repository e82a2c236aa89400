package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.CpuLoadTable;
import dev.flightpath.model.DataKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The JFR loader reads one CPU load reading per {@code jdk.CPULoad} event ({@code com.oracle.jdk.CPULoad}
 * in format 1.0) that the JDK's {@code jfr summary} counts, in every real recording and sample.
 */
class CpuLoadJfrCorpusTest {
    private static final List<String> EVENT_NAMES = List.of("jdk.CPULoad", "com.oracle.jdk.CPULoad");

    @TestFactory
    Stream<DynamicTest> readingsEqualJfrSummaryCounts() throws IOException {
        List<Path> files = TestFiles.corpusFiles("jfr", ".jfr");
        assertTrue(files.size() >= 18, "expected the corpus's JFR files, found " + files.size());
        return Stream.concat(files.stream(),
                Stream.of(TestFiles.sample("guild-fanout-jdk17.jfr"), TestFiles.sample("guild-fanout-recorder.jfr")))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        JfrSummaryTool expected = JfrSummaryTool.run(file);
        if (!expected.readable()) {
            return; // legacy 0.9 recordings: the loader refuses them (SummaryJfrCorpusTest)
        }
        long events = EVENT_NAMES.stream().mapToLong(name -> expected.counts().getOrDefault(name, 0L)).sum();
        // Alone (named handlers), and with everything (one handler for all events, for counts).
        for (LoadRequest request : List.of(LoadRequest.of(DataKind.CPU_LOAD), LoadRequest.everything())) {
            CpuLoadTable readings = RecordingLoader.load(file, null, request).cpuLoad();
            assertEquals(events, readings.size(), file.getFileName() + " " + request.data());
            for (int row = 0; row < readings.size(); row++) {
                assertTrue(row == 0 || readings.timeNanos(row) >= readings.timeNanos(row - 1), "in time order");
                for (double share : new double[] {readings.jvmUser(row), readings.jvmSystem(row),
                    readings.machineTotal(row)}) {
                    assertTrue(Double.isNaN(share) || (share >= 0 && share <= 1), "a fraction: " + share);
                }
            }
        }
        assertEquals(0, RecordingLoader.load(file, null, LoadRequest.countsOnly()).cpuLoad().size(),
                "read only when asked for");
    }
}
