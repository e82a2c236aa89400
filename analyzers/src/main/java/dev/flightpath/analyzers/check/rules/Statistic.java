package dev.flightpath.analyzers.check.rules;

import java.util.Locale;

/**
 * What a condition measures over a group's observations.
 *
 * @param kind       the statistic
 * @param percentile for {@link Kind#PERCENTILE}, the percentile in (0, 100]; else 0
 */
public record Statistic(Kind kind, double percentile) {
    public enum Kind { PERCENTILE, MAX, MIN, AVG, COUNT, VALUE }

    @Override
    public String toString() {
        if (kind == Kind.PERCENTILE) {
            double rounded = Math.rint(percentile);
            return "p(" + (rounded == percentile ? Long.toString((long) rounded) : Double.toString(percentile)) + ")";
        }
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
