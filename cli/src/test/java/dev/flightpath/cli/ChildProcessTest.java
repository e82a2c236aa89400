package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a separate JVM shows: running out of heap is exit 3 and one line saying how much there
 * was and how to give more; reading a large file with stderr not a terminal draws no progress bar.
 */
class ChildProcessTest {
    @TempDir
    static Path dir;

    /** 300,000 complete events, 18 MB of Chrome JSON. */
    private static Path bigTrace;

    @BeforeAll
    static void writeBigTrace() throws IOException {
        bigTrace = dir.resolve("big.json");
        try (BufferedWriter out = Files.newBufferedWriter(bigTrace, StandardCharsets.UTF_8)) {
            out.write("[");
            for (int i = 0; i < 300_000; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"name\":\"op" + (i % 97) + "\",\"ph\":\"X\",\"ts\":" + i
                        + ",\"dur\":1,\"pid\":1,\"tid\":" + (i % 13) + "}");
            }
            out.write("]\n");
        }
    }

    /** Runs the CLI in a new JVM with {@code heap}; returns the exit code and stderr. */
    private static CliRun runJvm(String heap, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "finished");
        return new CliRun(process.exitValue(), "", Files.readString(err));
    }

    @Test
    void outOfMemoryIsOneLineAndExit3() throws IOException, InterruptedException {
        CliRun run = runJvm("16m", "summary", bigTrace.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().matches("flightpath summary: out of memory: the \\d+ MB of Java heap were not enough for "
                + "this input; give more with FLIGHTPATH_JAVA_OPTS=-Xmx1g \\(or java -Xmx1g -jar flightpath.jar\\)\\s*"),
                run.err());
    }

    @Test
    void noProgressBarWhenStderrIsNotATerminal() throws IOException, InterruptedException {
        CliRun run = runJvm("1g", "summary", bigTrace.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void theAdviceGrowsWithTheHeap() {
        assertEquals("flightpath report: out of memory: the 4,096 MB of Java heap were not enough for this input; "
                + "give more with FLIGHTPATH_JAVA_OPTS=-Xmx16g (or java -Xmx16g -jar flightpath.jar)",
                OutOfMemory.message(new String[] {"--no-color", "report", "x.jfr"}, 4L << 30));
    }
}
