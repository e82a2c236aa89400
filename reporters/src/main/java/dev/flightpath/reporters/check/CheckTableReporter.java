package dev.flightpath.reporters.check;

import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.check.ConditionResult;
import dev.flightpath.analyzers.check.Verdict;
import dev.flightpath.reporters.terminal.TerminalStyle;
import java.io.PrintWriter;

/** One line per rule, group and condition: ✓ ✗ ? ! with the value, the limit and the change; a summary last. */
public final class CheckTableReporter {
    private final TerminalStyle style;

    public CheckTableReporter(TerminalStyle style) {
        this.style = style;
    }

    public void write(CheckResult check, PrintWriter out) {
        for (ConditionResult result : check.results()) {
            StringBuilder line = new StringBuilder(" ");
            line.append(mark(result.verdict())).append(' ');
            line.append(result.rule().selectorText());
            if (!result.group().isEmpty()) {
                line.append(' ').append(style.label(result.groupText()));
            }
            line.append("  ").append(result.condition().text());
            line.append("  ").append(style.label("observed ")).append(style.number(
                    CheckValues.format(result.observed(), result.unit())));
            if (!Double.isNaN(result.limit())) {
                line.append(style.label(", limit ")).append(CheckValues.format(result.limit(), result.unit()));
            }
            if (!Double.isNaN(result.baseline())) {
                line.append(style.label(", baseline ")).append(CheckValues.format(result.baseline(), result.unit()));
                line.append(style.label(", Δ ")).append(CheckValues.delta(result));
                if (!CheckValues.windowInterval(result).isEmpty()) {
                    line.append(style.label(", per-window Δ ")).append(CheckValues.windowInterval(result));
                }
                if (!Double.isNaN(result.adjustedPValue())) {
                    line.append(style.label(", p ")).append(CheckValues.pValue(result.adjustedPValue()));
                }
            }
            line.append(style.label("  (" + result.message() + ", " + result.events() + " events)"));
            out.println(line);
        }
        out.println();
        String summary = String.format(java.util.Locale.ROOT, "%d passed, %d failed, %d inconclusive, %d warnings",
                check.count(Verdict.PASS), check.count(Verdict.FAIL), check.count(Verdict.INCONCLUSIVE),
                check.count(Verdict.WARN));
        out.println(" " + verdictWord(check.overall()) + "  " + summary);
        out.flush();
    }

    private String mark(Verdict verdict) {
        switch (verdict) {
            case PASS: return style.good("✓");
            case FAIL: return style.bad("✗");
            case WARN: return style.warning("!");
            case INCONCLUSIVE: return style.warning("?");
            default: throw new IllegalStateException(verdict.name());
        }
    }

    private String verdictWord(Verdict verdict) {
        switch (verdict) {
            case PASS: return style.good("PASS");
            case FAIL: return style.bad("FAIL");
            case INCONCLUSIVE: return style.warning("INCONCLUSIVE");
            default: return verdict.name();
        }
    }
}
