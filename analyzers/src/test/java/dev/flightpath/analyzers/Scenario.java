package dev.flightpath.analyzers;

import dev.flightpath.model.CpuLoadTable;
import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.PauseKind;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanStatus;
import dev.flightpath.model.StackTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small recordings in code for tests: processes, messages, scheduling, spans, samples. */
public final class Scenario {
    public static final long NEVER = Message.NEVER;

    private final long startNanos;
    private final long durationNanos;
    private final List<ProcessInfo> processes = new ArrayList<>();
    private final MessageTable.Builder messages = new MessageTable.Builder();
    private final SchedulingTable.Builder scheduling = new SchedulingTable.Builder();
    private final SampleTable.Builder samples = new SampleTable.Builder();
    private final List<Span> spans = new ArrayList<>();
    private final StackTable.Builder stacks = new StackTable.Builder();
    private final PauseTable.Builder pauses = new PauseTable.Builder();
    private final CpuLoadTable.Builder cpuLoad = new CpuLoadTable.Builder();
    private RecordingInfo.TimeBase timeBase = RecordingInfo.TimeBase.EPOCH;

    public Scenario(long startNanos, long durationNanos) {
        this.startNanos = startNanos;
        this.durationNanos = durationNanos;
    }

    /** Adds a process and returns its id. */
    public int process(String name) {
        return process(name, "<0." + processes.size() + ".0>");
    }

    public int process(String name, String externalId) {
        int id = processes.size();
        processes.add(new ProcessInfo(id, externalId, name, ProcessKind.BEAM_PROCESS, ""));
        return id;
    }

    public Scenario message(int sender, int receiver, String mailbox, String type, long enqueueNanos,
            long dequeueNanos) {
        return message(sender, receiver, mailbox, type, enqueueNanos, dequeueNanos, 1.0);
    }

    public Scenario message(int sender, int receiver, String mailbox, String type, long enqueueNanos,
            long dequeueNanos, double weight) {
        messages.add(new Message(sender, receiver, mailbox, type, enqueueNanos, enqueueNanos, dequeueNanos, -1,
                weight));
        return this;
    }

    /** A copy of broadcast {@code broadcastId} (0: none), handled until {@code handledEndNanos}. */
    public Scenario broadcastCopy(int sender, int receiver, String mailbox, String type, long enqueueNanos,
            long dequeueNanos, long handledEndNanos, long broadcastId, double weight) {
        messages.add(new Message(sender, receiver, mailbox, type, enqueueNanos, enqueueNanos, dequeueNanos, -1,
                weight), broadcastId, handledEndNanos);
        return this;
    }

    /** A span as given. */
    public Scenario span(Span span) {
        spans.add(span);
        return this;
    }

    /** A message sent at {@code sendNanos} that never entered a mailbox within the recording. */
    public Scenario sentNeverReceived(int sender, int receiver, String mailbox, String type, long sendNanos) {
        messages.add(new Message(sender, receiver, mailbox, type, sendNanos, NEVER, NEVER, -1, 1.0));
        return this;
    }

    /** Times are on a monotonic clock (as in BEAM traces), not epoch nanoseconds. */
    public Scenario monotonic() {
        timeBase = RecordingInfo.TimeBase.MONOTONIC;
        return this;
    }

    public Scenario interval(int process, int scheduler, long runnableSinceNanos, long runningFromNanos,
            long runningToNanos) {
        scheduling.add(new SchedulingInterval(process, scheduler, runnableSinceNanos, runningFromNanos,
                runningToNanos));
        return this;
    }

    public Scenario pause(PauseKind kind, int process, long startNanos, long durationNanos) {
        pauses.add(kind, process, startNanos, durationNanos);
        return this;
    }

    /** A CPU load reading: fractions 0–1, NaN for a missing field. */
    public Scenario cpuLoad(long timeNanos, double jvmUser, double jvmSystem, double machineTotal) {
        cpuLoad.add(timeNanos, jvmUser, jvmSystem, machineTotal);
        return this;
    }

    /** A monitor-enter wait (contention): a lock sample whose stack is one application frame. */
    public Scenario lock(int process, long timeNanos, long blockedNanos) {
        return lockWait(process, timeNanos, blockedNanos, "com.acme.Ledger.post");
    }

    /** A lock sample (monitor enter, monitor wait or park) with the given stack, leaf first. */
    public Scenario lockWait(int process, long timeNanos, long blockedNanos, String... framesLeafFirst) {
        int[] frameIds = new int[framesLeafFirst.length];
        for (int i = 0; i < frameIds.length; i++) {
            frameIds[i] = stacks.internFrame(new Frame(framesLeafFirst[i], FrameType.JIT_COMPILED, 0));
        }
        samples.add(timeNanos, stacks.internStack(frameIds), process, SampleKind.LOCK, blockedNanos);
        return this;
    }

    /** A CPU sample whose stack is just one frame. */
    public Scenario cpuSample(int process, long timeNanos, String frame) {
        int frameId = stacks.internFrame(new Frame(frame, FrameType.JIT_COMPILED, 0));
        samples.add(timeNanos, stacks.internStack(new int[] {frameId}), process, SampleKind.CPU, 1);
        return this;
    }

    public Scenario span(int process, String name, long startNanos, long endNanos) {
        spans.add(new Span("t" + spans.size(), "s" + spans.size(), "", List.of(), name, process, startNanos, endNanos,
                SpanKind.INTERNAL, SpanStatus.UNSET, Map.of(), 1.0));
        return this;
    }

    public Recording build() {
        return new Recording(
                new RecordingInfo(InputFormat.BEAM_TRACE, "", "", "", startNanos, durationNanos, 1, false, timeBase),
                Map.of(), processes, spans, messages.build(), scheduling.build(), pauses.build(), cpuLoad.build(),
                stacks.build(),
                samples.build(),
                0, List.of());
    }
}
