/**
 * Broadcasts: one message sent to N recipients, found in any recording with messages or spans,
 * and measured from the first enqueue to the last recipient.
 *
 * <h2>Finding broadcasts</h2>
 * With messages (BEAM traces, flightpath's recorder, BEAM seq_trace), or spans when the messages
 * carry broadcast ids:
 * <ul>
 *   <li><b>M1, id</b>: messages of one sender with the same non-zero
 *       {@link dev.flightpath.model.MessageTable#broadcastId broadcast id} are one broadcast, however
 *       far apart they were sent. The recorder writes a fan-out id with every copy; the BEAM loader
 *       derives one from seq_trace serials (the sends a process made after receiving one message).</li>
 *   <li><b>M2, burst</b>: the other messages of one sender, in send order, form bursts. A message
 *       joins the current burst when it has the burst's message type, is sent at most the burst gap
 *       after the burst's previous message, and goes to a mailbox not yet in the burst; otherwise it
 *       starts a new one. A lone message is a broadcast of size 1. (The model keeps a message's type
 *       or tag, not its whole term, so "the same term" is judged by type.)</li>
 * </ul>
 * With spans (OTLP, Jaeger, Zipkin, Chrome) and no broadcast ids, a <em>hand-over</em> from span P
 * to span C is what the loaders' message extractor calls a message (C a CONSUMER child of a
 * PRODUCER P, a CONSUMER linking to a PRODUCER, a FOLLOWS_FROM reference, a Chrome flow from P), or
 * a call (C a SERVER child of a CLIENT P):
 * <ul>
 *   <li><b>S2, children</b>: a span whose children with one name hand over to two or more distinct
 *       recipients is one broadcast of that operation, sent by the parent's process, one copy per
 *       hand-over. Those children make no broadcasts of their own.</li>
 *   <li><b>S1, consumers</b>: every other span that hands over is one broadcast with one copy per
 *       span it hands over to: a producer and its consumers, a Chrome flow and its several ends.</li>
 * </ul>
 * A copy's recipient is its mailbox (BEAM: the receiving process; recorder: the mailbox name;
 * spans: the consumer's {@code messaging.destination.name}, else its process).
 *
 * <h2>Measuring them</h2>
 * A broadcast is sent at its first copy's enqueue (span copies: the producer's end, or a CLIENT
 * span's start). A copy arrives when its recipient dequeues it (a consumer span's start), or,
 * where no dequeue is traced, when it finishes handling it (the broadcast says {@code fromHandled}).
 * To first / median (lower) / last are arrivals minus the send; copies that never arrive are
 * {@code undelivered}. Handling work is dequeue to end of handling, summed over the copies. The
 * depth ahead of a copy is the number of messages waiting in its mailbox just before it arrived:
 * enqueued strictly before its enqueue and not dequeued by then, counted over every message of the
 * mailbox (over every copy found, for spans).
 *
 * <h2>Aggregates and sampling</h2>
 * Sizes fall into ranges 1, 2–10, 11–100, 101–1,000, more. A broadcast weighs the mean sampling
 * weight of its copies (1/p when kept with probability p); percentiles of send-to-last are
 * nearest-rank over those weights (at a resolution of 1/1000). Estimated true counts, their 95%
 * intervals and the recommended sampling rate are explained in {@link
 * dev.flightpath.analyzers.fanout.SamplingEstimator}. A bucket that is sampled and rests on fewer
 * than {@link dev.flightpath.analyzers.fanout.FanoutOptions#minSamples()} broadcasts is flagged.
 * The recipient "last most often" is counted over broadcasts of two or more copies, weighted.
 */
package dev.flightpath.analyzers.fanout;
