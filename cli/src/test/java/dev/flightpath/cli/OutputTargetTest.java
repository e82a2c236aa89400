package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are complete or absent, and their problems are output errors. */
class OutputTargetTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(file -> file.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static PrintWriter nowhere() {
        return new PrintWriter(new StringWriter());
    }

    @Test
    void writesTheWholeFile() throws Exception {
        Path target = dir.resolve("page.html");
        new OutputTarget(target).write(nowhere(), out -> out.write("<p>complete</p>"));
        assertEquals("<p>complete</p>", Files.readString(target));
        assertEquals(List.of("page.html"), files());
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("page.html");
        Files.writeString(target, "old");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new OutputTarget(target).write(nowhere(), out -> {
                    out.write("x".repeat(100_000)); // more than a buffer: bytes reach the disk
                    throw new IllegalStateException("the reporter failed");
                }));
        assertEquals("the reporter failed", failure.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("page.html"), files());
    }

    @Test
    void aMissingDirectoryIsAnOutputFailure() {
        Path target = dir.resolve("no-such-dir").resolve("page.html");
        OutputFailure failure = assertThrows(OutputFailure.class,
                () -> new OutputTarget(target).write(nowhere(), out -> out.write("x")));
        assertEquals("cannot write '" + target + "': no such directory", failure.getMessage());
    }

    @Test
    void aDirectoryIsNotOverwritten() throws Exception {
        Path target = Files.createDirectory(dir.resolve("page.html"));
        OutputFailure failure = assertThrows(OutputFailure.class,
                () -> new OutputTarget(target).write(nowhere(), out -> out.write("x")));
        assertEquals("cannot write '" + target + "': it is a directory", failure.getMessage());
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void aLoneSurrogateDoesNotEndTheWrite() throws Exception {
        Path target = dir.resolve("names.txt");
        new OutputTarget(target).write(nowhere(), out -> out.write("a\ud800b \u00e9"));
        assertEquals("a?b \u00e9", Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void dashIsStdout() throws Exception {
        StringWriter stdout = new StringWriter();
        new OutputTarget(Path.of("-")).write(new PrintWriter(stdout), out -> out.write("folded 1\n"));
        assertEquals("folded 1\n", stdout.toString());
        assertEquals(List.of(), files());
    }
}
