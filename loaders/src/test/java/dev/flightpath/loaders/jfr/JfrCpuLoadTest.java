package dev.flightpath.loaders.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.CpuLoadTable;
import dev.flightpath.model.DataKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CPU load readings of real recordings, checked against an independent reading of the same file
 * with {@link RecordingFile} (the JDK's own parser, not the streaming API the loader uses). The
 * count against {@code jfr summary} for the whole corpus is {@code CpuLoadJfrCorpusTest} in cli.
 */
class JfrCpuLoadTest {
    private record Reading(long timeNanos, double jvmUser, double jvmSystem, double machineTotal) {
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // JDK 17, 600 s: 597 readings.
        "cryostat-jfr-datasource__jdk17-600s-recording.jfr",
        // Two chunks: 33 readings.
        "jmc__jdk12-flush-incremental-metadata-2chunks.jfr",
        // Format 1.0: com.oracle.jdk.CPULoad, 6 readings.
        "jmc__jdk9-ea-v1.0.jfr",
        // async-profiler writes jdk.CPULoad too: 8 readings.
        "jfr-parser__async-profiler-4.0-jdk21-wall.jfr"})
    void readingsMatchTheJdksParser(String name) throws Exception {
        Path file = CorpusFiles.file("jfr", name);
        List<Reading> expected = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getEventType().getName().endsWith("jdk.CPULoad")) {
                expected.add(new Reading(JfrEventCollector.epochNanos(event.getStartTime()), event.getFloat("jvmUser"),
                        event.getFloat("jvmSystem"), event.getFloat("machineTotal")));
            }
        }
        expected.sort(Comparator.comparingLong(Reading::timeNanos));
        CpuLoadTable table = new JfrLoader().load(file, LoadRequest.of(DataKind.CPU_LOAD)).cpuLoad();
        List<Reading> actual = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            actual.add(new Reading(table.timeNanos(row), table.jvmUser(row), table.jvmSystem(row),
                    table.machineTotal(row)));
        }
        assertEquals(expected, actual);
    }
}
