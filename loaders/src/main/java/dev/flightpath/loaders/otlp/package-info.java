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
 * <h2>Reading</h2>
 * Spans are streamed: {@code OtlpSpanReader} takes each span's fields from the tokens as a JSON
 * object would give them (a repeated field's last value, null as absent, lowerCamelCase before
 * snake_case) and interprets them at the span's end, so results and warnings are those of reading
 * the span as a tree; only resources, unusual attribute values (arrays, kvlists, several union
 * fields) and scalar fields holding objects are read as small trees. Trace ids, span names,
 * attribute keys and string values are interned per load, straight from the parser's buffer.
 *
 * <p>All attributes are kept. flightpath itself reads only {@code service.name} (grouping by
 * service), {@code messaging.destination.name} and {@code messaging.operation.type} (messages)
 * and the sample-rate attributes (weights), but the loaders' contract and tests give every
 * attribute to library users, and with interned keys and values an attribute costs one entry of
 * an immutable map per span (the benchmark's one attribute: about 24 bytes).
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
 *   <li>A link's kind comes from its {@code opentracing.ref_type} attribute
 *       ({@code follows_from}, {@code child_of}, {@code flow}: what {@code flightpath convert} and
 *       the OpenTelemetry Jaeger translator write), else it is a plain
 *       {@link dev.flightpath.model.LinkKind#LINK}; its other attributes and traceState are not
 *       kept. A follows-from or flow link makes a message, as in the source format. Span events
 *       are counted ({@code span.event}), not kept.</li>
 *   <li>Sampling weight: the span's {@code traceState} {@code ot=th:<hex>} threshold
 *       (weight 1/(1 - T/2^56)), else a {@code SampleRate}-style attribute.</li>
 *   <li>Event counts: {@code span}, {@code span.event}, {@code link}. Producer:
 *       {@code telemetry.sdk.name}-{@code language} {@code version} of the first resource that
 *       has it.</li>
 *   <li>A CONSUMER span that links to (or is the child of) a PRODUCER span makes a message.</li>
 * </ul>
 */
package dev.flightpath.loaders.otlp;
