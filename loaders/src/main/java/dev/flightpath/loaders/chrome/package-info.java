/**
 * Chrome Trace Event Format / Perfetto JSON ({@link dev.flightpath.model.InputFormat#CHROME_JSON}):
 * a bare array of events (its closing bracket may be missing, as the format allows) or an object
 * with {@code traceEvents}; {@code systemTraceEvents} and other top-level keys are skipped.
 *
 * <h2>Processes and threads</h2>
 * Every {@code pid} is an {@code OS_PROCESS} and every (pid, tid) a {@code THREAD} (external id
 * {@code pid/tid}), named by the {@code process_name} and {@code thread_name} metadata events
 * ({@code M}). <b>A span's process is its thread</b>: slices nest per thread and the thread is
 * what ran them; the OS process is reachable through the thread's external id.
 *
 * <h2>Spans</h2>
 * <ul>
 *   <li>The whole file is one trace, with trace id {@code chrome}; span ids are the slice's
 *       position in file order (1, 2, ...), and spans are listed in that order.</li>
 *   <li>{@code ts} and {@code dur} are (possibly fractional) microseconds on the trace's own
 *       clock, converted to nanoseconds; {@code displayTimeUnit} only changes how viewers show
 *       time and is ignored.</li>
 *   <li>Thread slices: {@code B}/{@code E} pairs matched as a stack per thread, and {@code X}
 *       complete events. After reading, each thread's slices are sorted by start and each gets the
 *       innermost slice enclosing its start as parent (so X events written after their children
 *       nest correctly). An E with nothing open is ignored ({@code unmatched-end}); a B never
 *       closed ends at the trace's last timestamp ({@code unterminated-slice}); a slice that starts
 *       inside another but ends after it keeps it as parent ({@code overlapping-slices}).</li>
 *   <li>Async slices: nestable {@code b}/{@code e} by category and id ({@code id}, or
 *       {@code id2.global}, or {@code id2.local} within the process), nested as a stack; legacy
 *       {@code S}/{@code F} by category, id and name. They run on the thread of their begin event
 *       and are not children of thread slices.</li>
 *   <li>Flows become {@link dev.flightpath.model.LinkKind#FLOW} links on the receiving slice and a
 *       message from the sending slice: v1 {@code s}/{@code t}/{@code f} by id,
 *       bound to the innermost slice enclosing them on their thread ({@code f} without
 *       {@code bp: "e"}: the next slice starting at or after it); v2 {@code bind_id} with
 *       {@code flow_out}/{@code flow_in} on the slice event itself.</li>
 *   <li>Kind INTERNAL; attributes {@code category} and the scalar {@code args.*}.</li>
 *   <li>Counters {@code C}, instants {@code i}/{@code I}/{@code n}, samples, object and mark
 *       events are only counted. Event counts are per phase ({@code ph:X}, {@code ph:B}, ...).</li>
 *   <li>Producer: {@code metadata.product-version}, {@code clientInfo.version} or
 *       {@code metadata.source}, else empty.</li>
 * </ul>
 */
package dev.flightpath.loaders.chrome;
