package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Usage errors exit 2 with one line; help and version exit 0. */
class UsageTest {
    private static void usageError(String expected, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("flightpath"), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }

    @Test
    void unknownOption() {
        usageError("Unknown option: '--bogus'", "summary", "--bogus", "x.jfr");
    }

    @Test
    void missingFile() {
        usageError("Missing required parameter: 'FILE'", "summary");
    }

    @Test
    void unknownInputFormat() {
        usageError("unknown input format 'xml'", "summary", "--input-format", "xml", "x.jfr");
    }

    @Test
    void unknownOutputFormat() {
        usageError("--format", "summary", "--format", "yaml", "x.jfr");
    }

    @Test
    void unknownCommand() {
        usageError("Unmatched argument", "sumary", "x.jfr");
    }

    @Test
    void noCommand() {
        usageError("a command is required", new String[0]);
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("summary"), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertTrue(run.out().contains("bad input data"), run.out());
        CliRun sub = CliRun.of("summary", "--help");
        assertEquals(0, sub.exitCode());
        assertTrue(sub.out().contains("Exit codes:"), sub.out());
    }

    @Test
    void version() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("flightpath "), run.out());
    }

    @Test
    void forcedFormatThatDoesNotFit() {
        CliRun run = CliRun.of("summary", "--input-format", "jfr", TestFiles.root().resolve("README.md").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("not a JFR recording"), run.err());
    }
}
