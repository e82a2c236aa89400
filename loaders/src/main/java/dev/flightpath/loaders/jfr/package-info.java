/**
 * JFR recordings. {@link dev.flightpath.loaders.jfr.JfrLoader} reads a file by three paths:
 * <ol>
 *   <li>The <b>chunk scanner</b> ({@code JfrChunkScanner}) always runs first: it reads the chunk
 *       headers, finds truncated and corrupt chunks, and, when counts are wanted, walks each chunk's
 *       records by their size prefixes to count events per type as {@code jfr summary} does.</li>
 *   <li>The <b>fast sample reader</b> ({@code jfr.fast}) runs when a request wants stack samples
 *       and nothing else (flame, hot): it parses the chunks' metadata and sample events itself, in
 *       parallel. On anything it does not handle it gives up and the consumer path runs.</li>
 *   <li>The <b>{@code jdk.jfr.consumer} collectors</b> run for everything else (messages and
 *       scheduling from flightpath's recorder, pauses, CPU load, and samples when the fast path
 *       cannot): one {@code EventStream} over the complete chunks, with one collector per kind.</li>
 * </ol>
 * Depends on the model, {@code loaders} and {@code jdk.jfr}.
 */
package dev.flightpath.loaders.jfr;
