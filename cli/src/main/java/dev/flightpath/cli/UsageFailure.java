package dev.flightpath.cli;

/**
 * A usage error found after parsing (a rules file that does not parse, a rule that needs a
 * baseline that was not given): one line, exit code 2.
 */
final class UsageFailure extends Exception {
    UsageFailure(String message) {
        super(message);
    }
}
