package dev.flightpath.analyzers.findings;

import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.check.ConditionResult;
import dev.flightpath.analyzers.check.Verdict;
import dev.flightpath.analyzers.check.metrics.MetricUnit;
import dev.flightpath.model.format.UnitFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CI gate's verdicts on a rules file ({@code report --rules}), among the findings: one finding
 * per condition that did not pass in a group, or one saying that every condition passed.
 *
 * <p>Score: 100 for FAIL (the gate would fail the build), 75 for WARN (a rule of severity warn was
 * exceeded), 50 for INCONCLUSIVE (too little data, or a change against the baseline that is not
 * significant), 0 when every condition passed.
 */
public final class CheckVerdictRule implements FindingRule {
    static final int FAIL_SCORE = 100;
    static final int WARN_SCORE = 75;
    static final int INCONCLUSIVE_SCORE = 50;

    @Override
    public String id() {
        return "ci-gate";
    }

    @Override
    public List<Finding> evaluate(FindingInputs inputs) {
        if (inputs.checks().isEmpty()) {
            return List.of();
        }
        CheckResult checks = inputs.checks().get();
        List<Finding> findings = new ArrayList<>();
        for (ConditionResult result : checks.results()) {
            if (result.verdict() != Verdict.PASS && result.verdict() != Verdict.SKIPPED) {
                findings.add(finding(result));
            }
        }
        if (findings.isEmpty()) {
            long skipped = checks.count(Verdict.SKIPPED);
            long conditions = checks.results().size() - skipped;
            String statement = conditions == 1 ? "CI gate: the 1 condition passed" : "CI gate: all "
                    + UnitFormat.count(conditions) + " conditions passed";
            findings.add(Finding.whole(id(), 0, statement
                    + (checks.comparedWithBaseline() ? " against the baseline." : "")
                    + (skipped == 0 ? "" : " (" + UnitFormat.count(skipped) + (skipped == 1 ? " baseline condition" : " baseline conditions")
                            + " skipped: no baseline)")
                    + (checks.comparedWithBaseline() ? "" : "."),
                    List.of("alpha " + String.format(Locale.ROOT, "%.3g", checks.alpha())), "checks"));
        }
        return findings;
    }

    private Finding finding(ConditionResult result) {
        String subject = result.rule().selectorText() + " " + result.condition().text() + groupNotInSelector(result);
        StringBuilder statement = new StringBuilder("CI gate: ").append(subject);
        switch (result.verdict()) {
            case FAIL -> statement.append(" failed");
            case WARN -> statement.append(" warned");
            default -> statement.append(" was inconclusive (").append(result.message()).append(')');
        }
        if (result.verdict() != Verdict.INCONCLUSIVE && !Double.isNaN(result.observed())) {
            statement.append(": ").append(value(result.observed(), result.unit()));
            if (!Double.isNaN(result.baseline())) {
                statement.append(" against ").append(value(result.baseline(), result.unit())).append(" in the baseline");
            } else if (!Double.isNaN(result.limit())) {
                statement.append(", limit ").append(value(result.limit(), result.unit()));
            }
        }
        statement.append('.');
        List<String> evidence = new ArrayList<>();
        evidence.add(result.message());
        evidence.add(UnitFormat.count(result.events()) + (result.events() == 1 ? " observation" : " observations")
                + (result.windows() > 0 ? " in " + UnitFormat.count(result.windows()) + " windows" : ""));
        if (!Double.isNaN(result.adjustedPValue())) {
            evidence.add("per-window shift " + signed(result.shift(), result.unit()) + ", "
                    + String.format(Locale.ROOT, "%.3g", result.confidence() * 100) + "% interval ["
                    + signed(result.shiftLow(), result.unit()) + ", " + signed(result.shiftHigh(), result.unit())
                    + "], p " + String.format(Locale.ROOT, "%.3g", result.adjustedPValue()) + " after Holm's correction");
            evidence.add("whole-recording change " + signed(result.delta(), result.unit()));
        }
        evidence.add("rules file line " + result.condition().line());
        int score = switch (result.verdict()) {
            case FAIL -> FAIL_SCORE;
            case WARN -> WARN_SCORE;
            default -> INCONCLUSIVE_SCORE;
        };
        return Finding.whole(id(), score, statement.toString(), evidence, "checks");
    }

    /** " for {process="a"}": the group's labels that the selector does not already name, or "". */
    private static String groupNotInSelector(ConditionResult result) {
        StringBuilder labels = new StringBuilder();
        result.group().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(label -> {
            String text = label.getKey() + "=\"" + label.getValue() + "\"";
            if (!result.rule().selectorText().contains(text)) {
                labels.append(labels.length() == 0 ? " for {" : ", ").append(text);
            }
        });
        return labels.length() == 0 ? "" : labels.append('}').toString();
    }

    /** A value in its metric's unit: "1.63 s", "12%", "1,024". */
    static String value(double value, MetricUnit unit) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return switch (unit) {
            case NANOSECONDS -> UnitFormat.duration(Math.round(value));
            case RATIO -> FindingText.percent(value);
            case COUNT -> value == Math.rint(value) && Math.abs(value) < 1e15 ? UnitFormat.count((long) value)
                    : String.format(Locale.ROOT, "%.2f", value);
        };
    }

    private static String signed(double value, MetricUnit unit) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value < 0 ? "-∞" : "+∞";
        }
        return (value < 0 ? "-" : "+") + value(Math.abs(value), unit);
    }
}
