package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Pins the table and JSON output of {@code summary} on the committed sample recordings. */
class SummaryGoldenTest {
    private static final String SAMPLE = "guild-fanout-jdk17.jfr";
    private static final String SYSTRACE_SAMPLE = "chrome-systrace-sched.json";

    private static String run(String... options) {
        return runOn(SAMPLE, options);
    }

    private static String runOn(String sample, String... options) {
        String file = TestFiles.sample(sample).toString();
        String[] args = new String[options.length + 2];
        args[0] = "summary";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = file;
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        // The golden files name the sample as a newcomer would type it.
        return run.out().replace(file, "sample-recordings/" + sample);
    }

    @Test
    void table() throws IOException {
        Golden.assertMatches("summary-guild-fanout.txt", run());
    }

    @Test
    void json() throws IOException {
        Golden.assertMatches("summary-guild-fanout.json", run("--format", "json"));
    }

    @Test
    void chromeSystraceTable() throws IOException {
        Golden.assertMatches("summary-chrome-systrace-sched.txt", runOn(SYSTRACE_SAMPLE));
    }

    @Test
    void chromeSystraceJson() throws IOException {
        Golden.assertMatches("summary-chrome-systrace-sched.json", runOn(SYSTRACE_SAMPLE, "--format", "json"));
    }

    @Test
    void noColourWithoutATerminal() {
        String out = run();
        assertEquals(-1, out.indexOf('\u001b'), "no escape codes when colour is not allowed");
    }

    @Test
    void colourOnlyWhenAllowed() {
        String file = TestFiles.sample(SAMPLE).toString();
        java.io.StringWriter out = new java.io.StringWriter();
        int code = Main.run(new String[] {"summary", file}, new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter()), true);
        assertEquals(0, code);
        assertEquals(true, out.toString().indexOf('\u001b') >= 0, "colour on a terminal");
        java.io.StringWriter plain = new java.io.StringWriter();
        Main.run(new String[] {"summary", "--no-color", file}, new java.io.PrintWriter(plain),
                new java.io.PrintWriter(new java.io.StringWriter()), true);
        assertEquals(-1, plain.toString().indexOf('\u001b'), "--no-color wins");
    }
}
