package dev.flightpath.analyzers.report;

import dev.flightpath.analyzers.check.CheckResult;
import java.nio.file.Path;
import java.util.Objects;

/** The CI gate's verdicts on a rules file ({@code --rules}), against the baseline when there is one. */
public record RuleVerdicts(Path rulesFile, CheckResult result) {
    public RuleVerdicts {
        Objects.requireNonNull(rulesFile, "rulesFile");
        Objects.requireNonNull(result, "result");
    }
}
