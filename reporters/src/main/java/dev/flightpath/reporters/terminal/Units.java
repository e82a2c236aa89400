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

    /** A duration with a unit that suits its size: "850 ns", "12.3 µs", "4.56 ms", "10.02 s", "1 h 02 min". */
    public static String duration(long nanos) {
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
        if (abs < 3_600_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
        long minutes = abs / 60_000_000_000L;
        return String.format(Locale.ROOT, "%s%d h %02d min", nanos < 0 ? "-" : "", minutes / 60, minutes % 60);
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
