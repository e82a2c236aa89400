package dev.flightpath.model.format;

import java.util.Locale;

/** Durations and counts as people read them: Locale.ROOT, units spelled out. */
public final class UnitFormat {
    private UnitFormat() {
    }

    /** 1234567 → "1,234,567". */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * A duration with a unit that suits its size: "850 ns", "12.3 µs", "4.56 ms", "10.02 s", "1 h 02 min".
     * Three significant figures in µs and ms, moving to the next unit where they would round to 1000
     * (999,700 ns is "1.00 ms"). The reporters' {@code web/format.js} follows the same rules
     * ({@code UnitsAgreementTest} in reporters).
     */
    public static String duration(long nanos) {
        long abs = Math.abs(nanos);
        if (abs < 1_000) {
            return nanos + " ns";
        }
        if (abs < 999_500) {
            return significant3(nanos / 1e3) + " µs";
        }
        if (abs < 999_500_000) {
            return significant3(nanos / 1e6) + " ms";
        }
        if (abs < 3_600_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
        long minutes = abs / 60_000_000_000L;
        return String.format(Locale.ROOT, "%s%d h %02d min", nanos < 0 ? "-" : "", minutes / 60, minutes % 60);
    }

    /** Three significant figures of a value from 1 to under 999.5: "1.23", "12.3", "123" (rounded half up). */
    private static String significant3(double value) {
        double abs = Math.abs(value);
        return String.format(Locale.ROOT, abs >= 99.95 ? "%.0f" : abs >= 9.995 ? "%.1f" : "%.2f", value);
    }
}
