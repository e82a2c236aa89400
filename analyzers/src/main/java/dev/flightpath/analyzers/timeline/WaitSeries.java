package dev.flightpath.analyzers.timeline;

/**
 * Waits of one kind per timeline window, each in the window in which it ended.
 *
 * @param name  what the waits are: {@code scheduler} (all scheduler latencies: runnable to
 *              running), {@code lock}, or a pause kind
 * @param waits the waits per window and bucket
 */
public record WaitSeries(String name, WindowHistogram waits) {
}
