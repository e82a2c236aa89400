package dev.flightpath.analyzers.flame;

/** One line of a folded-stacks file: frames root first joined with ';', and their weight. */
public record FoldedStack(String stack, long weight) {
}
