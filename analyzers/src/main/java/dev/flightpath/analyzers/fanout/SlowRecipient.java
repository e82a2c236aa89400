package dev.flightpath.analyzers.fanout;

/**
 * A recipient that was often the last to get a broadcast.
 *
 * @param recipient the receiving mailbox or destination
 * @param timesLast broadcasts (of two copies or more) it got last, weighted by sampling
 * @param share     timesLast over all such broadcasts that arrived, weighted likewise (0–1)
 */
public record SlowRecipient(String recipient, double timesLast, double share) {
}
