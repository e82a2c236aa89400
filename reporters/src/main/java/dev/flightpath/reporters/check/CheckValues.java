package dev.flightpath.reporters.check;

import dev.flightpath.analyzers.check.ConditionResult;
import dev.flightpath.analyzers.check.metrics.MetricUnit;
import dev.flightpath.reporters.terminal.Units;
import java.util.Locale;

/** Formats a check's values in their unit: durations, percentages, counts. */
final class CheckValues {
    private CheckValues() {
    }

    static String format(double value, MetricUnit unit) {
        if (Double.isNaN(value)) {
            return "–";
        }
        switch (unit) {
            case NANOSECONDS:
                return Units.duration(Math.round(value));
            case RATIO:
                return String.format(Locale.ROOT, "%.2f%%", value * 100);
            case COUNT:
                return value == Math.rint(value) && Math.abs(value) < 1e15
                        ? Units.count((long) value) : String.format(Locale.ROOT, "%.2f", value);
            default:
                throw new IllegalStateException(unit.name());
        }
    }

    /** The raw whole-recording change (observed - baseline), "+1.20 ms", or "" without a baseline. */
    static String delta(ConditionResult result) {
        return Double.isNaN(result.delta()) ? "" : signed(result.delta(), result.unit());
    }

    /** The Hodges–Lehmann shift of the per-window values, "+650 ms", or "" when not tested. */
    static String shift(ConditionResult result) {
        return Double.isNaN(result.shift()) ? "" : signed(result.shift(), result.unit());
    }

    /** Its interval at the test's Holm-adjusted level, "[+427 ms, +875 ms]", or "". */
    static String shiftInterval(ConditionResult result) {
        if (Double.isNaN(result.shiftLow())) {
            return "";
        }
        return "[" + signed(result.shiftLow(), result.unit()) + ", " + signed(result.shiftHigh(), result.unit()) + "]";
    }

    /** The interval's two-sided confidence, "90%", "97.5%", or "". */
    static String confidence(ConditionResult result) {
        if (Double.isNaN(result.confidence())) {
            return "";
        }
        double percent = result.confidence() * 100;
        return (percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f", percent)
                : String.format(Locale.ROOT, "%.3g", percent)) + "%";
    }

    /** "per-window shift +650 ms, 90% CI [+427 ms, +875 ms], p 0.00166", or "" when not tested: the three figures. */
    static String comparison(ConditionResult result) {
        if (Double.isNaN(result.shift())) {
            return "";
        }
        return "per-window shift " + shift(result) + ", " + confidence(result) + " CI " + shiftInterval(result)
                + ", p " + pValue(result.adjustedPValue());
    }

    /** "N passed, N failed, N inconclusive, N warnings" and, when any, "N skipped"; singular where one. */
    static String counts(dev.flightpath.analyzers.check.CheckResult check) {
        long skipped = check.count(dev.flightpath.analyzers.check.Verdict.SKIPPED);
        long warnings = check.count(dev.flightpath.analyzers.check.Verdict.WARN);
        return String.format(Locale.ROOT, "%d passed, %d failed, %d inconclusive, %d %s",
                check.count(dev.flightpath.analyzers.check.Verdict.PASS), check.count(dev.flightpath.analyzers.check.Verdict.FAIL),
                check.count(dev.flightpath.analyzers.check.Verdict.INCONCLUSIVE), warnings, warnings == 1 ? "warning" : "warnings")
                + (skipped == 0 ? "" : ", " + skipped + " skipped");
    }

    /** "windows of 60 ms, chosen from the recordings (the shorter / 50)", or "" without a baseline. */
    static String window(dev.flightpath.analyzers.check.CheckResult check) {
        if (!check.comparedWithBaseline() || check.windowNanos() <= 0) {
            return "";
        }
        return "windows of " + Units.duration(check.windowNanos())
                + (check.windowChosen() ? ", chosen from the recordings (the shorter / 50, 10 ms to 1 s)" : ", from the rules' settings");
    }

    static String signed(double value, MetricUnit unit) {
        if (Double.isInfinite(value)) {
            return value < 0 ? "-∞" : "+∞";
        }
        String formatted = format(Math.abs(value), unit);
        return (value < 0 ? "-" : "+") + formatted;
    }

    static String pValue(double p) {
        return Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.3g", p);
    }
}
