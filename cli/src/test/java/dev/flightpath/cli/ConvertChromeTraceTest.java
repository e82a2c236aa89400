package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chrome/Perfetto trace export read back by flightpath's own Chrome loader and checked against
 * the source's figures (slices per kind with their durations, flows as messages, counter and
 * sample events), and against the Trace Event Format's rules ({@link TraceEventFormatRules}).
 */
class ConvertChromeTraceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"guild-fanout-beam.trace", "guild-fanout-recorder.jfr", "guild-fanout-jdk17.jfr",
        "guild-fanout-otlp.jsonl", "chrome-systrace-sched.json"})
    void readBackKeepsEverySliceFlowAndCounter(String name) throws Exception {
        Path source = TestFiles.sample(name);
        Path out = dir.resolve("out.trace.json");
        CliRun run = CliRun.of("convert", source.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        TraceEventFormatRules.check(new ObjectMapper().readTree(out.toFile()));

        Recording original = RecordingLoader.load(source, null, LoadRequest.everything());
        Recording back = RecordingLoader.load(out, null, LoadRequest.everything());
        assertEquals(InputFormat.CHROME_JSON, back.info().format());
        assertEquals(List.of(), back.warnings(), "the export reads back without warnings");

        MessageTable messages = original.messages();
        long flows = 0;
        long depthChanges = 0;
        for (int row = 0; row < messages.size(); row++) {
            if (messages.receiverProcessId(row) >= 0 && messages.enqueueNanos(row) != Message.NEVER) {
                depthChanges += messages.dequeueNanos(row) == Message.NEVER ? 1 : 2;
            }
            if (hasFlow(messages, row)) {
                flows++;
            }
        }
        assertEquals(flows, back.messages().size(), "one message per flow");
        assertEquals(flows, back.eventCounts().getOrDefault("ph:s", 0L));
        assertEquals(flows, back.eventCounts().getOrDefault("ph:f", 0L));
        assertEquals(depthChanges + original.cpuLoad().size(), back.eventCounts().getOrDefault("ph:C", 0L),
                "counter events: mailbox depth changes and CPU load readings");
        assertEquals((long) original.samples().size(), back.eventCounts().getOrDefault("ph:i", 0L), "sample events");

        // Slices by name with their durations: the source's spans, runs, runnable waits, pauses and messages.
        Map<String, List<Long>> expected = new TreeMap<>();
        for (Span span : original.spans()) {
            add(expected, span.name(), span.durationNanos());
        }
        SchedulingTable scheduling = original.scheduling();
        for (int row = 0; row < scheduling.size(); row++) {
            long from = scheduling.runningFromNanos(row);
            if (scheduling.runnableSinceNanos(row) != Message.NEVER && scheduling.runnableSinceNanos(row) < from) {
                add(expected, "runnable", from - scheduling.runnableSinceNanos(row));
            }
            add(expected, "running", scheduling.runningToNanos(row) - from);
        }
        for (int row = 0; row < original.pauses().size(); row++) {
            add(expected, original.pauses().kind(row).cliName(), original.pauses().durationNanos(row));
        }
        for (int row = 0; row < messages.size(); row++) {
            if (hasFlow(messages, row)) {
                String type = messages.messageType(row).isEmpty() ? messages.mailbox(row) : messages.messageType(row);
                add(expected, "send " + type, 0);
                add(expected, (messages.dequeueNanos(row) == Message.NEVER ? "arrive " : "receive ") + type, 0);
            }
        }
        Map<String, List<Long>> actual = new TreeMap<>();
        for (Span span : back.spans()) {
            add(actual, span.name(), span.durationNanos());
        }
        expected.values().forEach(Collections::sort);
        actual.values().forEach(Collections::sort);
        assertEquals(expected, actual, "slices by name and duration");
        assertTrue(back.spans().size() + back.eventCounts().getOrDefault("ph:i", 0L) > 0, "the trace is not empty");
    }

    /** A message is a flow when both ends and both times are known. */
    private static boolean hasFlow(MessageTable messages, int row) {
        long arrival = messages.dequeueNanos(row) != Message.NEVER ? messages.dequeueNanos(row)
                : messages.enqueueNanos(row);
        return messages.senderProcessId(row) >= 0 && messages.receiverProcessId(row) >= 0
                && messages.sendNanos(row) != Message.NEVER && arrival != Message.NEVER;
    }

    private static void add(Map<String, List<Long>> byName, String name, long durationNanos) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(durationNanos);
    }
}
