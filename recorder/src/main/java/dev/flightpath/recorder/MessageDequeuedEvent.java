package dev.flightpath.recorder;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A message left its mailbox; the event's thread is the receiver, its start time the dequeue time. */
@Name(MessageDequeuedEvent.NAME)
@Label("Message Dequeued")
@Category({"flightpath", "Messaging"})
@Description("A message was taken from a mailbox; the event thread is the receiver")
@StackTrace(false)
public final class MessageDequeuedEvent extends Event {
    public static final String NAME = "flightpath.MessageDequeued";

    @Label("Mailbox")
    public String mailbox;

    @Label("Message Id")
    public long messageId;
}
