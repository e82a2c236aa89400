package dev.flightpath.loaders.beam;

import static dev.flightpath.loaders.beam.Etf.atom;
import static dev.flightpath.loaders.beam.Etf.integer;
import static dev.flightpath.loaders.beam.Etf.list;
import static dev.flightpath.loaders.beam.Etf.mfa;
import static dev.flightpath.loaders.beam.Etf.pid;
import static dev.flightpath.loaders.beam.Etf.ref;
import static dev.flightpath.loaders.beam.Etf.traceTs;
import static dev.flightpath.loaders.beam.Etf.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.Message;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SchedulingInterval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trace files written record by record in the test. Pids are {@code <0.N.0>}; times are made up. */
class BeamTraceFileTest {
    private static final int A = 80;
    private static final int B = 81;
    private static final int C = 82;

    @TempDir
    Path directory;

    private Recording load(TraceFileBuilder trace) throws IOException, InputDataException {
        return new BeamTraceLoader().load(trace.write(directory), LoadRequest.everything());
    }

    private static int idOf(Recording recording, int pid) {
        String externalId = "<0." + pid + ".0>";
        return recording.processes().stream().filter(p -> p.externalId().equals(externalId)).findFirst()
                .orElseThrow().id();
    }

    @Test
    void identicalMessagesMatchFirstInFirstOut() throws Exception {
        Recording recording = load(new TraceFileBuilder()
                .term(traceTs(A, "send", 10, atom("ping"), pid(B)))
                .term(traceTs(A, "send", 20, atom("ping"), pid(B)))
                .term(traceTs(B, "receive", 30, atom("ping")))
                .term(traceTs(B, "receive", 40, atom("ping")))
                .term(traceTs(B, "call", 50, mfa("srv", "handle_info", 2)))
                .term(traceTs(B, "call", 60, mfa("srv", "handle_info", 2))));
        assertEquals(2, recording.messages().size());
        Message first = recording.messages().get(0);
        Message second = recording.messages().get(1);
        assertEquals(10, first.sendNanos());
        assertEquals(30, first.enqueueNanos());
        assertEquals(50, first.dequeueNanos());
        assertEquals(20, second.sendNanos());
        assertEquals(40, second.enqueueNanos());
        assertEquals(60, second.dequeueNanos());
        assertEquals(idOf(recording, A), first.senderProcessId());
        assertEquals(idOf(recording, B), first.receiverProcessId());
        assertEquals("<0.81.0>", first.mailbox());
        assertEquals("ping", first.messageType());
    }

    @Test
    void messageNeverReceived() throws Exception {
        Recording recording = load(new TraceFileBuilder()
                .term(traceTs(A, "send", 10, tuple(atom("job"), integer(1)), pid(B)))
                .term(traceTs(A, "send_to_non_existing_process", 11, atom("hello"), pid(C)))
                .term(traceTs(A, "send", 12, atom("x"), atom("nobody"))));
        assertEquals(3, recording.messages().size());
        Message lost = recording.messages().get(0);
        assertEquals(Message.NEVER, lost.enqueueNanos());
        assertEquals(Message.NEVER, lost.dequeueNanos());
        assertFalse(lost.dequeued());
        assertEquals("job", lost.messageType());
        assertEquals(idOf(recording, B), lost.receiverProcessId());
        Message dead = recording.messages().get(1);
        assertEquals(Message.NEVER, dead.enqueueNanos());
        assertEquals("<0.82.0>", dead.mailbox());
        Message toName = recording.messages().get(2);
        assertEquals(Message.UNKNOWN_PROCESS, toName.receiverProcessId());
        assertEquals("nobody", toName.mailbox());
        assertEquals(1L, recording.eventCounts().get("send_to_non_existing_process"));
    }

    /**
     * A waits in a receive loop (out at m:loop/1) and is woken by B's message: runnable from the
     * send. Later A is scheduled out in the middle of m:work/1 and resumes without any message:
     * preempted, so runnable from the moment it went out. A third out at the receive point
     * resumes without a message (a timeout): runnableSince is unknown.
     */
    @Test
    void preemptionVersusMessageWakeUp() throws Exception {
        Recording recording = load(new TraceFileBuilder()
                .term(traceTs(A, "in", 100, mfa("m", "loop", 1)))
                .term(traceTs(A, "out", 200, mfa("m", "loop", 1)))
                .term(traceTs(B, "send", 250, atom("go"), pid(A)))
                .term(traceTs(A, "in", 300, mfa("m", "loop", 1)))
                .term(traceTs(A, "receive", 301, atom("go")))
                .term(traceTs(A, "out", 400, mfa("m", "work", 1)))
                .term(traceTs(A, "in", 460, mfa("m", "work", 1)))
                .term(traceTs(A, "out", 500, mfa("m", "loop", 1)))
                .term(traceTs(A, "in", 900, mfa("m", "loop", 1)))
                .term(traceTs(A, "out", 950, mfa("m", "loop", 1))));
        int a = idOf(recording, A);
        assertEquals(4, recording.scheduling().size());
        SchedulingInterval first = recording.scheduling().get(0);
        assertEquals(new SchedulingInterval(a, -1, Message.NEVER, 100, 200), first);
        SchedulingInterval woken = recording.scheduling().get(1);
        assertEquals(new SchedulingInterval(a, -1, 250, 300, 400), woken);
        assertEquals(50, woken.schedulerLatencyNanos());
        SchedulingInterval preempted = recording.scheduling().get(2);
        assertEquals(new SchedulingInterval(a, -1, 400, 460, 500), preempted);
        SchedulingInterval timedOut = recording.scheduling().get(3);
        assertEquals(new SchedulingInterval(a, -1, Message.NEVER, 900, 950), timedOut);
    }

    /** Runtimes that trace receive on delivery report it while the receiver is still out. */
    @Test
    void receiveWhileScheduledOutMakesRunnable() throws Exception {
        Recording recording = load(new TraceFileBuilder()
                .term(traceTs(A, "in", 100, mfa("m", "loop", 1)))
                .term(traceTs(A, "out", 200, mfa("m", "loop", 1)))
                .term(traceTs(A, "receive", 270, atom("go")))
                .term(traceTs(A, "in", 300, mfa("m", "loop", 1)))
                .term(traceTs(A, "out", 320, mfa("m", "loop", 1))));
        assertEquals(270, recording.scheduling().get(1).runnableSinceNanos());
    }

    /** A gen_server scheduled out with requests still in its mailbox was runnable all along. */
    @Test
    void serverScheduledOutWithQueuedRequestsIsPreempted() throws Exception {
        byte[] alias = Etf.concat(new byte[] {108, 0, 0, 0, 1}, atom("alias"), ref(5));
        byte[] call1 = tuple(atom("$gen_call"), tuple(pid(A), alias), atom("get"));
        byte[] call2 = tuple(atom("$gen_call"), tuple(pid(C), ref(7)), tuple(atom("put"), integer(1)));
        Recording recording = load(new TraceFileBuilder()
                .term(traceTs(A, "send", 10, call1, pid(B)))
                .term(traceTs(C, "send", 11, call2, pid(B)))
                .term(traceTs(B, "in", 20, mfa("gen_server", "loop", 7)))
                .term(traceTs(B, "receive", 21, call1))
                .term(traceTs(B, "receive", 22, call2))
                .term(traceTs(B, "call", 23, mfa("kv", "handle_call", 3)))
                .term(traceTs(B, "out", 30, mfa("kv", "handle_call", 3)))
                .term(traceTs(C, "send", 35, atom("late"), pid(B)))
                .term(traceTs(B, "in", 40, mfa("kv", "handle_call", 3)))
                .term(traceTs(B, "receive", 41, atom("late")))
                .term(traceTs(B, "call", 42, mfa("kv", "handle_call", 3)))
                .term(traceTs(B, "call", 43, mfa("kv", "handle_info", 2)))
                .term(traceTs(B, "out", 50, mfa("gen_server", "loop", 7))));
        assertEquals(30, recording.scheduling().get(1).runnableSinceNanos());
        assertEquals(23, recording.messages().get(0).dequeueNanos());
        assertEquals(42, recording.messages().get(1).dequeueNanos());
        assertEquals("get", recording.messages().get(0).messageType());
        assertEquals("put", recording.messages().get(1).messageType());
        assertEquals(43, recording.messages().get(2).dequeueNanos());
    }

    /** Only handle_call/3 is traced: an info message in the mailbox says nothing about preemption. */
    @Test
    void untracedMessageKindsDoNotMakeAServerLookPreempted() throws Exception {
        byte[] call = tuple(atom("$gen_call"), tuple(pid(A), ref(1)), atom("get"));
        Recording recording = load(new TraceFileBuilder()
                .term(traceTs(A, "send", 1, atom("tick"), pid(B)))
                .term(traceTs(B, "in", 2, mfa("gen_server", "loop", 7)))
                .term(traceTs(B, "receive", 3, atom("tick")))
                .term(traceTs(B, "out", 4, mfa("gen_server", "loop", 7)))
                .term(traceTs(A, "send", 10, call, pid(B)))
                .term(traceTs(B, "in", 12, mfa("gen_server", "loop", 7)))
                .term(traceTs(B, "receive", 13, call))
                .term(traceTs(B, "call", 14, mfa("kv", "handle_call", 3)))
                .term(traceTs(B, "out", 15, mfa("gen_server", "loop", 7)))
                .term(traceTs(A, "send", 20, call, pid(B)))
                .term(traceTs(B, "in", 22, mfa("gen_server", "loop", 7)))
                .term(traceTs(B, "receive", 23, call))
                .term(traceTs(B, "out", 25, mfa("gen_server", "loop", 7))));
        assertEquals(10, recording.scheduling().get(1).runnableSinceNanos());
        assertEquals(20, recording.scheduling().get(2).runnableSinceNanos());
        assertEquals(Message.NEVER, recording.messages().get(0).dequeueNanos()); // tick: handle_info not traced
    }

    /** Before its first callback a mailbox keeps only the newest messages of a kind. */
    @Test
    void mailboxWithoutDequeuePointsIsBounded() throws Exception {
        int sent = MessageMatcher.RETAINED_WITHOUT_DEQUEUE_POINT + 5;
        TraceFileBuilder trace = new TraceFileBuilder();
        for (int i = 0; i < sent; i++) {
            trace.term(traceTs(A, "send", i, atom("x"), pid(B)));
            trace.term(traceTs(B, "receive", i, atom("x")));
        }
        trace.term(traceTs(B, "call", sent, mfa("m", "handle_info", 2)));
        Recording recording = load(trace);
        assertEquals(sent, recording.messages().size());
        assertEquals(Message.NEVER, recording.messages().get(4).dequeueNanos());
        assertEquals(sent, recording.messages().get(5).dequeueNanos());
    }

    /** Without the arity flag the callback's arguments say which message it took. */
    @Test
    void callArgumentsPickTheExactMessage() throws Exception {
        byte[] fromA = tuple(pid(A), ref(1));
        byte[] fromC = tuple(pid(C), ref(2));
        byte[] callA = tuple(atom("$gen_call"), fromA, atom("get"));
        byte[] callC = tuple(atom("$gen_call"), fromC, atom("get"));
        Recording recording = load(new TraceFileBuilder()
                .term(traceTs(A, "send", 1, callA, pid(B)))
                .term(traceTs(C, "send", 2, callC, pid(B)))
                .term(traceTs(B, "receive", 3, callA))
                .term(traceTs(B, "receive", 4, callC))
                // a selective receive took A's request first: the callback runs for C's
                .term(traceTs(B, "call", 5, tuple(atom("kv"), atom("handle_call"), list(atom("get"), fromC, atom("state")))))
                .term(traceTs(B, "call", 6, tuple(atom("kv"), atom("handle_cast"), list(atom("x"), atom("state"))))));
        assertEquals(Message.NEVER, recording.messages().get(0).dequeueNanos());
        assertEquals(5, recording.messages().get(1).dequeueNanos());
    }

    /** Replies to aliases and sends to registered names are resolved when they are received. */
    @Test
    void aliasesAndNamesResolveAtReceive() throws Exception {
        byte[] reply = tuple(Etf.concat(new byte[] {108, 0, 0, 0, 1}, atom("alias"), ref(9)), atom("ok"));
        Recording recording = load(new TraceFileBuilder()
                .term(traceTs(B, "register", 1, atom("kv")))
                .term(traceTs(A, "send", 10, atom("hi"), atom("kv")))
                .term(traceTs(B, "send", 11, reply, ref(9)))
                .term(traceTs(C, "send", 12, atom("yo"), atom("logger")))
                .term(traceTs(B, "receive", 20, atom("hi")))
                .term(traceTs(A, "receive", 21, reply))
                .term(traceTs(C, "receive", 22, atom("yo")))
                .term(traceTs(B, "call", 23, mfa("kv", "handle_info", 2))));
        assertEquals(idOf(recording, B), recording.messages().get(0).receiverProcessId());
        assertEquals("kv", recording.messages().get(0).mailbox());
        assertEquals(23, recording.messages().get(0).dequeueNanos());
        Message replyMessage = recording.messages().get(1);
        assertEquals(idOf(recording, A), replyMessage.receiverProcessId());
        assertEquals(21, replyMessage.enqueueNanos());
        assertEquals(Message.NEVER, replyMessage.dequeueNanos()); // replies are taken by selective receive
        ProcessInfo logger = recording.processes().get(idOf(recording, C));
        assertEquals("logger", logger.name()); // learned from the name the message was sent to
        assertEquals("kv", recording.processes().get(idOf(recording, B)).name());
    }

    @Test
    void spawnGivesInitialCallAndRunnableSince() throws Exception {
        byte[] initP = tuple(atom("proc_lib"), atom("init_p"),
                list(pid(A), Etf.list(), atom("Elixir.Task.Supervised"), atom("reply"), list(integer(1), integer(2))));
        Recording recording = load(new TraceFileBuilder()
                .term(traceTs(A, "spawn", 5, pid(B), tuple(atom("m"), atom("start"), list(integer(1)))))
                .term(traceTs(A, "spawn", 6, pid(C), initP))
                .term(traceTs(B, "in", 9, integer(0)))
                .term(traceTs(B, "exit", 10, atom("normal")))
                .term(traceTs(B, "out_exited", 11, integer(0))));
        assertEquals("m:start/1", recording.processes().get(idOf(recording, B)).initialCall());
        assertEquals("Elixir.Task.Supervised:reply/2", recording.processes().get(idOf(recording, C)).initialCall());
        assertEquals(new SchedulingInterval(idOf(recording, B), -1, 5, 9, 11), recording.scheduling().get(0));
    }

    @Test
    void dropRecordsAreCounted() throws Exception {
        Recording recording = load(new TraceFileBuilder()
                .drop(3)
                .term(traceTs(A, "send", 10, atom("x"), pid(B)))
                .drop(4));
        assertEquals(7, recording.droppedEvents());
        assertEquals(1L, recording.totalEvents());
    }

    @Test
    void truncatedLastRecordIsDroppedWithATruncatedWarningNamingItsOffset() throws Exception {
        TraceFileBuilder trace = new TraceFileBuilder().term(traceTs(A, "send", 10, atom("x"), pid(B)));
        int second = trace.size();
        trace.bytes((byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 100, (byte) 131, (byte) 104);
        Recording recording = load(trace);
        assertTrue(recording.info().truncated());
        assertEquals(1L, recording.totalEvents(), "the complete first record is read");
        LoadWarning truncated = recording.warnings().stream().filter(w -> w.code().equals("truncated"))
                .findFirst().orElseThrow();
        assertEquals("record 2 at byte " + (second + 7) + ": truncated term: the file ends after 2 of its 100 bytes;"
                + " read the 1 complete records before it", truncated.message());
    }

    @Test
    void truncatedFirstRecordIsAnError() {
        TraceFileBuilder trace = new TraceFileBuilder()
                .bytes((byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 100, (byte) 131, (byte) 104);
        InputDataException error = assertThrows(InputDataException.class, () -> load(trace));
        assertEquals("corrupt BEAM trace", error.problem());
        assertTrue(error.detail().startsWith("record 1 at byte 7: truncated term"), error.getMessage());
    }

    @Test
    void truncatedHeader() {
        TraceFileBuilder trace = new TraceFileBuilder().bytes((byte) 0, (byte) 0, (byte) 0);
        InputDataException error = assertThrows(InputDataException.class, () -> load(trace));
        assertTrue(error.detail().startsWith("record 1 at byte 3: truncated record header"), error.detail());
    }

    @Test
    void garbageAfterAValidRecord() throws Exception {
        TraceFileBuilder trace = new TraceFileBuilder().term(traceTs(A, "send", 10, atom("x"), pid(B)));
        int garbage = trace.size();
        trace.bytes("hello".getBytes(StandardCharsets.US_ASCII));
        InputDataException error = assertThrows(InputDataException.class, () -> load(trace));
        assertEquals("record 2 at byte " + garbage + ": unknown op byte 0x68 (expected 0 for a term or 1 for a drop count)",
                error.detail());
    }

    @Test
    void deeplyNestedTermIsCorruptNotAStackOverflow() {
        int depth = 100_000;
        byte[] nested = new byte[2 * depth + 1];
        for (int i = 0; i < depth; i++) {
            nested[2 * i] = 104;
            nested[2 * i + 1] = 1;
        }
        nested[nested.length - 1] = 106;
        TraceFileBuilder trace = new TraceFileBuilder().term(nested);
        InputDataException error = assertThrows(InputDataException.class, () -> load(trace));
        assertTrue(error.detail().startsWith("record 1 at byte "), error.detail());
        assertTrue(error.detail().contains("nested deeper than"), error.detail());
    }

    @Test
    void corruptTermNamesTheByte() {
        // a tuple of arity 2 holding only one element: the term ends at byte 5 + 3 + 2
        TraceFileBuilder trace = new TraceFileBuilder().raw(new byte[] {(byte) 131, 104, 2, 97, 1});
        InputDataException error = assertThrows(InputDataException.class, () -> load(trace));
        assertEquals("record 1 at byte 10: term ends early: needs 1 more bytes, 0 left", error.detail());
    }

    @Test
    void compressedTermIsInflated() throws Exception {
        byte[] message = tuple(atom("blob"), Etf.concat(new byte[] {109, 0, 0, 4, 0}, new byte[1024]));
        Recording recording = load(new TraceFileBuilder()
                .raw(Etf.compressed(traceTs(A, "send", 10, message, pid(B))))
                .raw(Etf.compressed(traceTs(B, "receive", 20, message))));
        assertEquals(1, recording.messages().size());
        assertEquals(20, recording.messages().get(0).enqueueNanos());
        assertEquals("blob", recording.messages().get(0).messageType());
    }

    @Test
    void timestampShapes() throws Exception {
        byte[] now = tuple(integer(1781), Etf.integer(163746), Etf.integer(937593));
        byte[] strict = tuple(Etf.big(-576460751567982179L), Etf.big(-576460752303423488L));
        Recording epoch = load(new TraceFileBuilder()
                .term(tuple(atom("trace_ts"), pid(A), atom("in"), mfa("fprof", "apply_start_stop", 4), now)));
        assertEquals(1_781_163_746_937_593_000L, epoch.info().startNanos());
        assertEquals("fprof", epoch.info().producer());
        Recording monotonic = load(new TraceFileBuilder()
                .term(tuple(atom("trace_ts"), pid(A), atom("in"), mfa("m", "f", 0), strict))
                .term(traceTs(A, "out", -576460751567982000L, mfa("m", "f", 0))));
        assertEquals(-576460751567982179L, monotonic.info().startNanos());
        assertEquals(179, monotonic.info().durationNanos());
        assertEquals("dbg trace port", monotonic.info().producer());
        assertEquals("BEAM node n@h", monotonic.info().runtime());
    }

    @Test
    void untimedTracesAndNonTraceTermsAreCountedAndWarned() throws Exception {
        Recording recording = load(new TraceFileBuilder()
                .term(tuple(atom("trace"), pid(A), atom("send"), atom("x"), pid(B)))
                .term(tuple(atom("trace"), pid(B), atom("receive"), atom("x")))
                .term(atom("hello")));
        assertEquals(1L, recording.eventCounts().get("send"));
        assertEquals(1, recording.messages().size());
        assertEquals(Message.NEVER, recording.messages().get(0).sendNanos());
        assertTrue(recording.warnings().stream().anyMatch(w -> w.code().equals("no-timestamp") && w.count() == 2));
        assertTrue(recording.warnings().stream().anyMatch(w -> w.code().equals("unknown-term") && w.count() == 1));
    }

    @Test
    void remotePidsGetTheirOwnNodeNumber() throws Exception {
        byte[] remote = Etf.concat(new byte[] {88}, atom("other@h"), Etf.int32(5), Etf.int32(0), Etf.int32(1));
        Recording recording = load(new TraceFileBuilder().term(traceTs(A, "send", 1, atom("x"), remote)));
        assertEquals("<0.80.0>", recording.processes().get(0).externalId());
        assertEquals("<1.5.0>", recording.processes().get(1).externalId());
    }

    @Test
    void tablesNotAskedForAreLeftEmpty() throws Exception {
        TraceFileBuilder trace = new TraceFileBuilder()
                .term(traceTs(A, "in", 1, mfa("m", "f", 0)))
                .term(traceTs(A, "send", 2, atom("x"), pid(B)))
                .term(traceTs(A, "out", 3, mfa("m", "f", 0)));
        Recording counts = new BeamTraceLoader().load(trace.write(directory), LoadRequest.countsOnly());
        assertEquals(0, counts.messages().size());
        assertEquals(0, counts.scheduling().size());
        assertEquals(3L, counts.totalEvents());
        Recording messagesOnly = new BeamTraceLoader().load(trace.write(directory), LoadRequest.of(DataKind.MESSAGES));
        assertEquals(1, messagesOnly.messages().size());
        assertEquals(0, messagesOnly.scheduling().size());
    }

    @Test
    void recordingLoaderDetectsAndLoadsBeamTraces() throws Exception {
        Path file = new TraceFileBuilder().term(traceTs(A, "send", 1, atom("x"), pid(B))).write(directory);
        Recording recording = RecordingLoader.load(file, null, LoadRequest.everything());
        assertEquals(1, recording.messages().size());
    }
}
