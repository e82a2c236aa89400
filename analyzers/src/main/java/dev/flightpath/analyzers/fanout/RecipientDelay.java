package dev.flightpath.analyzers.fanout;

/**
 * One recipient of a broadcast and how long it took to get it.
 *
 * @param recipient      the receiving mailbox or destination
 * @param toDequeueNanos the broadcast's send to this recipient's dequeue (its handling end where
 *                       no dequeue is traced), or {@link BroadcastResult#UNKNOWN}
 * @param toHandledNanos the broadcast's send to the end of this recipient's handling, or
 *                       {@link BroadcastResult#UNKNOWN}
 * @param depthAhead     messages already waiting in its mailbox when this copy arrived
 */
public record RecipientDelay(String recipient, long toDequeueNanos, long toHandledNanos, long depthAhead) {
}
