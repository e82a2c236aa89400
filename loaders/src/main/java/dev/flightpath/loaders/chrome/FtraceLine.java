package dev.flightpath.loaders.chrome;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event line of ftrace text: {@code comm-tid [( tgid)] [cpu] [flags] seconds.fraction: event: fields}.
 *
 * @param tid        the thread that was running when the event was written (the task column)
 * @param cpu        the CPU column
 * @param timeNanos  the timestamp, seconds on the kernel's trace clock, as nanoseconds
 * @param event      the event name ({@code sched_switch})
 * @param fields     the rest of the line after {@code event: }
 */
record FtraceLine(int tid, int cpu, long timeNanos, String event, String fields) {
    /** Timestamps above this many seconds (about 126 years of uptime) are absurd. */
    static final long MAX_SECONDS = 4_000_000_000L;

    /*
     * The task is everything up to the first "-<digits>" followed by the optional tgid column and
     * the [cpu] column: "kworker/0:1-events-123 [000]" is comm "kworker/0:1-events", tid 123. The
     * leading blanks are trimmed before matching, so the pattern never backtracks over them.
     */
    private static final Pattern LINE = Pattern.compile(
            "(.+?)-(\\d+)\\s+(?:\\(\\s*(?:\\d+|-+)\\s*\\)\\s+)?\\[(\\d+)\\]\\s+(?:[^\\s:]{4,5}\\s+)?"
                    + "(\\d+)\\.(\\d+):\\s+(\\w+):\\s?(.*)");

    /** The parse of {@code text}, or null when it is not an ftrace event line or has absurd numbers. */
    static FtraceLine parse(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        Matcher m = LINE.matcher(text);
        m.region(start, text.length());
        if (!m.matches()) {
            return null;
        }
        int tid = parseInt(m.group(2));
        int cpu = parseInt(m.group(3));
        long timeNanos = secondsToNanos(m.group(4), m.group(5));
        if (tid < 0 || cpu < 0 || timeNanos < 0) {
            return null;
        }
        return new FtraceLine(tid, cpu, timeNanos, m.group(6), m.group(7));
    }

    /** A non-negative decimal int, or -1 when it has more digits than an int holds. */
    static int parseInt(String digits) {
        if (digits.length() > 10) {
            return -1;
        }
        long value = Long.parseLong(digits);
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    /**
     * {@code whole.fraction} seconds as nanoseconds (fraction digits past the ninth dropped), or
     * -1 when there are more than {@link #MAX_SECONDS} seconds or more than nine fraction digits.
     */
    static long secondsToNanos(String whole, String fraction) {
        if (whole.length() > 10 || fraction.isEmpty() || fraction.length() > 9) {
            return -1;
        }
        long seconds = Long.parseLong(whole);
        if (seconds > MAX_SECONDS) {
            return -1;
        }
        long nanos = Long.parseLong(fraction);
        for (int i = fraction.length(); i < 9; i++) {
            nanos *= 10;
        }
        return seconds * 1_000_000_000L + nanos;
    }

    /**
     * The value of {@code key=} in {@code fields} up to the next blank, or null. The key must
     * start the fields or follow a blank ({@code pid=} does not match inside {@code prev_pid=}).
     */
    static String value(String fields, String key) {
        int at = keyStart(fields, key, 0);
        if (at < 0) {
            return null;
        }
        int from = at + key.length() + 1;
        int end = fields.indexOf(' ', from);
        return fields.substring(from, end < 0 ? fields.length() : end);
    }

    /**
     * The text after {@code key=} up to {@code " " + nextKey + "="}: a comm, which may hold
     * blanks. Null when either is missing.
     */
    static String valueBefore(String fields, String key, String nextKey) {
        int at = keyStart(fields, key, 0);
        if (at < 0) {
            return null;
        }
        int from = at + key.length() + 1;
        int end = keyStart(fields, nextKey, from);
        return end < 0 ? null : fields.substring(from, end).strip();
    }

    private static int keyStart(String fields, String key, int fromIndex) {
        String needle = key + "=";
        int at = fields.indexOf(needle, fromIndex);
        while (at > 0 && fields.charAt(at - 1) != ' ') {
            at = fields.indexOf(needle, at + 1);
        }
        return at;
    }
}
