package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        usageError("unknown option '--bogus' (see 'flightpath summary --help')", "summary", "--bogus", "x.jfr");
    }

    @Test
    void unknownOptionGetsASuggestionAndDoesNotSwallowTheFile() {
        CliRun run = CliRun.of("summary", "--formt", "json", "x.jfr");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("flightpath summary: unknown option '--formt' (did you mean --format?) "
                + "(see 'flightpath summary --help')", run.err().strip());
        usageError("unknown option '--evnt' (did you mean --event?)", "flame", "x.jfr", "--evnt=cpu");
    }

    @Test
    void badRegularExpressionsAreOneLineEverywhere() {
        usageError("bad regular expression '(': Unclosed group at index 1", "mailbox", "--process", "(", "x");
        usageError("bad regular expression '[a': Unclosed character class at index 1", "flame", "--thread", "[a", "x");
        usageError("bad regular expression '*x': Dangling meta character '*' at index 0", "hot", "--include", "*x",
                "x");
    }

    @Test
    void helpTextsHaveNoPicocliWarnings() {
        for (String command : new String[] {"summary", "flame", "hot", "check", "mailbox", "latency", "report",
            "critical-path"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertEquals("", run.err(), command);
            assertTrue(run.out().contains("Exit codes:"), command);
            assertFalse(run.out().contains("%n"), command + ": an unformatted %n");
            CliRun viaHelp = CliRun.of("help", command);
            assertEquals(run.out(), viaHelp.out(), command);
        }
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
    void unknownCommandGetsASuggestion() {
        CliRun run = CliRun.of("sumary", "x.jfr");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("flightpath: unknown command 'sumary' (did you mean summary"), run.err());
        assertFalse(run.err().contains("x.jfr"), run.err());
        usageError("unknown command 'critical-paths' (did you mean critical-path", "critical-paths", "x.json");
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
