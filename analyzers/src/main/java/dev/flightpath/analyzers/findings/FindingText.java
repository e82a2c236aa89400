package dev.flightpath.analyzers.findings;

import java.util.Locale;

/**
 * Numbers in findings' sentences that are theirs alone: offsets from the start, percentages and ratios.
 * Durations and counts are written by {@link dev.flightpath.model.format.UnitFormat}, as everywhere else.
 */
final class FindingText {
    private FindingText() {
    }

    /** An offset from the recording start: "+0.21 s", "+1.50 s". */
    static String offset(long nanos, long startNanos) {
        return String.format(Locale.ROOT, "+%.2f s", (nanos - startNanos) / 1e9);
    }

    /** 0.314 → "31%"; below 10% one decimal: 0.093 → "9.3%". */
    static String percent(double fraction) {
        double percent = fraction * 100;
        return percent < 10 ? String.format(Locale.ROOT, "%.1f%%", percent) : String.format(Locale.ROOT, "%.0f%%", percent);
    }

    /** 12.4 → "12×". */
    static String times(double ratio) {
        return ratio < 10 ? String.format(Locale.ROOT, "%.1f×", ratio) : String.format(Locale.ROOT, "%.0f×", ratio);
    }
}
