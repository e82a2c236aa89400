package dev.flightpath.cli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a time offset such as {@code 250ms}, {@code 1.5s}, {@code 2m} or {@code 800us} as nanoseconds. */
final class OffsetConverter implements CommandLine.ITypeConverter<Long> {
    private static final Pattern OFFSET = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m|min|h)");

    @Override
    public Long convert(String value) {
        Matcher matcher = OFFSET.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a time offset; use a number and a unit: ns, us, ms, s, m or h (for example 1.5s)");
        }
        BigDecimal nanos = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(unitNanos(matcher.group(2))));
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too large");
        }
        return nanos.longValue();
    }

    private static long unitNanos(String unit) {
        switch (unit) {
            case "ns":
                return 1L;
            case "us":
            case "µs":
                return 1_000L;
            case "ms":
                return 1_000_000L;
            case "s":
                return 1_000_000_000L;
            case "m":
            case "min":
                return 60_000_000_000L;
            default:
                return 3_600_000_000_000L;
        }
    }
}
