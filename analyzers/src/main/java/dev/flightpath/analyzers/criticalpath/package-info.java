/**
 * Critical paths of span data: what a trace's end-to-end time waited for, as a sequence of
 * segments that exactly tile a root span's time, each attributed to one span.
 *
 * <h2>Containment: who lies in whose time</h2>
 * <ul>
 *   <li>A span's <em>container</em> is its parent (same trace, by {@code parentSpanId}).</li>
 *   <li>Except for a <em>message successor</em>: a span C whose producer P is found by the rules
 *       of the loaders' message extractor (C is a CONSUMER child of a PRODUCER, or a CONSUMER
 *       linking to a PRODUCER, or has a FOLLOWS_FROM reference or a Chrome flow from P), with P
 *       starting no later than C. If P is in C's trace and C has no other parent, C is not nested
 *       in P (P, the send, does not wait for its consumer) but is P's <em>sibling</em>: its
 *       container is P's container, provided C starts within that container's time; otherwise C
 *       is a root. Chains of successors resolve the same way, with loops.</li>
 *   <li>A <em>root</em> is a span without a container: a true root, an orphan (its parent is not
 *       in the file), a FOLLOWS_FROM or consumer span that does not start inside its producer's
 *       container, or a span of a containment cycle in bad data (one member of the cycle is cut).
 *       <b>Each root gets its own path</b>; a trace with several roots has several paths (the JSON
 *       lists each with its {@code rootSpanId}).</li>
 *   <li>Consumers in <b>other traces</b> (OpenTelemetry links across traces) never join a path:
 *       the path of the consumer's trace starts at its root, and when that root consumed a message
 *       its path reports the hop as {@code upstream}: the producer's trace and span and the
 *       queue wait (producer end to root start). The producer's trace is not extended past its
 *       root's end, so every path tiles exactly its own root span.</li>
 * </ul>
 *
 * <h2>The walk</h2>
 * As in Jaeger's critical path, the walk goes back in time from the root's end with a cursor:
 * <ol>
 *   <li>Within a span S with window [lo, hi) (the root's own time; a child's time clamped into its
 *       container's window, children wholly outside it dropped, empty ones ignored), the next path
 *       child is the not yet visited child whose clamped end is latest but not after the cursor
 *       ({@code end <= cursor}, so sequential children that touch are all on the path). Ties:
 *       the child whose real, unclamped end is latest, then the earliest start, then file order.
 *       S's own time between that child's end and the cursor is S's segment; the cursor moves to
 *       the child's end and the walk enters the child.</li>
 *   <li>A child that ends after the cursor overlaps the path and is never counted (overlapping
 *       siblings are not both counted).</li>
 *   <li>When no child is left, S's remaining time down to lo is S's segment, and the walk leaves
 *       S with the cursor at lo.</li>
 *   <li><b>Message hop</b>: when the walk leaves a message successor C (a consumer) whose producer
 *       P is C's sibling and not yet visited, the path goes through the hop: the segment from
 *       P's (clamped) end to C's start is C's {@code queue-wait} (the message waited in C's
 *       mailbox), and the walk enters P with the cursor at {@code min(P's end, C's start)} (a
 *       consumer that started before its producer span ended waited only for the part of P up to
 *       its start). Without a usable producer the walk returns to the container.</li>
 * </ol>
 * A span's own time is of kind {@code self} where none of its (clamped) children runs, and
 * {@code running} where a child that is not on the path runs meanwhile. Like Jaeger, a child (or
 * consumer) still running at its container's end is cut there and counts as waited for.
 *
 * <p>Every span is entered at most once per walk and the walk keeps an explicit stack: a
 * 100,000-deep chain or a million spans under one root cost heap, not Java stack, and the time is
 * O(n log n) in the spans under the root.
 *
 * <h2>Aggregation</h2>
 * Per operation (span name), process or service, as CRISP does: its critical-path time summed over
 * all paths, its share of all paths' time, the number of paths it is on, and p50/p95/p99 of its
 * per-path contribution over the paths it is on. A path's weight is its root's sampling weight;
 * totals and percentiles are weighted, and the report is {@code estimated} when any weight is not
 * 1. Queue waits count for the consumer's operation (and per kind separately).
 */
package dev.flightpath.analyzers.criticalpath;
