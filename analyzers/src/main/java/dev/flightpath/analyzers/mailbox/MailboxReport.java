package dev.flightpath.analyzers.mailbox;

import java.util.List;

/**
 * The result of {@code flightpath mailbox}.
 *
 * @param windowStartNanos the start of the analysed window
 * @param windowEndNanos   its end (exclusive)
 * @param overDepth        the depth threshold of episodes and {@link MailboxStats#timeOverNanos()}
 * @param estimated        some message had a sampling weight other than 1, so counts, depths
 *                         and percentiles are estimates
 * @param mailboxes        every mailbox with messages in the window, worst first
 *                         ({@link MailboxStats#queuedMessageNanos()} descending, then process and
 *                         mailbox name)
 */
public record MailboxReport(
        long windowStartNanos, long windowEndNanos, long overDepth, boolean estimated, List<MailboxStats> mailboxes) {

    public MailboxReport {
        mailboxes = List.copyOf(mailboxes);
    }

    /** The same report with only the {@code n} worst mailboxes; estimated only if one of them is. */
    public MailboxReport top(int n) {
        List<MailboxStats> kept = mailboxes.subList(0, Math.min(Math.max(0, n), mailboxes.size()));
        return new MailboxReport(windowStartNanos, windowEndNanos, overDepth,
                kept.stream().anyMatch(MailboxStats::estimated), kept);
    }

    public long windowNanos() {
        return windowEndNanos - windowStartNanos;
    }
}
