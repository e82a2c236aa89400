package dev.flightpath.analyzers.findings;

import dev.flightpath.analyzers.mailbox.Contributor;
import dev.flightpath.analyzers.mailbox.Episode;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.analyzers.mailbox.MailboxStats;
import dev.flightpath.analyzers.stats.DurationStats;
import dev.flightpath.model.format.UnitFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Mailboxes whose messages waited: one finding per mailbox, the {@value #MAX_FINDINGS} highest
 * scores.
 *
 * <p>Score: {@code ScoreRamp(10 ms, 100 ms)} of the mailbox's queue-wait p99 (enqueue to dequeue):
 * 25 at 10 ms, 75 at 100 ms, 100 from 200 ms. A mailbox with messages never dequeued scores at
 * least 25. Mailboxes that never held more than one message are left out.
 */
public final class MailboxBacklogRule implements FindingRule {
    static final int MAX_FINDINGS = 3;
    static final ScoreRamp RAMP = new ScoreRamp(10e6, 100e6);

    @Override
    public String id() {
        return "mailbox-backlog";
    }

    @Override
    public List<Finding> evaluate(FindingInputs inputs) {
        if (inputs.mailboxes().isEmpty()) {
            return List.of();
        }
        MailboxReport report = inputs.mailboxes().get();
        List<Finding> findings = new ArrayList<>();
        for (MailboxStats mailbox : report.mailboxes()) {
            if (mailbox.maxDepth() < 2) {
                continue;
            }
            findings.add(finding(mailbox, inputs));
        }
        findings.sort(Comparator.comparingInt(Finding::score).reversed());
        return findings.subList(0, Math.min(MAX_FINDINGS, findings.size()));
    }

    static int score(MailboxStats mailbox) {
        int score = RAMP.score(mailbox.queueWait().p99Nanos());
        return mailbox.leftAtEnd() > 0 ? Math.max(score, 25) : score;
    }

    private Finding finding(MailboxStats mailbox, FindingInputs inputs) {
        long startNanos = inputs.startNanos();
        Episode worst = mailbox.worstEpisode();
        StringBuilder statement = new StringBuilder("Mailbox ").append(name(mailbox)).append(" peaked at ")
                .append(UnitFormat.count(mailbox.maxDepth())).append(mailbox.maxDepth() == 1 ? " message" : " messages");
        if (inputs.inRecording(mailbox.maxDepthAtNanos())) {
            statement.append(" at ").append(FindingText.offset(mailbox.maxDepthAtNanos(), startNanos));
        }
        if (worst != null && !worst.ongoing() && worst.peakDepth() == mailbox.maxDepth()) {
            statement.append(" and took ").append(UnitFormat.duration(worst.endNanos() - worst.peakAtNanos()))
                    .append(" to drain");
        } else if (mailbox.leftAtEnd() > 0) {
            statement.append("; ").append(UnitFormat.count(mailbox.leftAtEnd())).append(" never left it");
        }
        DurationStats wait = mailbox.queueWait();
        if (wait.count() > 0) {
            statement.append("; messages waited up to ").append(UnitFormat.duration(wait.maxNanos()))
                    .append(" (p99 ").append(UnitFormat.duration(wait.p99Nanos())).append(')');
        }
        statement.append('.');
        List<String> evidence = new ArrayList<>();
        // No percentiles over zero observations.
        evidence.add(wait.count() == 0 ? "no message was taken from it: no queue wait to measure"
                : "queue wait over " + UnitFormat.count(wait.count()) + (wait.count() == 1 ? " message: p50 " : " messages: p50 ")
                + UnitFormat.duration(wait.p50Nanos()) + ", p99 " + UnitFormat.duration(wait.p99Nanos()) + ", max "
                + UnitFormat.duration(wait.maxNanos()));
        evidence.add(UnitFormat.count(mailbox.enqueued()) + " in, " + UnitFormat.count(mailbox.dequeued()) + " out, "
                + UnitFormat.count(mailbox.leftAtEnd()) + " left at the end; mean depth "
                + String.format(Locale.ROOT, "%.2f", mailbox.meanDepth()) + " messages");
        boolean timed = worst != null && inputs.inRecording(worst.startNanos()) && inputs.inRecording(worst.endNanos());
        if (timed) {
            evidence.add("worst episode " + FindingText.offset(worst.startNanos(), startNanos) + " to "
                    + FindingText.offset(worst.endNanos(), startNanos) + ": "
                    + String.format(Locale.ROOT, "%.0f in/s, %.0f out/s", worst.inPerSecond(), worst.outPerSecond()));
        }
        if (!mailbox.topSendersByWait().isEmpty()) {
            Contributor sender = mailbox.topSendersByWait().get(0);
            evidence.add("top sender by wait: " + (sender.name().isEmpty() ? "unknown" : sender.name()) + " ("
                    + UnitFormat.count(sender.count()) + " messages)");
        }
        if (mailbox.estimated()) {
            evidence.add("estimated: the messages are sampled and counted by their weight");
        }
        long from = timed ? worst.startNanos() : Long.MIN_VALUE;
        long to = timed ? worst.endNanos() : Long.MAX_VALUE;
        return new Finding(id(), score(mailbox), statement.toString(), evidence, "mailboxes", from, to);
    }

    /** "guild" when the mailbox is named after its process, else "orders of guild". */
    private static String name(MailboxStats mailbox) {
        return mailbox.mailbox().equals(mailbox.process()) ? mailbox.mailbox()
                : mailbox.mailbox() + " of " + mailbox.process();
    }
}
