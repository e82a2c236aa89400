package dev.flightpath.analyzers.findings;

import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.flame.HotMethods;
import dev.flightpath.analyzers.latency.LatencyReport;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.analyzers.summary.RecordingSummary;
import dev.flightpath.model.PauseTable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result records the finding rules read.
 *
 * @param summary   what the recording holds
 * @param mailboxes the mailbox analysis (every mailbox), when the recording has messages
 * @param latency   the latency analysis by process (every group), when it has scheduling or lock data
 * @param hot       hot methods per sample kind present, by sample count
 * @param pauses    the recording's runtime pauses (GC, safepoints), or {@link PauseTable#empty()}
 * @param criticalPaths the critical-path analysis (every contribution), when the recording has spans
 * @param checks    the CI gate's verdicts on a rules file, when one was given
 */
public record FindingInputs(RecordingSummary summary, Optional<MailboxReport> mailboxes,
        Optional<LatencyReport> latency, List<HotMethods> hot, PauseTable pauses,
        Optional<CriticalPathReport> criticalPaths, Optional<CheckResult> checks) {

    public FindingInputs {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(mailboxes, "mailboxes");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(pauses, "pauses");
        Objects.requireNonNull(criticalPaths, "criticalPaths");
        Objects.requireNonNull(checks, "checks");
        hot = List.copyOf(hot);
    }

    /** Inputs without a CI gate's verdicts. */
    public FindingInputs(RecordingSummary summary, Optional<MailboxReport> mailboxes,
            Optional<LatencyReport> latency, List<HotMethods> hot, PauseTable pauses,
            Optional<CriticalPathReport> criticalPaths) {
        this(summary, mailboxes, latency, hot, pauses, criticalPaths, Optional.empty());
    }

    /** Inputs without runtime pauses or spans. */
    public FindingInputs(RecordingSummary summary, Optional<MailboxReport> mailboxes,
            Optional<LatencyReport> latency, List<HotMethods> hot) {
        this(summary, mailboxes, latency, hot, PauseTable.empty(), Optional.empty());
    }

    public long startNanos() {
        return summary.startNanos();
    }

    /** Whether a time lies within the recording (so it can be shown as an offset from its start). */
    public boolean inRecording(long nanos) {
        return nanos >= summary.startNanos() && nanos - summary.startNanos() <= summary.durationNanos();
    }
}
