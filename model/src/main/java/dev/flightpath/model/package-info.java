/**
 * The trace model: one format-independent shape for everything flightpath reads.
 *
 * <p>Loaders turn a file into a {@link dev.flightpath.model.Recording}; analysers read it and never
 * see the file format. Every time is a {@code long} of nanoseconds, named with its unit
 * ({@code startNanos}); for JFR and span data it counts from the Unix epoch, for BEAM traces it is
 * the node's own (possibly negative, monotonic) clock. Processes are referred to by a dense
 * {@code int} id, the index into {@link dev.flightpath.model.Recording#processes()}.
 *
 * <h2>Size: what is stored how, and why</h2>
 * A recording with 10 million samples or messages has to fit in memory, so the kinds of data that
 * come in millions are stored by column in primitive arrays, not as one object per row:
 * <ul>
 *   <li><b>Stack samples</b> ({@link dev.flightpath.model.SampleTable}, 25 bytes a sample) refer to
 *       stacks by id. Frames and stacks are interned once in the
 *       {@link dev.flightpath.model.StackTable}: a profile has millions of samples but only
 *       thousands of distinct stacks. Samples are kept (not only aggregated) because time filters
 *       ({@code --from/--to}) and the report's timeline need each sample's time and thread.</li>
 *   <li><b>Messages</b> ({@link dev.flightpath.model.MessageTable}, 32 bytes a message) with
 *       mailbox and type names interned; send times, weights and handling spans take 8, 8 and 4
 *       bytes more each, only in tables where some message has one that differs from the default
 *       (sent when enqueued, weight 1, no span). Mailbox analyses sweep them in time order, which
 *       needs them all at once; at 10 million messages from flightpath's recorder that is about
 *       320 MB.</li>
 *   <li><b>Scheduling intervals</b> ({@link dev.flightpath.model.SchedulingTable}, 36 bytes each).</li>
 *   <li><b>Runtime pauses</b> ({@link dev.flightpath.model.PauseTable}, 21 bytes each): GC pauses,
 *       safepoints and time to safepoint of a JVM, each a kind, a process (-1: the whole runtime),
 *       a start and a duration.</li>
 *   <li><b>CPU load readings</b> ({@link dev.flightpath.model.CpuLoadTable}, 32 bytes each): a
 *       time and the JVM's user, JVM's system and machine's total share of CPU time, NaN where the
 *       recording lacked a field. JFR takes one a second, so even a day is under 3 MB.</li>
 *   <li><b>Spans</b> are records ({@link dev.flightpath.model.Span}) because the critical-path
 *       analysis walks them as trees with their names and attributes; loaders keep only the
 *       attributes flightpath uses, so a span costs a few hundred bytes.</li>
 *   <li><b>Event counts</b> are streamed: loaders count events as they pass and keep only the
 *       totals.</li>
 * </ul>
 * The row accessors ({@code get(int)}) build a record on demand for readable code; hot loops use
 * the column accessors. A loader that already holds a table's columns at their final size hands
 * them over whole ({@code MessageTable.ofColumns}, {@code SchedulingTable.ofColumns}); a builder
 * told its row count ({@code new MessageTable.Builder(rows)}) fills arrays of exactly that size and
 * builds without a copy.
 */
package dev.flightpath.model;
