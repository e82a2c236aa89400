package dev.flightpath.analyzers.check.rules;

/**
 * The right-hand side of a condition, in the metric's base unit (nanoseconds, a fraction, a
 * count): {@code offset} alone, or {@code baseline * factor + offset} when relative.
 */
public record Limit(boolean relative, double factor, double offset) {
    public static Limit absolute(double value) {
        return new Limit(false, 0, value);
    }

    public double resolve(double baselineValue) {
        return relative ? baselineValue * factor + offset : offset;
    }
}
