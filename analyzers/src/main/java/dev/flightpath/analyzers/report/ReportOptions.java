package dev.flightpath.analyzers.report;

import dev.flightpath.analyzers.check.rules.RuleSet;
import dev.flightpath.model.Recording;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report analyses besides the recording.
 *
 * @param file      the recording's file, as named on the command line
 * @param fromNanos the range to analyse, on the recording's clock ({@link Long#MIN_VALUE}: from the start)
 * @param toNanos   its end ({@link Long#MAX_VALUE}: to the end)
 * @param baseline  a recording to compare with ({@code --baseline})
 * @param rules     a rules file's rules to evaluate ({@code --rules})
 */
public record ReportOptions(Path file, long fromNanos, long toNanos, Optional<Baseline> baseline,
        Optional<Rules> rules) {

    /** A baseline recording and its file. */
    public record Baseline(Path file, Recording recording) {
        public Baseline {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(recording, "recording");
        }
    }

    /** Parsed rules and their file. */
    public record Rules(Path file, RuleSet rules) {
        public Rules {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(rules, "rules");
        }
    }

    public ReportOptions {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(rules, "rules");
    }

    /** The whole recording (or the range), without baseline or rules. */
    public static ReportOptions of(Path file, long fromNanos, long toNanos) {
        return new ReportOptions(file, fromNanos, toNanos, Optional.empty(), Optional.empty());
    }

    public ReportOptions withBaseline(Path baselineFile, Recording baselineRecording) {
        return new ReportOptions(file, fromNanos, toNanos, Optional.of(new Baseline(baselineFile, baselineRecording)),
                rules);
    }

    public ReportOptions withRules(Path rulesFile, RuleSet ruleSet) {
        return new ReportOptions(file, fromNanos, toNanos, baseline, Optional.of(new Rules(rulesFile, ruleSet)));
    }
}
