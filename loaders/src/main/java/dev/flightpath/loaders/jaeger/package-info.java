/**
 * Jaeger JSON ({@link dev.flightpath.model.InputFormat#JAEGER_JSON}): the query API's
 * {@code {"data": [trace, ...]}} or {@code {"data": trace}}, one bare trace
 * {@code {traceID, spans, processes}}, or a bare array of spans that each embed their
 * {@code process} (Jaeger's anonymizer and storage exports).
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>Each process's {@code serviceName} is a {@code SERVICE} process (processes with the same
 *       service name share one). A span's process is its {@code processID} in the trace's
 *       {@code processes} map, or its embedded {@code process}; an unknown key gives
 *       {@code unknown_service} and a {@code missing-process} warning.</li>
 *   <li>{@code startTime} and {@code duration} are microseconds.</li>
 *   <li>References: the first CHILD_OF reference (in the same trace) is the parent; further CHILD_OF
 *       references become {@link dev.flightpath.model.LinkKind#CHILD_OF} links.</li>
 *   <li><b>FOLLOWS_FROM</b> references become {@link dev.flightpath.model.LinkKind#FOLLOWS_FROM}
 *       links and <b>never</b> the parent, even when they are a span's only reference (Jaeger's own
 *       UI draws such a span under its predecessor). The predecessor does not wait for a
 *       FOLLOWS_FROM span, which usually runs after it has ended; as a child it would be a false
 *       clock-skew and a wrong critical path. So such a span is a root of its own subtree within
 *       the same trace, and the hand-over is a {@link dev.flightpath.model.Message} from the
 *       predecessor (send = its start, enqueue = its end) to the span (dequeue = its start).</li>
 *   <li>Tags are typed by their {@code type}; {@code span.kind} gives the kind;
 *       {@code otel.status_code} (ERROR/OK), else an {@code error} tag that is true, the status.</li>
 *   <li>Sampling weight: {@code sampler.type=probabilistic} with {@code sampler.param=p} on any span
 *       gives every span of that trace the weight 1/p (clients tag the root only); else a
 *       {@code SampleRate}-style tag.</li>
 *   <li>Logs are counted ({@code span.log}), not kept; references are counted
 *       ({@code reference}). Producer: "Jaeger".</li>
 * </ul>
 */
package dev.flightpath.loaders.jaeger;
