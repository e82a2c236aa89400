package dev.flightpath.reporters.check;

import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.check.ConditionResult;
import dev.flightpath.analyzers.check.Verdict;
import java.io.PrintWriter;
import java.util.Locale;

/** A Markdown table for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}. */
public final class CheckMarkdownReporter {
    public void write(CheckResult check, PrintWriter out) {
        out.println("### flightpath check: " + emoji(check.overall()) + " " + check.overall().name());
        out.println();
        out.println(CheckValues.counts(check) + (CheckValues.window(check).isEmpty() ? "" : "; " + CheckValues.window(check)));
        out.println();
        boolean baseline = check.comparedWithBaseline();
        out.println(baseline ? "| | rule | group | condition | observed | limit | baseline | whole-recording change "
                + "| per-window shift | CI | p | note |"
                : "| | rule | group | condition | observed | limit | note |");
        out.println(baseline ? "|---|---|---|---|---:|---:|---:|---:|---:|---|---:|---|" : "|---|---|---|---|---:|---:|---|");
        for (ConditionResult result : check.results()) {
            StringBuilder row = new StringBuilder("| ").append(emoji(result.verdict())).append(" | ");
            row.append(cell(result.rule().selectorText())).append(" | ").append(cell(result.groupText())).append(" | ");
            row.append(cell(result.condition().text())).append(" | ");
            row.append(CheckValues.format(result.observed(), result.unit())).append(" | ");
            row.append(CheckValues.format(result.limit(), result.unit())).append(" | ");
            if (baseline) {
                row.append(CheckValues.format(result.baseline(), result.unit())).append(" | ");
                row.append(cell(CheckValues.delta(result))).append(" | ");
                row.append(cell(CheckValues.shift(result))).append(" | ");
                row.append(cell(CheckValues.shiftInterval(result).isEmpty() ? ""
                        : CheckValues.confidence(result) + " " + CheckValues.shiftInterval(result))).append(" | ");
                row.append(CheckValues.pValue(result.adjustedPValue())).append(" | ");
            }
            row.append(cell(result.message())).append(" |");
            out.println(row);
        }
        out.flush();
    }

    private static String emoji(Verdict verdict) {
        switch (verdict) {
            case PASS: return "✅";
            case FAIL: return "❌";
            case WARN: return "⚠️";
            case INCONCLUSIVE: return "❔";
            case SKIPPED: return "⏭️";
            default: throw new IllegalStateException(verdict.name());
        }
    }

    /** Escapes what would break a table cell. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "\\`");
    }
}
