package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} for stdin and stdout, and output problems as output errors, through the command line. */
class CommandLineShapeTest {
    private static final Path OTLP = TestFiles.sample("guild-fanout-otlp.jsonl");
    private static final Path JFR = TestFiles.sample("guild-fanout-jdk17.jfr");

    @TempDir
    Path dir;

    /** Runs with {@code bytes} as stdin. */
    private static synchronized CliRun withStdin(byte[] bytes, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(bytes));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    private static Set<Path> stdinCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("flightpath-stdin-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void dashReadsStdinWithTheFormatDetectedAndLeavesNoCopy() throws IOException {
        Set<Path> before = stdinCopies();
        CliRun fromFile = CliRun.of("summary", "--format", "json", OTLP.toString());
        CliRun fromStdin = withStdin(Files.readAllBytes(OTLP), "summary", "--format", "json", "-");
        assertEquals(0, fromStdin.exitCode(), fromStdin.err());
        assertEquals(fromFile.out().replace(OTLP.toString(), "stdin"), fromStdin.out());
        assertTrue(before.containsAll(stdinCopies()), "the copy of stdin is deleted");
    }

    @Test
    void badInputOnStdinIsNamedStdin() throws IOException {
        Set<Path> before = stdinCopies();
        CliRun run = withStdin("hello\n".getBytes(), "summary", "-");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("flightpath summary: unrecognised input 'stdin'"), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(before.containsAll(stdinCopies()), "the copy of stdin is deleted after a failure too");
    }

    @Test
    void dashOutputIsStdout() {
        CliRun run = CliRun.of("flame", JFR.toString(), "-o", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("Wrote"), "nothing but the folded stacks");
        for (String line : run.out().split("\n")) {
            assertTrue(line.matches(".+ \\d+"), line);
        }
    }

    @Test
    void anOutputInAMissingDirectoryIsAnOutputError() throws IOException {
        for (String command : new String[] {"flame", "report"}) {
            Path target = dir.resolve("missing").resolve(command + ".html");
            CliRun run = CliRun.of(command, JFR.toString(), "-o", target.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertEquals("flightpath " + command + ": cannot write '" + target + "': no such directory",
                    run.err().strip());
        }
        Path waterfall = dir.resolve("missing").resolve("cp.html");
        CliRun run = CliRun.of("critical-path", OTLP.toString(), "-o", waterfall.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("flightpath critical-path: cannot write '" + waterfall + "': no such directory", run.err().strip());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "nothing written");
        }
    }

    @Test
    void checkPrintsItsVerdictWhenAReportFileCannotBeWritten() throws IOException {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "thresholds:\n  span.duration:\n    conditions: [\"p(99) < 1h\"]\n");
        Path junit = dir.resolve("missing").resolve("check.xml");
        CliRun run = CliRun.of("check", OTLP.toString(), "--rules", rules.toString(), "--junit", junit.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.out().contains("PASS"), run.out());
        assertEquals("flightpath check: cannot write '" + junit + "': no such directory", run.err().strip());
    }
}
