package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanLink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spans → OTLP JSON → flightpath keeps every count: spans, traces, roots, links, and each span's
 * name, duration, kind and status; messages of BEAM and JFR recorder data come back as
 * producer/consumer pairs with the same queue waits.
 */
class ConvertOtlpTest {
    @TempDir
    Path dir;

    static Stream<Path> spanFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(TestFiles.sample("guild-fanout-otlp.jsonl"));
        files.addAll(TestFiles.corpusFiles("jaeger", ".json"));
        files.addAll(TestFiles.corpusFiles("zipkin", ".json"));
        files.remove(TestFiles.corpus("zipkin").resolve("zipkin__lens-test-v1-format.json")); // v1: not read
        files.addAll(TestFiles.corpusFiles("otlp", ".json"));
        for (String chrome : List.of("catapult__flow-chrome.json", "perfetto__flow-events-json-v2.json",
                "catapult__nestable-async.json", "ClangBuildAnalyzer__clang19-ftime-trace-main.json")) {
            files.add(TestFiles.corpus("chrome").resolve(chrome));
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("spanFiles")
    void spansSurviveTheRoundTrip(Path source) throws Exception {
        Recording original = load(source);
        Path out = dir.resolve("out.otlp.jsonl");
        CliRun run = CliRun.of("convert", source.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Recording back = load(out);
        assertEquals(InputFormat.OTLP_JSON, back.info().format());
        assertEquals(original.spans().size(), back.spans().size(), "spans");
        assertEquals(original.traceCount(), back.traceCount(), "traces");
        assertEquals(original.spans().stream().filter(Span::isRoot).count(),
                back.spans().stream().filter(Span::isRoot).count(), "roots");
        assertEquals(links(original), links(back), "links of each kind (follows-from, child-of, flow, plain)");
        assertEquals(signatures(original), signatures(back), "name, duration, kind, status and weight per span");
        assertEquals(messageTimes(original), messageTimes(back),
                "the same messages (follows-from and flow references too), with their times");
        assertTrue(!run.err().contains("opentracing.ref_type"), "reference kinds are not lost: " + run.err());
    }

    @Test
    void jaegerFollowsFromAndChromeFlowsComeBackAsMessages() throws Exception {
        // Guards the parameterized test above against losing its point: these sources do have
        // follows-from references and flow arrows that make messages.
        Recording jaeger = load(TestFiles.corpus("jaeger").resolve("jaeger-ui__trace-graph-follows-from-bare-trace.json"));
        Recording chrome = load(TestFiles.corpus("chrome").resolve("catapult__flow-chrome.json"));
        for (Recording original : List.of(jaeger, chrome)) {
            assertTrue(original.messages().size() > 0, "the source has messages");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"guild-fanout-beam.trace", "guild-fanout-recorder.jfr"})
    void messagesBecomeProducerConsumerPairsWithTheirQueueWaits(String name) throws Exception {
        Path source = TestFiles.sample(name);
        Recording original = load(source);
        Path out = dir.resolve("messages.otlp.jsonl");
        CliRun run = CliRun.of("convert", source.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Recording back = load(out);
        List<Long> expectedWaits = new ArrayList<>();
        MessageTable messages = original.messages();
        for (int row = 0; row < messages.size(); row++) {
            if (messages.senderProcessId(row) >= 0 && messages.receiverProcessId(row) >= 0
                    && messages.sendNanos(row) != Message.NEVER && messages.enqueueNanos(row) != Message.NEVER
                    && messages.dequeueNanos(row) != Message.NEVER) {
                expectedWaits.add(messages.dequeueNanos(row) - messages.enqueueNanos(row));
            }
        }
        assertTrue(expectedWaits.size() > 100, "the sample has messages");
        List<Long> waits = new ArrayList<>();
        for (int row = 0; row < back.messages().size(); row++) {
            waits.add(back.messages().dequeueNanos(row) - back.messages().enqueueNanos(row));
        }
        Collections.sort(expectedWaits);
        Collections.sort(waits);
        assertEquals(expectedWaits, waits, "one message per complete message, with its queue wait");
        if (expectedWaits.size() < messages.size()) {
            assertTrue(run.err().contains("messages never received"), run.err());
        }
    }

    @Test
    void anUnknownOutputEndingIsAUsageError() {
        CliRun run = CliRun.of("convert", TestFiles.sample("guild-fanout-otlp.jsonl").toString(), "-o",
                dir.resolve("out.xyz").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot tell the output format"), run.err());
        CliRun unknown = CliRun.of("convert", TestFiles.sample("guild-fanout-otlp.jsonl").toString(), "-o",
                dir.resolve("out.json").toString(), "--to", "svg");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown output format 'svg'"), unknown.err());
    }

    private static Recording load(Path file) throws IOException, InputDataException {
        return RecordingLoader.load(file, null, LoadRequest.everything());
    }

    private static Map<LinkKind, Long> links(Recording recording) {
        return recording.spans().stream().flatMap(span -> span.links().stream())
                .collect(Collectors.groupingBy(SpanLink::kind, TreeMap::new, Collectors.counting()));
    }

    /** Each message's send, enqueue and dequeue times and weight, sorted. */
    private static List<String> messageTimes(Recording recording) {
        List<String> times = new ArrayList<>();
        for (int row = 0; row < recording.messages().size(); row++) {
            Message message = recording.messages().get(row);
            times.add(message.sendNanos() + "|" + message.enqueueNanos() + "|" + message.dequeueNanos() + "|"
                    + message.weight());
        }
        Collections.sort(times);
        return times;
    }

    private static List<String> signatures(Recording recording) {
        List<String> signatures = new ArrayList<>();
        for (Span span : recording.spans()) {
            signatures.add(span.name() + "|" + span.durationNanos() + "|" + span.kind() + "|" + span.status() + "|"
                    + span.samplingWeight());
        }
        Collections.sort(signatures);
        return signatures;
    }
}
