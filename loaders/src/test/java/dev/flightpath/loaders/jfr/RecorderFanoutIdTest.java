package dev.flightpath.loaders.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.recorder.FanoutIds;
import dev.flightpath.recorder.TracedMailbox;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder's fan-out ids and ends of handling come back as the message table's columns. */
class RecorderFanoutIdTest {
    @TempDir
    Path dir;

    @Test
    void copiesOfOneBroadcastShareAnIdAndLoneMessagesHaveNone() throws Exception {
        Path file = dir.resolve("fanout.jfr");
        List<TracedMailbox<String>> mailboxes = List.of(new TracedMailbox<>("m0"), new TracedMailbox<>("m1"),
                new TracedMailbox<>("m2"));
        FanoutIds ids = new FanoutIds();
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording()) {
            for (String event : List.of("flightpath.MessageEnqueued", "flightpath.MessageDequeued",
                    "flightpath.MessageHandled")) {
                recording.enable(event).withoutThreshold();
            }
            recording.start();
            for (int broadcast = 0; broadcast < 2; broadcast++) {
                long id = ids.next();
                for (TracedMailbox<String> mailbox : mailboxes) {
                    mailbox.put("news", "News", null, null, id);
                }
            }
            mailboxes.get(0).put("alone", "Alone", null, null);
            for (TracedMailbox<String> mailbox : mailboxes) {
                while (mailbox.pollAndHandle(0, TimeUnit.MILLISECONDS, message -> { })) {
                    // handle everything
                }
            }
            recording.stop();
            recording.dump(file);
        }
        MessageTable messages = RecordingLoader.load(file, null, LoadRequest.of(DataKind.MESSAGES)).messages();
        assertEquals(7, messages.size());
        Set<Long> newsIds = new HashSet<>();
        for (int row = 0; row < messages.size(); row++) {
            if (messages.messageType(row).equals("News")) {
                newsIds.add(messages.broadcastId(row));
            } else {
                assertEquals(MessageTable.NO_BROADCAST, messages.broadcastId(row));
            }
            assertNotEquals(Message.NEVER, messages.handledEndNanos(row));
            assertTrue(messages.handledEndNanos(row) >= messages.dequeueNanos(row));
        }
        assertEquals(Set.of(1L, 2L), newsIds);
    }
}
