package dev.flightpath.analyzers.check.rules;

/**
 * The rules file is wrong: bad YAML, an unknown metric, statistic or unit, a bad condition. The
 * message names the line (and column where known) and the problem; the CLI adds the file and
 * exits with the usage code.
 */
public final class RulesException extends Exception {
    private final int line;

    public RulesException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
