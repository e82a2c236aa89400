package dev.flightpath.reporters.terminal;

import dev.flightpath.model.format.UnitFormat;
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

    /** 1234567 → "1,234,567" ({@link UnitFormat#count}). */
    public static String count(long value) {
        return UnitFormat.count(value);
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
     * The rules live in {@link UnitFormat#duration}, which the findings' sentences use too; the
     * report's and the viewers' {@code web/format.js} follows them ({@code UnitsAgreementTest}).
     */
    public static String duration(long nanos) {
        return UnitFormat.duration(nanos);
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
