/**
 * OTLP JSON ({@link dev.flightpath.model.InputFormat#OTLP_JSON}).
 *
 * <h2>Accepted shapes</h2>
 * <ul>
 *   <li>A TracesData / ExportTraceServiceRequest object {@code {"resourceSpans": [...]}}, or several
 *       of them one per line (the Collector's file exporter writes JSON lines). When the file ends
 *       inside a later line (an exporter stopped mid-write), the complete lines are read, the
 *       recording is marked truncated and a {@code truncated} warning says so.</li>
 *   <li>Grafana Tempo's {@code {"batches": [...]}} and Jaeger api_v3's
 *       {@code {"result": {"resourceSpans": [...]}}}.</li>
 *   <li>Field names in lowerCamelCase or snake_case; {@code scopeSpans} or the older
 *       {@code instrumentationLibrarySpans}.</li>
 * </ul>
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>Each resource's {@code service.name} attribute is a {@code SERVICE} process (resources
 *       without one share {@code unknown_service}); resources with the same name share a process.</li>
 *   <li>Ids: hex (lower-cased) or proto3-JSON base64 (a 24-character trace id or 12-character span
 *       id is converted to hex). An all-zero or absent {@code parentSpanId} means a root.</li>
 *   <li>Times: {@code startTimeUnixNano}/{@code endTimeUnixNano} as strings or numbers; a missing
 *       one is 0 with a {@code missing-field} warning.</li>
 *   <li>{@code kind} and {@code status.code} as integers or enum names ({@code SPAN_KIND_SERVER},
 *       {@code STATUS_CODE_ERROR}).</li>
 *   <li>Attributes: stringValue, intValue (string or number), doubleValue, boolValue, bytesValue
 *       (kept as base64 text), arrayValue (a list of scalars); a kvlistValue is flattened into
 *       dotted keys.</li>
 *   <li>Links become {@link dev.flightpath.model.LinkKind#LINK} links; their attributes and
 *       traceState are not kept. Span events are counted ({@code span.event}), not kept.</li>
 *   <li>Sampling weight: the span's {@code traceState} {@code ot=th:<hex>} threshold
 *       (weight 1/(1 - T/2^56)), else a {@code SampleRate}-style attribute.</li>
 *   <li>Event counts: {@code span}, {@code span.event}, {@code link}. Producer:
 *       {@code telemetry.sdk.name}-{@code language} {@code version} of the first resource that
 *       has it.</li>
 *   <li>A CONSUMER span that links to (or is the child of) a PRODUCER span makes a message.</li>
 * </ul>
 */
package dev.flightpath.loaders.otlp;
