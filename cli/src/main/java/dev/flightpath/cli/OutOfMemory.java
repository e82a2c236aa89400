package dev.flightpath.cli;

import java.util.Locale;

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
        return String.format(Locale.ROOT, "%s: out of memory: the %,d MB of Java heap were not enough for this "
                + "input; give more with FLIGHTPATH_JAVA_OPTS=-Xmx%dg (or java -Xmx%dg -jar flightpath.jar)",
                command, megabytes, suggestedGigabytes, suggestedGigabytes);
    }
}
