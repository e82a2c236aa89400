package dev.flightpath.reporters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flightpath.analyzers.report.ReportAnalysis;
import dev.flightpath.analyzers.report.ReportAnalyzer;
import dev.flightpath.analyzers.report.ReportOptions;
import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.StackTable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The report of what a large recording (about 200 MB of JFR) holds stays small: a million
 * messages in 500 mailboxes, half a million scheduling intervals, a million CPU samples over
 * 200,000 distinct stacks 40 frames deep, 200,000 lock waits, over ten minutes. By default a
 * quarter of that, to keep the build quick; {@code -Dflightpath.reportSizeScale=1} makes it full
 * size. The page is written to {@code target/reports/large.html} for measuring by hand how fast it
 * opens.
 */
class ReportSizeTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLargeRecordingMakesAPageUnderTenMegabytes() throws IOException {
        Recording recording = large(Double.parseDouble(System.getProperty("flightpath.reportSizeScale", "0.25")));
        ReportAnalysis analysis = ReportAnalyzer.analyze(recording,
                ReportOptions.of(Path.of("large.jfr"), Long.MIN_VALUE, Long.MAX_VALUE));
        Path html = Files.createDirectories(Path.of("target", "reports")).resolve("large.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new ReportHtmlReporter().write(analysis, "Report: large.jfr", "flightpath test", out);
        }
        long size = Files.size(html);
        assertTrue(size < 10_000_000, "page of " + size + " bytes");
        JsonNode data = ReportPages.data(html);
        assertTrue(data.get("timeline").get("windows").asInt() <= ReportAnalyzer.TIMELINE_WINDOWS);
        assertEquals(ReportAnalyzer.TOP_ROWS, ReportPages.section(data, "mailboxes").get("data").get("mailboxes").size());
    }

    private static Recording large(double scale) {
        SplittableRandom random = new SplittableRandom(7);
        long start = 1_700_000_000L * SECOND;
        long duration = 600 * SECOND;
        List<ProcessInfo> processes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            processes.add(new ProcessInfo(i, Integer.toString(i), "actor-" + i, ProcessKind.ACTOR, ""));
        }
        MessageTable.Builder messages = new MessageTable.Builder();
        for (int i = 0; i < (int) (1_000_000 * scale); i++) {
            int receiver = random.nextInt(500);
            long enqueue = start + random.nextLong(duration);
            long wait = (long) (-Math.log(1 - random.nextDouble()) * 2_000_000);
            messages.add(new Message(500 + random.nextInt(500), receiver, "actor-" + receiver, "Msg" + random.nextInt(20),
                    enqueue, enqueue, enqueue + wait, -1, 1.0));
        }
        SchedulingTable.Builder scheduling = new SchedulingTable.Builder();
        for (int i = 0; i < (int) (500_000 * scale); i++) {
            long runnable = start + random.nextLong(duration);
            long wait = (long) (-Math.log(1 - random.nextDouble()) * 200_000);
            scheduling.add(new SchedulingInterval(random.nextInt(1_000), random.nextInt(16), runnable, runnable + wait,
                    runnable + wait + 50_000));
        }
        StackTable.Builder stacks = new StackTable.Builder();
        int[] stackIds = new int[(int) (200_000 * scale)];
        for (int s = 0; s < stackIds.length; s++) {
            int depth = 40;
            int[] leafFirst = new int[depth];
            for (int level = 0; level < depth; level++) {
                leafFirst[depth - 1 - level] = stacks.internFrame(new Frame("com.example.level" + level + ".Service"
                        + random.nextInt(level < 3 ? 3 : 6) + ".call", FrameType.JIT_COMPILED, 0));
            }
            stackIds[s] = stacks.internStack(leafFirst);
        }
        SampleTable.Builder samples = new SampleTable.Builder();
        for (int i = 0; i < (int) (1_000_000 * scale); i++) {
            samples.add(start + random.nextLong(duration), stackIds[random.nextInt(stackIds.length)],
                    random.nextInt(1_000), SampleKind.CPU, 1);
        }
        for (int i = 0; i < (int) (200_000 * scale); i++) {
            samples.add(start + random.nextLong(duration), stackIds[random.nextInt(stackIds.length)],
                    random.nextInt(1_000), SampleKind.LOCK, 20_000_000 + random.nextInt(10_000_000));
        }
        return new Recording(new RecordingInfo(InputFormat.JFR, "2.1", "JDK Flight Recorder", "", start, duration, 1,
                false), Map.of("jdk.ExecutionSample", 1_000_000L), processes, List.of(), messages.build(),
                scheduling.build(), stacks.build(), samples.build(), 0, List.of());
    }
}
