package dev.flightpath.reporters.terminal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and times as people read them: Locale.ROOT, UTC, units spelled out. */
public final class Units {
    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Units() {
    }

    /** 1234567 → "1,234,567". */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Epoch nanoseconds → "2022-09-21 18:39:21.123 UTC". */
    public static String utcTime(long epochNanos) {
        return UTC_SECONDS.format(instant(epochNanos)) + " UTC";
    }

    /** Epoch nanoseconds → ISO-8601 UTC with nanoseconds, "2022-09-21T18:39:21.123456789Z". */
    public static String isoUtc(long epochNanos) {
        return DateTimeFormatter.ISO_INSTANT.format(instant(epochNanos));
    }

    public static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    /**
     * A duration with a unit that suits its size: "850 ns", "12.3 µs", "4.56 ms", "10.02 s", "1 h 02 min".
     * Three significant figures in µs and ms, moving to the next unit where they would round to 1000
     * (999,700 ns is "1.00 ms"). The report's and the viewers' {@code web/format.js} follows the
     * same rules ({@code UnitsAgreementTest}).
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

    /**
     * A time as an offset from an origin (the recording start), in seconds with microseconds:
     * "+1.234567 s". For times on a monotonic clock, which must never be shown as dates.
     */
    public static String offset(long nanos, long originNanos) {
        long delta = nanos - originNanos;
        return String.format(Locale.ROOT, "%s%d.%06d s", delta < 0 ? "-" : "+", Math.abs(delta) / 1_000_000_000L,
                Math.abs(delta) % 1_000_000_000L / 1_000L);
    }

    /** 0.1234 → "12.3%". */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
