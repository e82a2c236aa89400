package dev.flightpath.analyzers.flame;

/**
 * One method's weight.
 *
 * @param name        the frame name, as the options name frames
 * @param selfWeight  weight of the samples whose leaf is this method
 * @param totalWeight weight of the samples with this method anywhere in the stack (once per stack)
 */
public record HotMethod(String name, long selfWeight, long totalWeight) {
}
