package dev.flightpath.analyzers.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recording cut into equal windows, with what happened in each: the shared time axis of the
 * report. Window {@code i} covers {@code [startNanos + i × windowNanos, startNanos + (i+1) × windowNanos)};
 * events before the start are in window 0 and after the end in the last.
 *
 * @param startNanos  the recording start
 * @param endNanos    the recording end
 * @param windowNanos the width of a window
 * @param windows     how many windows
 * @param mailboxes   the worst mailboxes, in the mailbox analysis's order
 * @param waits       scheduler latency, lock waits and pauses, those present
 * @param samples     stack samples per kind present
 * @param groupWaits  the waits of chosen latency groups (see {@link LatencyWindowsAnalyzer}); may be empty
 * @param cpuLoad     the mean CPU load per window, when the recording has CPU load readings
 */
public record Timeline(long startNanos, long endNanos, long windowNanos, int windows, List<MailboxSeries> mailboxes,
        List<WaitSeries> waits, List<SampleSeries> samples, List<GroupWaitSeries> groupWaits,
        Optional<CpuLoadSeries> cpuLoad) {

    public Timeline {
        mailboxes = List.copyOf(mailboxes);
        waits = List.copyOf(waits);
        samples = List.copyOf(samples);
        groupWaits = List.copyOf(groupWaits);
        Objects.requireNonNull(cpuLoad, "cpuLoad");
    }

    /** Without CPU load. */
    public Timeline(long startNanos, long endNanos, long windowNanos, int windows, List<MailboxSeries> mailboxes,
            List<WaitSeries> waits, List<SampleSeries> samples, List<GroupWaitSeries> groupWaits) {
        this(startNanos, endNanos, windowNanos, windows, mailboxes, waits, samples, groupWaits, Optional.empty());
    }

    /** Without latency groups or CPU load. */
    public Timeline(long startNanos, long endNanos, long windowNanos, int windows, List<MailboxSeries> mailboxes,
            List<WaitSeries> waits, List<SampleSeries> samples) {
        this(startNanos, endNanos, windowNanos, windows, mailboxes, waits, samples, List.of());
    }

    /** The same timeline with these latency groups' waits. */
    public Timeline withGroupWaits(List<GroupWaitSeries> groups) {
        return new Timeline(startNanos, endNanos, windowNanos, windows, mailboxes, waits, samples, groups, cpuLoad);
    }

    /** The window of a time, clamped to the timeline. */
    public int windowOf(long nanos) {
        if (nanos <= startNanos) {
            return 0;
        }
        long offset = nanos - startNanos;
        if (offset < 0) { // overflowed: nanos and startNanos are more than 2^63 ns apart
            return windows - 1;
        }
        return (int) Math.min(windows - 1, offset / windowNanos);
    }
}
