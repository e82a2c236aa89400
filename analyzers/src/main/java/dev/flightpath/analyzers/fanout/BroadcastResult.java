package dev.flightpath.analyzers.fanout;

import java.util.List;

/**
 * One broadcast, measured. Times are relative to {@code sendNanos}, the first copy's enqueue; a
 * copy arrives at its dequeue, or at the end of its handling where no dequeue is traced
 * ({@code fromHandled}).
 *
 * @param sender            the sending process
 * @param operation         the message type or operation
 * @param rule              the rule that found it
 * @param size              copies sent (N)
 * @param sendNanos         the first copy's enqueue, on the recording's clock
 * @param toFirstNanos      send to the first recipient's arrival, or {@link #UNKNOWN}
 * @param toMedianNanos     send to the median recipient's arrival (lower median), or {@link #UNKNOWN}
 * @param toLastNanos       send to the last recipient's arrival, or {@link #UNKNOWN}
 * @param toLastHandledNanos send to the last end of handling, or {@link #UNKNOWN}
 * @param fromHandled       whether some arrival is an end of handling (no dequeue traced)
 * @param undelivered       copies with neither a dequeue nor an end of handling in the recording
 * @param slowestRecipients the recipients that got it last, slowest first
 * @param handlingWorkNanos total handling time of all copies (dequeue to end of handling)
 * @param weight            how many broadcasts it stands for: the mean weight of its copies
 */
public record BroadcastResult(String sender, String operation, DetectionRule rule, int size, long sendNanos,
        long toFirstNanos, long toMedianNanos, long toLastNanos, long toLastHandledNanos, boolean fromHandled,
        int undelivered, List<RecipientDelay> slowestRecipients, long handlingWorkNanos, double weight) {

    /** A time that is not known (nothing arrived, or nothing was handled). */
    public static final long UNKNOWN = -1;

    public BroadcastResult {
        slowestRecipients = List.copyOf(slowestRecipients);
    }

    public boolean delivered() {
        return toLastNanos != UNKNOWN;
    }
}
