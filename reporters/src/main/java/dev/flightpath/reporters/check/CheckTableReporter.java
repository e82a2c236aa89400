package dev.flightpath.reporters.check;

import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.check.ConditionResult;
import dev.flightpath.analyzers.check.Verdict;
import dev.flightpath.reporters.terminal.TerminalStyle;
import dev.flightpath.reporters.terminal.Units;
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
            if (result.verdict() == Verdict.SKIPPED) {
                line.append(style.label("  (" + result.message() + ")"));
                out.println(line);
                continue;
            }
            line.append("  ").append(style.label("observed ")).append(style.number(
                    CheckValues.format(result.observed(), result.unit())));
            if (!Double.isNaN(result.limit())) {
                line.append(style.label(", limit ")).append(CheckValues.format(result.limit(), result.unit()));
            }
            if (!Double.isNaN(result.baseline())) {
                line.append(style.label(", baseline ")).append(CheckValues.format(result.baseline(), result.unit()));
                line.append(style.label(" (whole recording Δ ")).append(CheckValues.delta(result)).append(style.label(")"));
                if (!CheckValues.comparison(result).isEmpty()) {
                    line.append(style.label(", ")).append(CheckValues.comparison(result));
                }
            }
            line.append(style.label("  (" + result.message()
                    + (result.verdict() == Verdict.SKIPPED ? ")" : ", " + Units.count(result.events())
                            + (result.events() == 1 ? " event)" : " events)"))));
            out.println(line);
        }
        out.println();
        if (!CheckValues.window(check).isEmpty()) {
            out.println(" " + style.label(CheckValues.window(check)));
        }
        out.println(" " + verdictWord(check.overall()) + "  " + CheckValues.counts(check));
        out.flush();
    }

    private String mark(Verdict verdict) {
        switch (verdict) {
            case PASS: return style.good("✓");
            case FAIL: return style.bad("✗");
            case WARN: return style.warning("!");
            case INCONCLUSIVE: return style.warning("?");
            case SKIPPED: return style.label("-");
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
