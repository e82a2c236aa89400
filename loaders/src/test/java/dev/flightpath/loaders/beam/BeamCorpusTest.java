package dev.flightpath.loaders.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SchedulingInterval;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BeamCorpusTest {
    private final BeamTraceLoader loader = new BeamTraceLoader();

    @Test
    void teiserverFprofCountsMatchManifest() throws Exception {
        Recording recording = loader.load(CorpusFiles.beam("teiserver__fprof-trace-port.trace"), LoadRequest.everything());
        assertEquals(Map.of("call", 821L, "return_to", 422L, "in", 2L, "out", 2L), recording.eventCounts());
        assertEquals(1247L, recording.totalEvents());
        assertEquals(1, recording.processes().size());
        assertEquals("<0.5671.0>", recording.processes().get(0).externalId());
        assertEquals(0, recording.droppedEvents());
        assertEquals(InputFormat.BEAM_TRACE, recording.info().format());
        assertEquals("fprof", recording.info().producer());
        // first_ts={1781,163746,937593} last_ts={1781,163746,938881}
        assertEquals(1_781_163_746_937_593_000L, recording.info().startNanos());
        assertEquals(1_288_000L, recording.info().durationNanos());
        assertEquals(0, recording.messages().size());
        assertEquals(2, recording.scheduling().size());
    }

    @Test
    void barrelFprofCountsMatchManifest() throws Exception {
        Recording recording = loader.load(CorpusFiles.beam("barrel_docdb__bench-fprof-trace-port.trace"),
                LoadRequest.everything());
        assertEquals(Map.of("call", 1157L, "return_to", 599L, "in", 103L, "out", 103L, "gc_minor_start", 12L,
                "gc_minor_end", 12L, "gc_major_start", 1L, "gc_major_end", 1L), recording.eventCounts());
        assertEquals(1988L, recording.totalEvents());
        assertEquals(1, recording.processes().size());
        assertEquals("fprof", recording.info().producer());
        assertEquals(1_767_438_104_461_398_000L, recording.info().startNanos());
        assertEquals(3_581_000L, recording.info().durationNanos());
        assertEquals(103, recording.scheduling().size());
    }

    /**
     * The workload's own sends: 2,001 token sends (the ring's 2,000 hops and the send that starts
     * the token), 800 {@code $gen_call}s and their 800 replies, 50 sends that hand each ring member
     * its neighbour, 8 task starts and 8 task results, 1 {@code done}; plus 24 sends of the
     * tooling around it ({@code dbg}, the code server and the boot loader), 3,692 in all. Every
     * one of them was received; the 3,701 receives add 8 {@code 'DOWN'} monitor signals and 1
     * {@code trace_delivered}, which are not sends.
     */
    @Test
    void ringAndKvMessages() throws Exception {
        Recording recording = loader.load(CorpusFiles.beam("otp25-ring-and-kv.trace"), LoadRequest.everything());
        Map<String, Long> counts = recording.eventCounts();
        assertEquals(3692L, counts.get("send"));
        assertEquals(3701L, counts.get("receive"));
        assertEquals(800L, counts.get("call"));
        assertEquals("dbg trace port", recording.info().producer());

        MessageTable messages = recording.messages();
        assertEquals(3692, messages.size());
        int received = 0;
        int tokens = 0;
        int calls = 0;
        int dequeued = 0;
        for (int row = 0; row < messages.size(); row++) {
            Message message = messages.get(row);
            if (message.enqueueNanos() != Message.NEVER) {
                received++;
                assertTrue(message.enqueueNanos() >= message.sendNanos(), "enqueued before sent: " + message);
            }
            if (message.messageType().equals("token")) {
                tokens++;
            }
            if (message.messageType().equals("put") || message.messageType().equals("get")) {
                calls++;
                assertTrue(message.dequeued(), "KV request not dequeued: " + message);
                assertTrue(message.dequeueNanos() >= message.enqueueNanos());
            }
            if (message.dequeued()) {
                dequeued++;
            }
        }
        assertEquals(3692, received);
        assertEquals(2001, tokens);
        assertEquals(800, calls);
        assertEquals(800, dequeued);
        // the 8 'DOWN' signals and the trace_delivered message
        assertEquals(9L, recording.warnings().stream().filter(w -> w.code().equals("receive-without-send"))
                .mapToLong(w -> w.count()).sum());
    }

    /**
     * The KV server was registered before tracing began, so the trace has no {@code register}
     * event and its name cannot be known; it is the process that runs {@code KV.handle_call/3}
     * and gets all 800 requests.
     */
    @Test
    void ringAndKvProcessesAndScheduling() throws Exception {
        Recording recording = loader.load(CorpusFiles.beam("otp25-ring-and-kv.trace"), LoadRequest.everything());
        assertTrue(recording.processes().size() >= 59, "processes: " + recording.processes().size());
        ProcessInfo kv = recording.processes().stream().filter(p -> p.externalId().equals("<0.106.0>")).findFirst()
                .orElseThrow();
        MessageTable messages = recording.messages();
        int toKv = 0;
        for (int row = 0; row < messages.size(); row++) {
            if (messages.receiverProcessId(row) == kv.id()) {
                toKv++;
                assertEquals(kv.name(), messages.mailbox(row));
            }
        }
        assertEquals(800, toKv);
        int replies = 0;
        for (int row = 0; row < messages.size(); row++) {
            Message message = messages.get(row);
            if (message.senderProcessId() == kv.id()) {
                replies++;
                assertTrue(message.receiverProcessId() >= 0, "reply to an alias not resolved: " + message);
                assertTrue(recording.processes().get(message.receiverProcessId()).initialCall()
                        .equals("Elixir.Task.Supervised:reply/2"));
            }
        }
        assertEquals(800, replies);
        // registered names learned from sends by name that were received
        assertTrue(recording.processes().stream().anyMatch(p -> p.name().equals("code_server")));
        assertTrue(recording.processes().stream().anyMatch(p -> p.name().equals("dbg")));
        long spawnedWithCall = recording.processes().stream().filter(p -> p.initialCall().equals("erlang:apply/2"))
                .count();
        assertEquals(50, spawnedWithCall); // the ring
        assertEquals(8, recording.processes().stream()
                .filter(p -> p.initialCall().equals("Elixir.Task.Supervised:reply/2")).count()); // the callers

        assertTrue(recording.scheduling().size() > 3000);
        int withRunnable = 0;
        for (int row = 0; row < recording.scheduling().size(); row++) {
            SchedulingInterval interval = recording.scheduling().get(row);
            if (interval.hasRunnableSince()) {
                withRunnable++;
            }
        }
        assertTrue(withRunnable > 2500, "intervals with runnableSince: " + withRunnable);
    }
}
