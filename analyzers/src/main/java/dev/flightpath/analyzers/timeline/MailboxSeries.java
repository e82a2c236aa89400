package dev.flightpath.analyzers.timeline;

/**
 * One mailbox per timeline window. Arrays are indexed by window and not copied; treat them as
 * read-only.
 *
 * @param mailbox   the mailbox name
 * @param processId the receiving process's id
 * @param maxDepth  the greatest depth during the window (the depth entering it included)
 * @param enqueued  messages enqueued in the window (weighted)
 * @param dequeued  messages dequeued in the window (weighted)
 * @param waits     queue waits (enqueue to dequeue) of the messages enqueued in the window
 */
public record MailboxSeries(String mailbox, int processId, long[] maxDepth, long[] enqueued, long[] dequeued,
        WindowHistogram waits) {
}
