package dev.flightpath.analyzers.findings;

import dev.flightpath.analyzers.summary.RecordingSummary;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.format.UnitFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * What limits the other findings: a truncated file, events the recorder dropped, sampled
 * messages, and the loader's warnings.
 *
 * <p>Scores: truncated, 50; dropped events, {@code ScoreRamp(0.1%, 5%)} of
 * {@code dropped / (events + dropped)}; sampled messages, 25; loader warnings, 10.
 */
public final class DataQualityRule implements FindingRule {
    static final ScoreRamp DROPPED = new ScoreRamp(0.001, 0.05);
    static final int TRUNCATED_SCORE = 50;
    static final int SAMPLED_SCORE = 25;
    static final int WARNINGS_SCORE = 10;

    @Override
    public String id() {
        return "data-quality";
    }

    @Override
    public List<Finding> evaluate(FindingInputs inputs) {
        RecordingSummary summary = inputs.summary();
        List<Finding> findings = new ArrayList<>();
        if (summary.truncated()) {
            findings.add(Finding.whole(id(), TRUNCATED_SCORE,
                    "The file ends early: only its complete part was read, so the end of the run is missing.",
                    List.of("format " + summary.format().cliName()), "header"));
        }
        if (summary.droppedEvents() > 0) {
            double share = summary.droppedEvents() / (double) (summary.totalEvents() + summary.droppedEvents());
            findings.add(Finding.whole(id(), DROPPED.score(share), "The recorder dropped "
                    + UnitFormat.count(summary.droppedEvents()) + " events (" + FindingText.percent(share)
                    + "): counts and depths are lower bounds.",
                    List.of(UnitFormat.count(summary.totalEvents()) + " events read"), "header"));
        }
        if (inputs.mailboxes().isPresent() && inputs.mailboxes().get().estimated()) {
            findings.add(Finding.whole(id(), SAMPLED_SCORE, "Messages are sampled: mailbox counts, depths and "
                    + "percentiles are estimates from the sampling weights.",
                    List.of(UnitFormat.count(summary.messages()) + " messages kept"), "mailboxes"));
        }
        if (!summary.warnings().isEmpty()) {
            List<String> evidence = new ArrayList<>();
            for (LoadWarning warning : summary.warnings()) {
                evidence.add(evidence(warning));
            }
            findings.add(Finding.whole(id(), WARNINGS_SCORE, "The loader handled " + summary.warnings().size()
                    + (summary.warnings().size() == 1 ? " kind" : " kinds") + " of odd input rather than failing.",
                    evidence, "header"));
        }
        return findings;
    }

    /**
     * The warning with its count in front, unless the loader's message says the count already:
     * it starts with it ("14 receive events match no traced send") or adds the rest ("… (and 4
     * more)"), so a count is said once.
     */
    static String evidence(LoadWarning warning) {
        String message = warning.message();
        boolean counted = (!message.isEmpty() && Character.isDigit(message.charAt(0))) || message.endsWith(" more)");
        return counted ? message : UnitFormat.count(warning.count()) + " × " + message;
    }
}
