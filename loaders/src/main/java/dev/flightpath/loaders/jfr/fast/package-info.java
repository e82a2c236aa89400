/**
 * The fast path for JFR stack samples: a reader of the chunk format (metadata, constant pools,
 * sample events) that needs no {@code jdk.jfr.consumer}, runs per chunk in parallel and merges in
 * file order, so ids come out as the consumer path gives them. It fails with an
 * {@code UnsupportedLayoutException} on anything it does not handle, and the caller falls back to
 * the consumer (see {@link dev.flightpath.loaders.jfr}). Depends on the model only.
 */
package dev.flightpath.loaders.jfr.fast;
