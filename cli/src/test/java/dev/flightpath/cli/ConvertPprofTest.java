package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.flame.FlameAnalyzer;
import dev.flightpath.analyzers.flame.FlameOptions;
import dev.flightpath.analyzers.flame.FoldedStack;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanStatus;
import dev.flightpath.model.StackTable;
import dev.flightpath.reporters.export.ExportResult;
import dev.flightpath.reporters.export.PprofExporter;
import dev.flightpath.reporters.export.PprofSampleTypes;
import java.io.OutputStream;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pprof out and in: JFR → pprof → flightpath keeps every count, total and stack; Go's own
 * {@code go tool pprof} reads the exports with the same totals; real Go profiles (made by
 * {@code scripts/record-pprof-go.sh}) work with hot, flame, flame --baseline and check.
 */
class ConvertPprofTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"guild-fanout-jdk17.jfr", "guild-fanout-recorder.jfr"})
    void roundTripKeepsEveryCountTotalAndStack(String name) throws Exception {
        Path source = TestFiles.sample(name);
        Path out = dir.resolve("out.pb.gz");
        CliRun run = CliRun.of("convert", source.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Recording original = RecordingLoader.load(source, null, LoadRequest.of(DataKind.SAMPLES));
        Recording back = RecordingLoader.load(out, null, LoadRequest.of(DataKind.SAMPLES));
        assertEquals(InputFormat.PPROF, back.info().format());
        for (SampleKind kind : SampleKind.values()) {
            assertEquals(countWithStack(original.samples(), kind), back.samples().count(kind), kind + " count");
            assertEquals(valueSum(original.samples(), kind), valueSum(back.samples(), kind), kind + " total");
            if (original.samples().count(kind) > 0) {
                FlameOptions byThread = new FlameOptions(kind, true, Long.MIN_VALUE, Long.MAX_VALUE, true, null,
                        List.of(), List.of(), false, false, false);
                assertEquals(folded(original, byThread), folded(back, byThread), kind + " stacks by thread");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"guild-fanout-jdk17.jfr", "guild-fanout-recorder.jfr"})
    void goToolPprofReadsTheSameTotals(String name) throws Exception {
        GoToolPprof.require();
        Path source = TestFiles.sample(name);
        Path out = dir.resolve("out.pb.gz");
        assertEquals(0, CliRun.of("convert", source.toString(), "-o", out.toString()).exitCode());
        Recording original = RecordingLoader.load(source, null, LoadRequest.of(DataKind.SAMPLES));
        int kinds = 0;
        for (SampleKind kind : SampleKind.values()) {
            long count = countWithStack(original.samples(), kind);
            if (count == 0) {
                continue;
            }
            kinds++;
            assertEquals(count, GoToolPprof.total(out, PprofSampleTypes.countType(kind), "count", dir),
                    kind + " samples");
            if (PprofSampleTypes.hasValueType(kind)) {
                assertEquals(valueSum(original.samples(), kind), GoToolPprof.total(out,
                        PprofSampleTypes.valueType(kind), kind.valueUnit(), dir), kind + " " + kind.valueUnit());
            }
        }
        assertTrue(kinds >= 2, "the sample has several kinds");
    }

    @Test
    void goCpuAndAllocationProfilesReadAsGoToolReadsThem() throws Exception {
        Path cpu = TestFiles.sample("pprof-go-cpu.pb.gz");
        Path allocs = TestFiles.sample("pprof-go-allocs.pb.gz");
        Recording cpuProfile = RecordingLoader.load(cpu, null, LoadRequest.everything());
        Recording allocProfile = RecordingLoader.load(allocs, null, LoadRequest.everything());
        assertEquals(InputFormat.PPROF, cpuProfile.info().format());
        assertTrue(cpuProfile.samples().count(SampleKind.CPU) > 0);
        assertEquals(cpuProfile.samples().size(), cpuProfile.samples().count(SampleKind.CPU));
        assertTrue(allocProfile.samples().count(SampleKind.ALLOC) > 0);
        assertTrue(allocProfile.warnings().stream().anyMatch(w -> w.code().equals("unread-sample-type")
                && w.message().contains("inuse_space/bytes")), allocProfile.warnings().toString());
        GoToolPprof.require();
        assertEquals(cpuProfile.samples().count(SampleKind.CPU), GoToolPprof.total(cpu, "samples", "count", dir));
        assertEquals(valueSum(allocProfile.samples(), SampleKind.ALLOC), GoToolPprof.total(allocs, "alloc_space",
                "bytes", dir));
    }

    @Test
    void hotFlameBaselineAndCheckWorkOnAGoProfile() throws Exception {
        String cpu = TestFiles.sample("pprof-go-cpu.pb.gz").toString();
        CliRun hot = CliRun.of("--no-color", "hot", cpu);
        assertEquals(0, hot.exitCode(), hot.err());
        assertTrue(hot.out().contains("crypto/sha256.block"), hot.out());

        Path folded = dir.resolve("go.folded");
        CliRun flame = CliRun.of("flame", cpu, "-o", folded.toString());
        assertEquals(0, flame.exitCode(), flame.err());
        long foldedTotal = Files.readAllLines(folded).stream()
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1))).sum();
        Recording profile = RecordingLoader.load(Path.of(cpu), null, LoadRequest.of(DataKind.SAMPLES));
        assertEquals(profile.samples().count(SampleKind.CPU), foldedTotal);

        CliRun baseline = CliRun.of("flame", cpu, "--baseline", cpu, "-o", dir.resolve("diff.folded").toString());
        assertEquals(0, baseline.exitCode(), baseline.err());
        for (String line : Files.readAllLines(dir.resolve("diff.folded"))) {
            String[] fields = line.split(" ");
            assertEquals(fields[fields.length - 2], fields[fields.length - 1], "same profile on both sides: " + line);
        }

        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "thresholds:\n  cpu.share{frame=\"crypto/sha256.block\"}:\n    - value > 50%\n"
                + "    - value < 1%\n");
        CliRun check = CliRun.of("--no-color", "check", cpu, "--rules", rules.toString());
        assertEquals(4, check.exitCode(), check.out() + check.err());
        // The share, computed independently from the folded stacks: samples with the frame on the stack.
        long withFrame = Files.readAllLines(folded).stream().filter(line -> line.contains("crypto/sha256.block"))
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1))).sum();
        String observed = String.format(java.util.Locale.ROOT, "observed %.2f%%", 100.0 * withFrame / foldedTotal);
        assertTrue(Pattern.compile("\u2713 [^\n]*value > 50%[^\n]*" + Pattern.quote(observed)).matcher(check.out())
                .find(), check.out());
        assertTrue(Pattern.compile("\u2717 [^\n]*value < 1%[^\n]*" + Pattern.quote(observed)).matcher(check.out())
                .find(), check.out());
    }

    @Test
    void samplesCarryTheSpanTheirThreadWasInAsALabel() throws Exception {
        StackTable.Builder stacks = new StackTable.Builder();
        int stack = stacks.internStack(new int[] {stacks.internFrame(new Frame("work", FrameType.JIT_COMPILED, 0))});
        SampleTable.Builder samples = new SampleTable.Builder();
        for (long time : new long[] {5, 15, 50, 200}) {
            samples.add(time, stack, 0, SampleKind.CPU, 1);
        }
        // handle 0–100 with its child parse 10–20: samples at 5 and 50 in handle, 15 in parse, 200 in none.
        List<Span> spans = List.of(
                new Span("t", "a", "", List.of(), "handle", 0, 0, 100, SpanKind.SERVER, SpanStatus.OK, Map.of(), 1.0),
                new Span("t", "b", "a", List.of(), "parse", 0, 10, 20, SpanKind.INTERNAL, SpanStatus.OK, Map.of(), 1.0));
        Recording recording = new Recording(new RecordingInfo(InputFormat.JFR, "", "", "", 0, 200, 1, false),
                Map.of(), List.of(new ProcessInfo(0, "1", "worker", ProcessKind.THREAD, "")), spans,
                MessageTable.empty(), SchedulingTable.empty(), stacks.build(), samples.build(), 0, List.of());
        Path out = dir.resolve("spans.pb.gz");
        try (OutputStream stream = Files.newOutputStream(out)) {
            ExportResult result = new PprofExporter().write(recording, stream);
            assertTrue(result.dropped().contains("3 samples' spans kept only as a 'span' label (their name)"),
                    result.dropped().toString());
        }
        GoToolPprof.require();
        String tags = GoToolPprof.output(out, dir, "-tags");
        assertTrue(Pattern.compile("span: Total 3\\.0\\s+2\\.0 \\(66\\.67%\\): handle\\s+1\\.0 \\(33\\.33%\\): parse")
                .matcher(tags).find(), tags);
        assertTrue(Pattern.compile("thread: Total 4\\.0\\s+4\\.0 \\(\\s*100%\\): worker").matcher(tags).find(), tags);
    }

    private static long countWithStack(SampleTable samples, SampleKind kind) {
        long count = 0;
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) == kind && samples.stackId(row) >= 0) {
                count++;
            }
        }
        return count;
    }

    private static long valueSum(SampleTable samples, SampleKind kind) {
        long sum = 0;
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) == kind && samples.stackId(row) >= 0) {
                sum += samples.value(row);
            }
        }
        return sum;
    }

    private static List<FoldedStack> folded(Recording recording, FlameOptions options) {
        return FlameAnalyzer.build(recording, options).collapsed();
    }
}
