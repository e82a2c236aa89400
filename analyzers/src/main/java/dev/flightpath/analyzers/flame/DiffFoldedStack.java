package dev.flightpath.analyzers.flame;

/** One line of a differential folded-stacks file: the path, its baseline and its current weight. */
public record DiffFoldedStack(String stack, long baselineWeight, long currentWeight) {
}
