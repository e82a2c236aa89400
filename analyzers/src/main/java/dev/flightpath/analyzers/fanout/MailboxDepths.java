package dev.flightpath.analyzers.fanout;

import dev.flightpath.model.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many messages were waiting in a mailbox at a moment: those enqueued strictly before it
 * minus those dequeued at or before it (never below 0). Built from every message of a mailbox,
 * not only the broadcasts' copies, so a backlog of other traffic shows.
 */
final class MailboxDepths {
    private final Map<String, long[][]> timesByMailbox = new HashMap<>();

    /** Collects enqueue and dequeue times per mailbox, then sorts them. */
    static final class Builder {
        private final Map<String, List<long[]>> pairs = new HashMap<>();

        /** One message: its enqueue time and its dequeue time ({@link Message#NEVER} when never). */
        Builder add(String mailbox, long enqueueNanos, long dequeueNanos) {
            if (enqueueNanos != Message.NEVER) {
                pairs.computeIfAbsent(mailbox, m -> new ArrayList<>()).add(new long[] {enqueueNanos, dequeueNanos});
            }
            return this;
        }

        MailboxDepths build() {
            MailboxDepths depths = new MailboxDepths();
            pairs.forEach((mailbox, list) -> {
                long[] enqueues = new long[list.size()];
                long[] dequeues = new long[list.size()];
                int dequeued = 0;
                for (int i = 0; i < list.size(); i++) {
                    enqueues[i] = list.get(i)[0];
                    if (list.get(i)[1] != Message.NEVER) {
                        dequeues[dequeued++] = list.get(i)[1];
                    }
                }
                Arrays.sort(enqueues);
                long[] sortedDequeues = Arrays.copyOf(dequeues, dequeued);
                Arrays.sort(sortedDequeues);
                depths.timesByMailbox.put(mailbox, new long[][] {enqueues, sortedDequeues});
            });
            return depths;
        }
    }

    /** Messages waiting in {@code mailbox} just before {@code nanos}. */
    long depthBefore(String mailbox, long nanos) {
        long[][] times = timesByMailbox.get(mailbox);
        if (times == null || nanos == Message.NEVER) {
            return 0;
        }
        long enqueuedBefore = countBelow(times[0], nanos);
        long dequeuedBy = countBelow(times[1], nanos == Long.MAX_VALUE ? nanos : nanos + 1);
        return Math.max(0, enqueuedBefore - dequeuedBy);
    }

    /** How many of the sorted values are below {@code limit}. */
    private static int countBelow(long[] sorted, long limit) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < limit) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
