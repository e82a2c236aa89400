package dev.flightpath.analyzers.check.rules;

import dev.flightpath.analyzers.check.metrics.MetricUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers with units in rules: "5ms", "200us", "15%", "10000", "1.5s". */
public final class Quantities {
    private static final Pattern QUANTITY = Pattern.compile("([0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*([a-zµ%]*)");

    private Quantities() {
    }

    /**
     * Parses a quantity into the base unit of {@code unit}: nanoseconds, a fraction, or a count.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    static double parse(String text, MetricUnit unit) {
        Matcher matcher = QUANTITY.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a number with its unit, found '" + text.trim() + "'");
        }
        double number = Double.parseDouble(matcher.group(1));
        String suffix = matcher.group(2).toLowerCase(Locale.ROOT);
        switch (unit) {
            case NANOSECONDS:
                return number * nanosPer(suffix, text);
            case RATIO:
                if (!suffix.equals("%")) {
                    throw new IllegalArgumentException("'" + text.trim() + "' needs a percent sign (for example 15%)");
                }
                return number / 100.0;
            case COUNT:
                if (!suffix.isEmpty()) {
                    throw new IllegalArgumentException("'" + text.trim() + "' is a count and takes no unit");
                }
                return number;
            default:
                throw new IllegalStateException(unit.name());
        }
    }

    /** A duration such as a window length: "1s", "500ms". */
    static long parseDurationNanos(String text) {
        return Math.round(parse(text, MetricUnit.NANOSECONDS));
    }

    /** A duration as a rules file writes it, in the largest unit that keeps it whole: "15s", "100ms", "250us". */
    public static String formatDuration(long nanos) {
        if (nanos != 0 && nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + "s";
        }
        if (nanos != 0 && nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + "ms";
        }
        if (nanos != 0 && nanos % 1_000L == 0) {
            return nanos / 1_000L + "us";
        }
        return nanos + "ns";
    }

    private static double nanosPer(String suffix, String text) {
        switch (suffix) {
            case "ns": return 1;
            case "us":
            case "µs": return 1e3;
            case "ms": return 1e6;
            case "s": return 1e9;
            case "m":
            case "min": return 60e9;
            case "h": return 3600e9;
            case "":
                throw new IllegalArgumentException("'" + text.trim() + "' is a duration and needs a unit (ns, us, ms, s, min)");
            default:
                throw new IllegalArgumentException("unknown unit '" + suffix + "' in '" + text.trim()
                        + "' (durations take ns, us, ms, s, min)");
        }
    }
}
