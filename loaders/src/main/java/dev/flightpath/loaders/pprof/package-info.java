/**
 * pprof profiles ({@link dev.flightpath.model.InputFormat#PPROF}): profile.proto, gzip-compressed
 * as Go, pprof-rs, py-spy, Node's pprof and async-profiler write it, or uncompressed
 * ({@code .pprof}). Decoded with protobuf-java's {@code CodedInputStream} field by field.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>Sample types become sample kinds as {@code SampleTypeMapping} says: CPU ({@code samples},
 *       or wall-clock when the period type is {@code wall}), allocation bytes
 *       ({@code alloc_space}), lock delay ({@code delay}), and flightpath's own names as
 *       {@code convert} writes them. Types with no kind ({@code inuse_space}, …) are left out with
 *       an {@code unread-sample-type} warning.</li>
 *   <li>A pprof sample counted n times gives n rows (so {@code flame}, {@code hot} and
 *       {@code check cpu.share} count as for JFR); its bytes or nanoseconds are split over them so
 *       totals stay exact. Rows take the profile's {@code time_nanos}: pprof keeps no time per
 *       sample.</li>
 *   <li>Stacks: a location's lines innermost first (inlined frames {@code INLINED}), locations
 *       leaf first; a location without lines is its address, {@code NATIVE}.</li>
 *   <li>Threads: a {@code thread} (or {@code thread_name}) string label is a {@code THREAD}
 *       process; samples without one have no thread.</li>
 *   <li>Event counts: {@code pprof.sample}. Producer: the profile's comments.</li>
 * </ul>
 */
package dev.flightpath.loaders.pprof;
