package dev.flightpath.model;

/**
 * One message from a sender to a receiver's mailbox. Times are nanoseconds on the recording's
 * clock (epoch nanoseconds for JFR and span data, the BEAM's timestamp for BEAM traces).
 *
 * @param senderProcessId   the sender's {@link ProcessInfo#id()}, or {@link #UNKNOWN_PROCESS}
 * @param receiverProcessId the receiver's {@link ProcessInfo#id()}, or {@link #UNKNOWN_PROCESS}
 * @param mailbox           the mailbox or destination name ({@code messaging.destination.name},
 *                          registered name, queue name); never null
 * @param messageType       the message's type or tag (the first atom of a BEAM tuple, a class
 *                          name); empty when unknown
 * @param sendNanos         when the sender sent it
 * @param enqueueNanos      when it entered the mailbox
 * @param dequeueNanos      when the receiver took it, or {@link #NEVER} if it never did within the
 *                          recording
 * @param handledBySpan     index into {@link Recording#spans()} of the span that handled it, or -1
 * @param weight            how many messages this one stands for (1/p when sampled with p)
 */
public record Message(
        int senderProcessId,
        int receiverProcessId,
        String mailbox,
        String messageType,
        long sendNanos,
        long enqueueNanos,
        long dequeueNanos,
        int handledBySpan,
        double weight) {

    /** The time of something that did not happen within the recording. */
    public static final long NEVER = Long.MIN_VALUE;
    public static final int UNKNOWN_PROCESS = -1;

    public boolean dequeued() {
        return dequeueNanos != NEVER;
    }

    /** Time spent in the mailbox; only meaningful when {@link #dequeued()}. */
    public long queueWaitNanos() {
        return dequeueNanos - enqueueNanos;
    }
}
