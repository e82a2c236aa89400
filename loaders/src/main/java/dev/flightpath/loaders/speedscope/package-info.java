/**
 * speedscope files ({@link dev.flightpath.model.InputFormat#SPEEDSCOPE}): the JSON of speedscope's
 * published file-format schema, read whole as a tree. Sampled profiles become stack samples of a
 * thread named after the profile ({@code SampledProfileReader}); evented profiles become spans
 * ({@code EventedProfileReader}). speedscope keeps no wall-clock time: sample rows are at time 0
 * and span times count from the profile's start, on a {@code MONOTONIC} time base when there are
 * no spans. Event counts: {@code speedscope.sample}, {@code speedscope.event}.
 */
package dev.flightpath.loaders.speedscope;
