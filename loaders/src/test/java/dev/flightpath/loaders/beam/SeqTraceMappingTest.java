package dev.flightpath.loaders.beam;

import static dev.flightpath.loaders.beam.Etf.atom;
import static dev.flightpath.loaders.beam.Etf.integer;
import static dev.flightpath.loaders.beam.Etf.pid;
import static dev.flightpath.loaders.beam.Etf.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** seq_trace events as messages and spans: a post to a guild that sends it on to two members. */
class SeqTraceMappingTest {
    private static final int POSTER = 80;
    private static final int GUILD = 81;
    private static final int C = 82;
    private static final int D = 83;

    @TempDir
    Path directory;

    private static byte[] event(String tag, long previous, long current, int from, int to, byte[] message, long time) {
        byte[] label = tuple(integer(7), integer(2)); // {Id, Weight}: labelled with p = 1/2
        return tuple(atom("seq_trace"), label,
                tuple(atom(tag), tuple(integer(previous), integer(current)), pid(from), pid(to), message),
                integer(time));
    }

    private Recording load() throws Exception {
        byte[] post = tuple(atom("post"), integer(1));
        byte[] deliver = tuple(atom("deliver"), integer(1));
        TraceFileBuilder trace = new TraceFileBuilder()
                .term(event("send", 0, 1, POSTER, GUILD, post, 100))
                .term(event("receive", 0, 1, POSTER, GUILD, post, 150))
                .term(event("send", 1, 2, GUILD, C, deliver, 160))
                .term(event("send", 1, 3, GUILD, D, deliver, 170))
                .term(event("receive", 1, 3, GUILD, D, deliver, 200))
                .term(event("print", 1, 3, D, D, atom("hello"), 205))
                .term(event("receive", 1, 2, GUILD, C, deliver, 260));
        return new BeamTraceLoader().load(trace.write(directory), LoadRequest.everything());
    }

    @Test
    void everySendReceivePairIsAMessageAndTheSendsOfOneTurnShareABroadcastId() throws Exception {
        Recording recording = load();
        MessageTable messages = recording.messages();
        assertEquals(3, messages.size());
        Message post = messages.get(0);
        assertEquals(List.of(100L, 100L, 150L), List.of(post.sendNanos(), post.enqueueNanos(), post.dequeueNanos()));
        assertEquals(2.0, post.weight());
        assertEquals("<0.81.0>", post.mailbox());
        assertEquals("post", post.messageType());
        assertEquals(260L, messages.dequeueNanos(1));
        assertEquals(200L, messages.dequeueNanos(2));
        assertEquals(messages.broadcastId(1), messages.broadcastId(2));
        assertNotEquals(messages.broadcastId(0), messages.broadcastId(1));
        assertNotEquals(MessageTable.NO_BROADCAST, messages.broadcastId(0));
        assertEquals(7L, recording.eventCounts().get("seq_trace"));
        assertEquals(List.of(), recording.warnings());
    }

    @Test
    void eachTurnIsASpanUnderTheTurnThatSentItsMessage() throws Exception {
        Recording recording = load();
        List<Span> spans = recording.spans();
        assertEquals(4, spans.size());
        Span root = spans.get(0);
        Span guild = spans.get(1);
        // The poster's turn is the request: from its send to the label's last event.
        assertEquals(List.of("{7,2}", "", "post", 100L, 260L),
                List.of(root.traceId(), root.parentSpanId(), root.name(), root.startNanos(), root.endNanos()));
        // The guild's turn: from receiving the post to its last send.
        assertEquals(List.of(root.spanId(), "post", 150L, 170L),
                List.of(guild.parentSpanId(), guild.name(), guild.startNanos(), guild.endNanos()));
        for (Span member : spans.subList(2, 4)) {
            assertEquals(guild.spanId(), member.parentSpanId());
            assertEquals("deliver", member.name());
            assertEquals(2.0, member.samplingWeight());
        }
        MessageTable messages = recording.messages();
        assertEquals(spans.get(messages.handledBySpan(1)).startNanos(), 260L);
        assertEquals(170L, messages.handledEndNanos(0)); // the guild's last send
        assertEquals(Message.NEVER, messages.handledEndNanos(1)); // the member sent nothing
    }
}
