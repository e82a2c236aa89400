package dev.flightpath.analyzers.mailbox;

import dev.flightpath.model.RecordingInfo.TimeBase;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@code flightpath mailbox}.
 *
 * @param windowStartNanos    the start of the analysed window
 * @param windowEndNanos      its end (exclusive)
 * @param recordingStartNanos the recording's start, from which reports give offsets
 * @param timeBase            what the times count from: with {@link TimeBase#MONOTONIC} they are
 *                            on the recorder's monotonic clock and only differences mean anything
 * @param overDepth        the depth threshold of episodes and {@link MailboxStats#timeOverNanos()}
 * @param estimated        some message had a sampling weight other than 1, so counts, depths
 *                         and percentiles are estimates
 * @param neverReceived    messages (weighted) for the selected receivers sent in the window that
 *                         never entered a mailbox within the recording (no enqueue time): not in
 *                         any mailbox's depth, waits or counts
 * @param mailboxes        every mailbox with messages in the window, worst first: mailboxes with a
 *                         dequeue seen before those without ({@link MailboxStats#dequeueSeen()}),
 *                         then {@link MailboxStats#queuedMessageNanos()} descending, then process
 *                         and mailbox name
 */
public record MailboxReport(
        long windowStartNanos,
        long windowEndNanos,
        long recordingStartNanos,
        TimeBase timeBase,
        long overDepth,
        boolean estimated,
        long neverReceived,
        List<MailboxStats> mailboxes) {

    public MailboxReport {
        Objects.requireNonNull(timeBase, "timeBase");
        mailboxes = List.copyOf(mailboxes);
    }

    /** The same report with only the {@code n} worst mailboxes; estimated only if one of them is. */
    public MailboxReport top(int n) {
        List<MailboxStats> kept = mailboxes.subList(0, Math.min(Math.max(0, n), mailboxes.size()));
        return new MailboxReport(windowStartNanos, windowEndNanos, recordingStartNanos, timeBase, overDepth,
                kept.stream().anyMatch(MailboxStats::estimated), neverReceived, kept);
    }

    public long windowNanos() {
        return windowEndNanos - windowStartNanos;
    }
}
