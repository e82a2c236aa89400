package dev.flightpath.analyzers.report;

import dev.flightpath.analyzers.findings.Finding;
import dev.flightpath.analyzers.latency.LatencyReport;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.analyzers.summary.RecordingSummary;
import dev.flightpath.analyzers.timeline.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the post-mortem report shows, as result records.
 *
 * @param file          the recording's file
 * @param summary       what is in it
 * @param coverage      what data it had and lacked
 * @param findings      ranked findings
 * @param timeline      the shared time axis and its per-window series
 * @param selectionFromNanos the analysed range's start ({@code --from}), or {@link Long#MIN_VALUE}
 * @param selectionToNanos   its end ({@code --to}), or {@link Long#MAX_VALUE}
 * @param mailboxes     the worst mailboxes, when the recording has messages
 * @param latency       the worst latency groups, when it has scheduling intervals or waits
 * @param flames        flame graphs and hot methods
 * @param criticalPaths critical paths, when it has spans
 * @param baseline      the comparison with a baseline, when one was given
 * @param verdicts      the rules' verdicts, when rules were given
 */
public record ReportAnalysis(Path file, RecordingSummary summary, List<CoverageItem> coverage, List<Finding> findings,
        Timeline timeline, long selectionFromNanos, long selectionToNanos, Optional<MailboxReport> mailboxes,
        Optional<LatencyReport> latency, FlameGraphs flames, Optional<CriticalPaths> criticalPaths,
        Optional<BaselineFigures> baseline, Optional<RuleVerdicts> verdicts) {

    public ReportAnalysis {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(summary, "summary");
        coverage = List.copyOf(coverage);
        findings = List.copyOf(findings);
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(mailboxes, "mailboxes");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(flames, "flames");
        Objects.requireNonNull(criticalPaths, "criticalPaths");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(verdicts, "verdicts");
    }
}
