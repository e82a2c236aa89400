package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.analyzers.flame.FlameAnalyzer;
import dev.flightpath.analyzers.flame.FlameOptions;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JFR → speedscope → flightpath keeps every sample, value and stack per thread; spans keep names and durations. */
class ConvertSpeedscopeRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void samplesComeBackPerThreadWithTheirStacksAndValues() throws Exception {
        Path source = TestFiles.sample("guild-fanout-jdk17.jfr");
        Path out = dir.resolve("jfr.speedscope.json");
        assertEquals(0, CliRun.of("convert", source.toString(), "-o", out.toString()).exitCode());
        Recording original = RecordingLoader.load(source, null, LoadRequest.everything());
        Recording back = RecordingLoader.load(out, null, LoadRequest.everything());
        assertEquals(InputFormat.SPEEDSCOPE, back.info().format());
        for (SampleKind kind : SampleKind.values()) {
            assertEquals(original.samples().count(kind), back.samples().count(kind), kind.cliName());
            if (original.samples().count(kind) > 0) {
                FlameOptions byThread = new FlameOptions(kind, true, Long.MIN_VALUE, Long.MAX_VALUE, true, null,
                        List.of(), List.of(), false, true, false);
                assertEquals(FlameAnalyzer.build(original, byThread).collapsed(),
                        FlameAnalyzer.build(back, byThread).collapsed(), kind.cliName() + " stacks, lines and values");
            }
        }
    }

    @Test
    void spansComeBackWithTheirNamesAndDurations() throws Exception {
        Path source = TestFiles.sample("guild-fanout-otlp.jsonl");
        Path out = dir.resolve("spans.speedscope.json");
        assertEquals(0, CliRun.of("convert", source.toString(), "-o", out.toString()).exitCode());
        Recording original = RecordingLoader.load(source, null, LoadRequest.everything());
        Recording back = RecordingLoader.load(out, null, LoadRequest.everything());
        assertEquals(signatures(original), signatures(back));
        assertEquals(List.of(), back.warnings());
    }

    private static List<String> signatures(Recording recording) {
        List<String> signatures = new ArrayList<>();
        for (Span span : recording.spans()) {
            signatures.add(span.name() + "|" + span.durationNanos());
        }
        Collections.sort(signatures);
        return signatures;
    }
}
