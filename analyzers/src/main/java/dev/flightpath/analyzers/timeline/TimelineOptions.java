package dev.flightpath.analyzers.timeline;

/**
 * How fine the timeline is.
 *
 * @param maxWindows   at most this many windows across the recording (the width is the smallest
 *                     1, 2 or 5 × 10^k nanoseconds, at least 1 µs, that gives no more)
 * @param topMailboxes how many of the worst mailboxes get depth series
 */
public record TimelineOptions(int maxWindows, int topMailboxes) {
    public TimelineOptions {
        if (maxWindows < 1 || topMailboxes < 0) {
            throw new IllegalArgumentException("maxWindows must be at least 1 and topMailboxes not negative");
        }
    }

    /** 200 windows, 10 mailboxes (the mailbox table's rows). */
    public static TimelineOptions defaults() {
        return new TimelineOptions(200, 10);
    }
}
