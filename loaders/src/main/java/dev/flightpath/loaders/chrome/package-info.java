/**
 * Chrome Trace Event Format / Perfetto JSON ({@link dev.flightpath.model.InputFormat#CHROME_JSON}):
 * a bare array of events (its closing bracket may be missing, as the format allows) or an object
 * with {@code traceEvents}; {@code systemTraceEvents} gives scheduling intervals (below) when the
 * {@code LoadRequest} asks for {@code DataKind.SCHEDULING}; other top-level keys are skipped.
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
 *   <li>Thread slices: {@code B}/{@code E} pairs matched as a stack per thread in timestamp order
 *       (file order on ties; writers need not write in time order), an E with a name closing the
 *       innermost open slice of that name, and {@code X} complete events. After reading, each thread's slices are sorted by start and each gets the
 *       innermost slice enclosing its start as parent (so X events written after their children
 *       nest correctly). An E with nothing open is ignored ({@code unmatched-end}); a B never
 *       closed ends at the trace's last timestamp ({@code unterminated-slice}); a slice that starts
 *       inside another but ends after it keeps it as parent ({@code overlapping-slices}).</li>
 *   <li>Async slices: nestable {@code b}/{@code e} by category and id ({@code id}, or
 *       {@code id2.global}, or {@code id2.local} within the process), nested as a stack; legacy
 *       {@code S}/{@code F} by category, id and name; both matched in timestamp order. They run on the thread of their begin event
 *       and are not children of thread slices.</li>
 *   <li>Flows become {@link dev.flightpath.model.LinkKind#FLOW} links on the receiving slice and a
 *       message from the sending slice: v1 {@code s}/{@code t}/{@code f} by id,
 *       bound to the innermost slice enclosing them on their thread ({@code f} without
 *       {@code bp: "e"}: the next slice starting at or after it); v2 {@code bind_id} with
 *       {@code flow_out}/{@code flow_in} on the slice event itself. One link per hop, as Perfetto's
 *       flow table: an end links from the latest start or step of its id, which stays the
 *       source, so one start with several ends gives a link to each (see {@link
 *       dev.flightpath.loaders.chrome.FlowLinker}).</li>
 *   <li>Kind INTERNAL; attributes {@code category} and the scalar {@code args.*}.</li>
 *   <li>Counters {@code C}, instants {@code i}/{@code I}/{@code n}, samples, object and mark
 *       events are only counted. Event counts are per phase ({@code ph:X}, {@code ph:B}, ...).</li>
 *   <li>Producer: {@code metadata.product-version}, {@code clientInfo.version} or
 *       {@code metadata.source}, else empty.</li>
 * </ul>
 *
 * <h2>Scheduling: {@code systemTraceEvents}</h2>
 * A string of ftrace text, as Android systrace/atrace captures write it: lines
 * {@code comm-tid [( tgid)] [cpu] [flags] seconds.fraction: event: fields}. The task is everything
 * up to the first {@code -<digits>} followed by the optional tgid column and the {@code [cpu]}
 * column, so {@code kworker/0:1-events-123 [000]} is tid 123 (in practice the last dash before the
 * CPU column). Lines starting with {@code #} and blank lines are headers. Read only when
 * scheduling is asked for; otherwise skipped unread. Every event is counted as
 * {@code systrace:<event>}; these are read:
 * <ul>
 *   <li>A thread (tid) is a {@code THREAD} process, external id the tid, named by the last comm an
 *       event's fields give it ({@code prev_comm}, {@code next_comm}, {@code comm}; a new thread
 *       has its parent's comm until it names itself). Threads appear once they have an interval.
 *       They are not the {@code traceEvents} threads ({@code pid/tid}), even with the same tid.
 *       pid 0 (swapper, idle) is no process.</li>
 *   <li>The scheduler is the CPU of the {@code sched_switch} line.</li>
 *   <li>{@code sched_switch}: the interval of {@code prev_pid} on this CPU ends; {@code next_pid}
 *       runs from now. A switch-out with {@code prev_state} {@code R} or {@code R+} (preempted)
 *       leaves the thread runnable from now; any other state (S, D, I, X, ...) not runnable.</li>
 *   <li>{@code sched_waking}, {@code sched_wakeup}, {@code sched_wakeup_new}: the thread ({@code pid})
 *       is runnable from the earliest of them since it last ran. {@code sched_waking} is written
 *       when the wake-up starts, before {@code sched_wakeup}, and is what Perfetto uses when it is
 *       present; with the earliest kept, it wins whenever it is there. A wake-up of a running
 *       thread and {@code success=0} (older kernels: it was runnable already) change nothing.</li>
 *   <li>An interval's {@code runnableSinceNanos} is the runnable time before its switch-in, or
 *       {@link dev.flightpath.model.Message#NEVER} when the text does not say (the thread's first
 *       switch-in).</li>
 *   <li>Intervals still open at the end are closed at the text's last event. A thread switched out
 *       before any switch-in (running when the capture began) and a thread runnable that never ran
 *       give no interval. Intervals are listed in the order they ended.</li>
 *   <li>A missing switch (perf and ftrace lose events when their buffers fill; perf inside a
 *       container misses switches away from tasks outside it): when a CPU's switch-out names
 *       another thread than the one it last switched in, or a running thread is switched in or out
 *       elsewhere, the open interval whose end is unknown is dropped; warning
 *       {@code systrace-missing-switch}.</li>
 *   <li>Clocks: ftrace times are seconds on the kernel's trace clock, {@code ts} microseconds on
 *       the trace's. A line {@code tracing_mark_write: trace_event_clock_sync: parent_ts=S} says
 *       its own ftrace time is S seconds on the {@code traceEvents} clock; the first such marker
 *       moves every ftrace time by {@code S - its time} (catapult's rule; later markers are only
 *       counted). Markers are outside the time order and range: Perfetto's JSON export writes
 *       {@code parent_ts=0} at time 0 after the last event. Without one both are taken as the same clock (on Linux both are normally the
 *       monotonic clock). The recording's start and duration cover the spans and the systrace
 *       events; with systrace events and no spans its time base is {@code MONOTONIC}.</li>
 * </ul>
 * Bad text never fails the load; each kind is one warning naming the string's position in the file
 * and the first line number, with a count: {@code systrace-unparsed-line} (not an event line, a
 * truncated line, a timestamp above 4e9 s or with more than 9 fraction digits, a negative number,
 * an id beyond an int, {@code sched_switch}/wake-up fields that cannot be read),
 * {@code systrace-time-backwards} (earlier than the line before; ftrace text is in time order),
 * {@code systrace-long-line} (more than 65,536 characters; not kept in memory),
 * {@code systrace-not-text} ({@code systemTraceEvents} is not a string, as in Fuchsia traces). A
 * string cut off by the end of the file is malformed JSON (error with line and column, exit 1).
 *
 * <h2>Memory</h2>
 * The string is never held whole. Jackson's {@code JsonParser.getText(Writer)} would not do: it
 * gathers the whole value in its text buffer before writing it (measured: a 225 MB systrace of
 * 1.5 M switches fails in {@code -Xmx256m}). So the loader reads the value itself from the file,
 * from the opening quote's byte offset, decoding JSON escapes a 64 K buffer at a time into the
 * line splitter, while Jackson skips the value (checking it: a malformed string is still a JSON
 * error with its position). The same file then loads in {@code -Xmx256m} (peak RSS 332 MB against
 * 644 MB); what remains is the model (36 bytes an interval). When the parser gives no byte offset,
 * {@code getText(Writer)} is the fallback. Strings of up to 2^30 characters are accepted
 * (Jackson's default limit, 20 M, is less than many captures).
 */
package dev.flightpath.loaders.chrome;
