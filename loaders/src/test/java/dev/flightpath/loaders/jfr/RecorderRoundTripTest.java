package dev.flightpath.loaders.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.recorder.MessageDequeuedEvent;
import dev.flightpath.recorder.MessageEnqueuedEvent;
import dev.flightpath.recorder.MessageHandledEvent;
import dev.flightpath.recorder.TaskExecutedEvent;
import dev.flightpath.recorder.TaskSubmittedEvent;
import dev.flightpath.recorder.TracedExecutorService;
import dev.flightpath.recorder.TracedMailbox;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder's events, recorded in this JVM, come back through the JFR loader as the model. */
class RecorderRoundTripTest {
    private static final int MESSAGES = 200;
    private static final int TASKS = 30;

    @TempDir
    Path dir;

    private Path record() throws Exception {
        Path file = dir.resolve("roundtrip.jfr");
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording()) {
            for (Class<?> type : new Class<?>[] {MessageEnqueuedEvent.class, MessageDequeuedEvent.class,
                MessageHandledEvent.class, TaskSubmittedEvent.class, TaskExecutedEvent.class}) {
                recording.enable(type.getAnnotation(jdk.jfr.Name.class).value()).withoutThreshold();
            }
            recording.start();
            runWorkload();
            recording.stop();
            recording.dump(file);
        }
        return file;
    }

    @Test
    void messagesAloneOrSchedulingAloneAreWhatBothTogetherGive() throws Exception {
        Path file = record();
        Recording both = RecordingLoader.load(file, null, LoadRequest.of(DataKind.MESSAGES, DataKind.SCHEDULING));
        Recording messagesOnly = RecordingLoader.load(file, null, LoadRequest.of(DataKind.MESSAGES));
        Recording schedulingOnly = RecordingLoader.load(file, null, LoadRequest.of(DataKind.SCHEDULING));
        Recording countsAndMessages = RecordingLoader.load(file, null,
                LoadRequest.of(DataKind.EVENT_COUNTS, DataKind.MESSAGES));

        assertEquals(0, messagesOnly.scheduling().size());
        assertEquals(0, schedulingOnly.messages().size());
        assertEquals(0, countsAndMessages.scheduling().size());
        // Without scheduling there are no executor processes. Threads are numbered in order of
        // first sight, so ids may differ between the loads: compare the processes they name.
        assertTrue(messagesOnly.processes().stream().noneMatch(process -> process.kind() == ProcessKind.ACTOR));
        for (Recording messages : new Recording[] {messagesOnly, countsAndMessages}) {
            assertEquals(both.messages().size(), messages.messages().size());
            for (int row = 0; row < both.messages().size(); row++) {
                Message expected = both.messages().get(row);
                Message actual = messages.messages().get(row);
                assertEquals(expected.mailbox(), actual.mailbox());
                assertEquals(expected.messageType(), actual.messageType());
                assertEquals(expected.enqueueNanos(), actual.enqueueNanos());
                assertEquals(expected.dequeueNanos(), actual.dequeueNanos());
                assertEquals(externalId(both, expected.senderProcessId()), externalId(messages, actual.senderProcessId()));
                assertEquals(externalId(both, expected.receiverProcessId()),
                        externalId(messages, actual.receiverProcessId()));
            }
        }
        assertEquals(both.scheduling().size(), schedulingOnly.scheduling().size());
        for (int row = 0; row < both.scheduling().size(); row++) {
            SchedulingInterval expected = both.scheduling().get(row);
            SchedulingInterval actual = schedulingOnly.scheduling().get(row);
            assertEquals(expected.runnableSinceNanos(), actual.runnableSinceNanos());
            assertEquals(expected.runningFromNanos(), actual.runningFromNanos());
            assertEquals(expected.runningToNanos(), actual.runningToNanos());
            assertEquals(externalId(both, expected.processId()), externalId(schedulingOnly, actual.processId()));
            assertEquals(externalId(both, expected.schedulerId()), externalId(schedulingOnly, actual.schedulerId()));
        }
    }

    private static String externalId(Recording recording, int processId) {
        return recording.processes().get(processId).externalId();
    }

    @Test
    void mailboxAndExecutorEventsBecomeMessagesAndSchedulingIntervals() throws Exception {
        Path file = record();

        Recording loaded = RecordingLoader.load(file, null, LoadRequest.of(DataKind.MESSAGES, DataKind.SCHEDULING));
        MessageTable messages = loaded.messages();
        assertEquals(MESSAGES, messages.size());
        for (int row = 0; row < messages.size(); row++) {
            Message message = messages.get(row);
            assertEquals("orders", message.mailbox());
            assertEquals("String", message.messageType());
            assertTrue(message.dequeued(), "every message was taken");
            assertTrue(message.dequeueNanos() >= message.enqueueNanos());
            assertEquals("sender", loaded.processes().get(message.senderProcessId()).name());
            assertEquals("receiver", loaded.processes().get(message.receiverProcessId()).name());
            if (row > 0) {
                assertTrue(message.enqueueNanos() >= messages.get(row - 1).enqueueNanos(), "enqueue order");
            }
        }
        assertEquals(TASKS, loaded.scheduling().size());
        ProcessInfo pool = null;
        for (int row = 0; row < TASKS; row++) {
            SchedulingInterval interval = loaded.scheduling().get(row);
            pool = loaded.processes().get(interval.processId());
            assertEquals(ProcessKind.ACTOR, pool.kind());
            assertTrue(interval.hasRunnableSince());
            assertTrue(interval.schedulerLatencyNanos() >= 0);
            assertTrue(loaded.processes().get(interval.schedulerId()).name().startsWith("pool-"));
        }
        assertEquals("workers", pool.name());
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
    }

    private static void runWorkload() throws Exception {
        TracedMailbox<String> mailbox = new TracedMailbox<>("orders");
        Thread sender = new Thread(() -> {
            try {
                for (int i = 0; i < MESSAGES; i++) {
                    mailbox.put("order-" + i, "String", null, null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sender");
        int[] handled = new int[1];
        Thread receiver = new Thread(() -> {
            try {
                while (handled[0] < MESSAGES) {
                    mailbox.pollAndHandle(1, TimeUnit.SECONDS, message -> handled[0]++);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "receiver");
        sender.start();
        receiver.start();
        sender.join();
        receiver.join();
        assertEquals(MESSAGES, handled[0]);

        ExecutorService workers = new TracedExecutorService("workers", Executors.newFixedThreadPool(2));
        for (int i = 0; i < TASKS; i++) {
            workers.execute(() -> Math.sqrt(42));
        }
        workers.shutdown();
        assertTrue(workers.awaitTermination(1, TimeUnit.MINUTES));
    }
}
