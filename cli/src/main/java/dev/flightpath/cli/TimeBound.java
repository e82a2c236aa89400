package dev.flightpath.cli;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A point in a recording as given on the command line: an absolute ISO time
 * ({@code 2023-08-03T04:53:05Z}; without an offset it is UTC), an offset from the start
 * ({@code 10s}, {@code 500ms}) or, negative, an offset from the end ({@code -5s}).
 */
record TimeBound(Anchor anchor, long nanos) {
    enum Anchor { ABSOLUTE, FROM_START, FROM_END }

    /** A number and a unit; the units are those of rule files too (ns, us, ms, s, m or min, h). */
    private static final Pattern OFFSET = Pattern.compile("(-)?(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m|min|h)");
    /** Offsets up to about 146 years: the sum with a recording's start stays in range. */
    private static final BigDecimal MAX_OFFSET_NANOS = BigDecimal.valueOf(Long.MAX_VALUE / 2);

    /** Epoch nanoseconds, given the recording's start and end. */
    long resolve(long startNanos, long endNanos) {
        switch (anchor) {
            case FROM_START: return startNanos + nanos;
            case FROM_END: return endNanos - nanos;
            default: return nanos;
        }
    }

    static TimeBound parse(String text) {
        Matcher offset = OFFSET.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (offset.matches()) {
            BigDecimal amount = new BigDecimal(offset.group(2)).multiply(BigDecimal.valueOf(unitNanos(offset.group(3))));
            if (amount.compareTo(MAX_OFFSET_NANOS) > 0) {
                throw new IllegalArgumentException("'" + text + "' is too large an offset");
            }
            long nanos = amount.longValue();
            return new TimeBound(offset.group(1) != null ? Anchor.FROM_END : Anchor.FROM_START, nanos);
        }
        try {
            Instant instant;
            try {
                instant = OffsetDateTime.parse(text.trim()).toInstant();
            } catch (DateTimeException e) {
                instant = LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC);
            }
            return new TimeBound(Anchor.ABSOLUTE, Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L),
                    instant.getNano()));
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("not a time: '" + text + "'; use an ISO time (2023-08-03T04:53:05Z), "
                    + "an offset from the start (10s, 500ms, 2min; units ns, us, ms, s, m or min, h) or from the end (-5s)");
        }
    }

    private static long unitNanos(String unit) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "ns": return 1L;
            case "us":
            case "µs": return 1_000L;
            case "ms": return 1_000_000L;
            case "s": return 1_000_000_000L;
            case "m":
            case "min": return 60_000_000_000L;
            default: return 3_600_000_000_000L;
        }
    }

    static final class Converter implements CommandLine.ITypeConverter<TimeBound> {
        @Override
        public TimeBound convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** A length of time ({@code 1ms}, {@code 2.5s}): the offset grammar without a sign or an ISO time. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            TimeBound bound;
            try {
                bound = parse(value);
            } catch (IllegalArgumentException e) {
                bound = null;
            }
            if (bound == null || bound.anchor() != Anchor.FROM_START) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a duration; use a number and a unit: ns, us, ms, s, m or min, h (for example 1.5s)");
            }
            return bound.nanos();
        }
    }
}
