/**
 * What the four span loaders (OTLP, Jaeger, Zipkin, Chrome) share.
 *
 * <p>Each loader streams its file with Jackson's {@code JsonParser} and fills a
 * {@link dev.flightpath.loaders.spans.SpanDraft} per span. The OTLP loader reads each span's
 * fields straight from the tokens; Jaeger, Zipkin and Chrome read one small object at a time (a
 * span, a resource, a trace event) into plain Java values with
 * {@link dev.flightpath.loaders.spans.JsonTree} first. Then
 * {@link dev.flightpath.loaders.spans.SpanRecordingAssembler} does the same for every format:
 * <ol>
 *   <li>{@link dev.flightpath.loaders.spans.SpanSetAssembler} checks and repairs the spans and logs
 *       each problem as a {@link dev.flightpath.model.LoadWarning} with a stable code
 *       ({@code missing-field}, {@code negative-duration}, {@code duplicate-span-id},
 *       {@code parent-cycle}, {@code orphan-span}, {@code clock-skew}; loaders add
 *       {@code invalid-field}, {@code missing-process}, {@code unterminated-slice},
 *       {@code unmatched-end}, {@code unbound-flow}, {@code overlapping-slices}, {@code no-spans},
 *       {@code truncated}, which also marks the recording truncated).
 *       Every walk over parents is iterative: a 100,000-deep chain is fine.</li>
 *   <li>{@link dev.flightpath.loaders.spans.MessageExtractor} turns producer/consumer pairs,
 *       FOLLOWS_FROM references and Chrome flows into messages.</li>
 *   <li>The recording's start is the earliest span start and its duration reaches the latest end.</li>
 * </ol>
 *
 * <p>Memory: a draft allocates its attribute map and link list only when it has some and can be
 * compacted into immutable copies; a {@link dev.flightpath.loaders.spans.StringInterner} (one per
 * load, no static cache) shares repeated text (trace ids, names, attribute keys and values);
 * a child's parent id is its parent's span id instance; the assembler lets each draft go as soon
 * as its span exists; messages index only the spans that consumers and links refer to. Every
 * attribute is kept (see the OTLP package for the reasons and the cost).
 *
 * <p>Ids: hex ids are lower-cased; OTLP's base64 ids become hex
 * ({@link dev.flightpath.loaders.spans.SpanIds}). Sampling weights come from the OpenTelemetry
 * {@code ot=th:} threshold, a sample-rate attribute or a sampler probability
 * ({@link dev.flightpath.loaders.spans.SamplingWeights}).
 *
 * <p>Malformed JSON is an {@link dev.flightpath.model.InputDataException}
 * {@code malformed JSON '<file>': line L, column C: <what>}; JSON of the wrong shape (an array
 * where the format has an object) is {@code invalid <format> JSON '<file>': line L, column C: ...}.
 */
package dev.flightpath.loaders.spans;
