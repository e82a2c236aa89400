package dev.flightpath.analyzers.mailbox;

/**
 * A sender or message type of a mailbox.
 *
 * @param name           the sender's process name, or the message type ("" shown as unknown)
 * @param count          messages (weighted)
 * @param totalWaitNanos the summed (weighted) queue wait of its dequeued messages
 */
public record Contributor(String name, long count, long totalWaitNanos) {
}
