package dev.flightpath.recorder;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A message entered a mailbox. The event's thread is the sender; its start time is the enqueue
 * time. {@code (mailbox, messageId)} identifies the message in the other message events.
 */
@Name(MessageEnqueuedEvent.NAME)
@Label("Message Enqueued")
@Category({"flightpath", "Messaging"})
@Description("A message entered a mailbox; the event thread is the sender")
@StackTrace(false)
public final class MessageEnqueuedEvent extends Event {
    public static final String NAME = "flightpath.MessageEnqueued";

    @Label("Mailbox")
    public String mailbox;

    @Label("Message Id")
    @Description("Unique within the mailbox")
    public long messageId;

    @Label("Message Type")
    public String messageType;

    @Label("Trace Id")
    @Description("W3C trace id of the context the message carries, or null")
    public String traceId;

    @Label("Span Id")
    @Description("Span id of the sending span, or null")
    public String spanId;

    @Label("Fan-out Id")
    @Description("Shared by the copies of one message the sender sent to several mailboxes, 0 for a message sent alone")
    public long fanoutId;
}
