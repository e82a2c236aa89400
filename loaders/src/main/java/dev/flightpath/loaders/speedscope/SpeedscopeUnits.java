package dev.flightpath.loaders.speedscope;

/** speedscope's value units: how many nanoseconds one is, for the time units. */
final class SpeedscopeUnits {
    private SpeedscopeUnits() {
    }

    /** Nanoseconds per unit, or 0 for {@code none}, {@code bytes} and units speedscope does not define. */
    static double nanosPer(String unit) {
        if (unit == null) {
            return 0;
        }
        switch (unit) {
            case "nanoseconds":
                return 1;
            case "microseconds":
                return 1e3;
            case "milliseconds":
                return 1e6;
            case "seconds":
                return 1e9;
            default:
                return 0;
        }
    }
}
