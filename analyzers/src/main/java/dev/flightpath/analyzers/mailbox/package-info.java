/**
 * Mailbox backlog per mailbox: depth over time by a sweep over enqueue and dequeue times, queue
 * waits, top senders and message types and the worst episode, in a
 * {@link dev.flightpath.analyzers.mailbox.MailboxReport}.
 *
 * <p>Depends on the model and {@code analyzers.stats}.
 */
package dev.flightpath.analyzers.mailbox;
