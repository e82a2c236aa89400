package dev.flightpath.analyzers.mailbox;

import java.util.regex.Pattern;

/**
 * What {@link MailboxAnalyzer} looks at.
 *
 * @param processFilter    keep mailboxes whose receiving process's name or external id contains a
 *                         match ({@link java.util.regex.Matcher#find()}); null keeps all
 * @param fromNanos        window start on the recording's clock; {@link Long#MIN_VALUE} = the
 *                         recording's start
 * @param toNanos          window end (exclusive); {@link Long#MAX_VALUE} = the recording's end
 * @param overDepth        the depth threshold: time above it is reported, and an episode is a
 *                         stretch with depth strictly above it
 * @param sparklineBuckets how many time buckets the depth sparkline has
 * @param topContributors  how many senders and message types to list per mailbox
 */
public record MailboxOptions(
        Pattern processFilter, long fromNanos, long toNanos, long overDepth, int sparklineBuckets, int topContributors) {

    public MailboxOptions {
        if (overDepth < 0) {
            throw new IllegalArgumentException("overDepth must not be negative: " + overDepth);
        }
        if (sparklineBuckets < 1) {
            throw new IllegalArgumentException("sparklineBuckets must be at least 1: " + sparklineBuckets);
        }
        if (topContributors < 0) {
            throw new IllegalArgumentException("topContributors must not be negative: " + topContributors);
        }
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException("the window ends before it starts");
        }
    }

    /** Everything: all processes, the whole recording, threshold 0, 40 sparkline buckets, top 5. */
    public static MailboxOptions defaults() {
        return new MailboxOptions(null, Long.MIN_VALUE, Long.MAX_VALUE, 0, 40, 5);
    }

    public MailboxOptions withProcessFilter(Pattern filter) {
        return new MailboxOptions(filter, fromNanos, toNanos, overDepth, sparklineBuckets, topContributors);
    }

    public MailboxOptions withWindow(long from, long to) {
        return new MailboxOptions(processFilter, from, to, overDepth, sparklineBuckets, topContributors);
    }

    public MailboxOptions withOverDepth(long over) {
        return new MailboxOptions(processFilter, fromNanos, toNanos, over, sparklineBuckets, topContributors);
    }
}
