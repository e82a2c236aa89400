/**
 * Exporters: a whole {@link dev.flightpath.model.Recording} written in a format another tool reads
 * ({@code flightpath convert}). Each exporter keeps what its target can hold and lists, in its
 * {@link dev.flightpath.reporters.export.ExportResult}, what it had to leave out, so the command
 * can say so on stderr.
 *
 * <ul>
 *   <li>{@link dev.flightpath.reporters.export.PprofExporter}: profile.proto, gzip-compressed; one
 *       count sample type per sample kind and a value type for kinds measured in bytes or
 *       nanoseconds; samples merged by (stack, thread) with a {@code thread} label; locations and
 *       functions deduplicated. Spans, messages, scheduling, pauses and CPU load are dropped.</li>
 *   <li>{@link dev.flightpath.reporters.export.SpeedscopeExporter}: speedscope's file-format
 *       schema; one sampled profile per (sample kind, thread), weights in the kind's unit; spans
 *       as evented profiles, one per process and lane of properly nested spans.</li>
 *   <li>{@link dev.flightpath.reporters.export.ChromeTraceExporter}: the Trace Event Format that
 *       Perfetto UI and chrome://tracing open; spans, messages (flows), scheduling, pauses,
 *       counters (mailbox depth, CPU load) and samples (instant events with stack frames).</li>
 *   <li>{@link dev.flightpath.reporters.export.OtlpJsonExporter}: OTLP JSON lines, one
 *       {@code ExportTraceServiceRequest} per line, spans grouped by process as resources.</li>
 * </ul>
 *
 * Times: exporters write the recording's own times (epoch nanoseconds, or the monotonic clock of a
 * BEAM trace) in the unit the target uses, computed from the {@code long} nanoseconds without
 * going through {@code double}.
 */
package dev.flightpath.reporters.export;
