package dev.flightpath.reporters.terminal;

/** A horizontal bar of full blocks with an eighth-block tail, proportional to value / max. */
public final class Bar {
    private static final char[] EIGHTHS = {'▏', '▎', '▍', '▌', '▋', '▊', '▉'};

    private Bar() {
    }

    /** A bar at most {@code width} cells long; a positive value always shows at least an eighth. */
    public static String of(long value, long max, int width) {
        if (value <= 0 || max <= 0) {
            return "";
        }
        long eighths = Math.max(1, Math.round(value * 8.0 * width / max));
        StringBuilder bar = new StringBuilder("█".repeat((int) (eighths / 8)));
        if (eighths % 8 != 0) {
            bar.append(EIGHTHS[(int) (eighths % 8) - 1]);
        }
        return bar.toString();
    }
}
