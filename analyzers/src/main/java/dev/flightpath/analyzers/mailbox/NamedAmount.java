package dev.flightpath.analyzers.mailbox;

/**
 * A name and how much of something it accounts for: nanoseconds for spans, samples for frames.
 */
public record NamedAmount(String name, long amount) {
}
