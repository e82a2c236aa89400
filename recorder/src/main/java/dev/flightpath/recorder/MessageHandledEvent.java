package dev.flightpath.recorder;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** The receiver handled a message: the event spans the handling, on the receiver's thread. */
@Name(MessageHandledEvent.NAME)
@Label("Message Handled")
@StackTrace(false) // the stack at commit is the helper's own frame, of no use
@Category({"flightpath", "Messaging"})
@Description("The receiver handled a message; the duration is the handling time")
public final class MessageHandledEvent extends Event {
    public static final String NAME = "flightpath.MessageHandled";

    @Label("Mailbox")
    public String mailbox;

    @Label("Message Id")
    public long messageId;

    @Label("Message Type")
    public String messageType;

    @Label("Trace Id")
    public String traceId;

    @Label("Span Id")
    @Description("Span id of the handling span, or null")
    public String spanId;
}
