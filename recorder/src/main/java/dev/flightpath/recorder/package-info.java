/**
 * JFR events that make message passing and executor run queues visible to flightpath, and
 * drop-in helpers that emit them.
 *
 * <p>Neither the JDK nor actor libraries record mailbox or run-queue events, so flightpath
 * defines five, a documented schema any JVM language can emit (see the README):
 * <ul>
 *   <li>{@code flightpath.MessageEnqueued} (mailbox, messageId, messageType, traceId, spanId):
 *       the event thread is the sender, the start time the enqueue time;</li>
 *   <li>{@code flightpath.MessageDequeued} (mailbox, messageId): the event thread is the
 *       receiver;</li>
 *   <li>{@code flightpath.MessageHandled} (mailbox, messageId, messageType, traceId, spanId), a
 *       duration event spanning the handling;</li>
 *   <li>{@code flightpath.TaskSubmitted} (executor, taskId, taskType);</li>
 *   <li>{@code flightpath.TaskExecuted} (executor, taskId, taskType), a duration event spanning
 *       the run.</li>
 * </ul>
 * A message is identified by {@code (mailbox, messageId)}, a task by {@code (executor, taskId)}.
 * The helpers are {@link dev.flightpath.recorder.TracedMailbox} and
 * {@link dev.flightpath.recorder.TracedExecutorService}.
 */
package dev.flightpath.recorder;
