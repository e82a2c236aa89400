package dev.flightpath.analyzers.findings;

import java.util.Locale;

/** Numbers in findings' sentences: Locale.ROOT, units spelled out, times as offsets from the start. */
final class FindingText {
    private FindingText() {
    }

    /** "850 ns", "12.3 µs", "4.56 ms", "10.0 s". */
    static String duration(long nanos) {
        long abs = Math.abs(nanos);
        if (abs < 1_000) {
            return nanos + " ns";
        }
        if (abs < 1_000_000) {
            return String.format(Locale.ROOT, "%.3g µs", nanos / 1e3);
        }
        if (abs < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.3g ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
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

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
