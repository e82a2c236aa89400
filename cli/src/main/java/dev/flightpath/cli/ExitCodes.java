package dev.flightpath.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** flightpath's exit codes; the README and {@code --help} list them. */
final class ExitCodes {
    static final int OK = 0;
    /** The input is missing, unreadable, corrupt or of the wrong format. */
    static final int BAD_INPUT = 1;
    /** Wrong options or arguments. */
    static final int USAGE = 2;
    /** An output file cannot be written (no such directory, permission denied, disk full). */
    static final int OUTPUT = 2;
    /** A bug in flightpath: rerun with --stacktrace and report it. */
    static final int INTERNAL = 3;
    /** {@code check}: a rule failed. */
    static final int RULE_FAILED = 4;
    /** {@code check --strict}: a rule was inconclusive. */
    static final int INCONCLUSIVE = 5;

    private ExitCodes() {
    }

    /** Code → meaning, in order, for {@code --help}. */
    static Map<String, String> descriptions() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put("0", "success");
        list.put("1", "bad input data (missing, unreadable, corrupt or wrong format)");
        list.put("2", "usage error (unknown option, bad value) or an output that cannot be written");
        list.put("3", "internal error (a bug: rerun with --stacktrace and report it) or out of memory");
        list.put("4", "check: a rule failed");
        list.put("5", "check --strict: a rule was inconclusive");
        return list;
    }
}
