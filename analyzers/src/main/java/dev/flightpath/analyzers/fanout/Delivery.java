package dev.flightpath.analyzers.fanout;

import dev.flightpath.model.Message;

/**
 * One copy of a broadcast, as detected: who got it and when. Times are on the recording's clock;
 * {@link Message#NEVER} marks what did not happen or was not traced.
 *
 * @param recipient       the receiving mailbox or destination (a process name where there is none)
 * @param enqueueNanos    when it entered the recipient's mailbox
 * @param dequeueNanos    when the recipient took it
 * @param handledEndNanos when the recipient finished handling it
 * @param depthAhead      messages already waiting in the recipient's mailbox when it arrived
 * @param weight          how many deliveries it stands for (1/p when sampled with p)
 */
record Delivery(String recipient, long enqueueNanos, long dequeueNanos, long handledEndNanos, long depthAhead,
        double weight) {

    /** The time the recipient had it: its dequeue, else the end of its handling, else NEVER. */
    long arrivalNanos() {
        return dequeueNanos != Message.NEVER ? dequeueNanos : handledEndNanos;
    }

    /** Handling time (dequeue to end of handling), 0 when either is unknown. */
    long handlingNanos() {
        return dequeueNanos == Message.NEVER || handledEndNanos == Message.NEVER ? 0
                : Math.max(0, handledEndNanos - dequeueNanos);
    }

    Delivery withDepthAhead(long depth) {
        return new Delivery(recipient, enqueueNanos, dequeueNanos, handledEndNanos, depth, weight);
    }
}
