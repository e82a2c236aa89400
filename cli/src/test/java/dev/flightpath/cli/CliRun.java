package dev.flightpath.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The lines of stderr, without a trailing empty one. */
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\n");
    }
}
