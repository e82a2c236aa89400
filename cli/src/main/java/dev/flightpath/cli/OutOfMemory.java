package dev.flightpath.cli;

/** The one line that replaces an OutOfMemoryError: how much heap there was and how to give more. */
final class OutOfMemory {
    private OutOfMemory() {
    }

    /**
     * For example {@code flightpath report: out of memory: the 256 MB of Java heap were not enough for
     * this input; give more with FLIGHTPATH_JAVA_OPTS=-Xmx1g (or java -Xmx1g -jar flightpath.jar)}.
     */
    static String message(String[] args, long maxHeapBytes) {
        long megabytes = maxHeapBytes / (1024 * 1024);
        long suggestedGigabytes = Math.max(1, (maxHeapBytes * 4 + (1L << 30) - 1) >> 30);
        String command = "flightpath";
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                command += " " + arg;
                break;
            }
        }
        // No String.format: the error may have struck while java.util.Formatter was initialising,
        // which leaves that class unusable for the rest of the run.
        return command + ": out of memory: the " + grouped(megabytes) + " MB of Java heap were not enough for this "
                + "input; give more with FLIGHTPATH_JAVA_OPTS=-Xmx" + suggestedGigabytes + "g (or java -Xmx"
                + suggestedGigabytes + "g -jar flightpath.jar)";
    }

    /** 16384 as "16,384". */
    private static String grouped(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
