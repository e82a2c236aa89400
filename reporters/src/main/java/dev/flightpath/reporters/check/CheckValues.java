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

    /** "+1.20 ms", or "" without a baseline. */
    static String delta(ConditionResult result) {
        return Double.isNaN(result.delta()) ? "" : signed(result.delta(), result.unit());
    }

    /**
     * The 95% bootstrap interval of the change in the mean per-window statistic (the windows are
     * what the test compares), "[-0.10 ms, +2.40 ms]", or "".
     */
    static String windowInterval(ConditionResult result) {
        if (Double.isNaN(result.deltaLow())) {
            return "";
        }
        return "[" + signed(result.deltaLow(), result.unit()) + ", " + signed(result.deltaHigh(), result.unit()) + "]";
    }

    static String signed(double value, MetricUnit unit) {
        String formatted = format(Math.abs(value), unit);
        return (value < 0 ? "-" : "+") + formatted;
    }

    static String pValue(double p) {
        return Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.3g", p);
    }
}
