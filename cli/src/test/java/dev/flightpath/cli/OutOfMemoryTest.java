package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of heap is exit 3 and one line saying how much there was and how to give more. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void outOfMemoryIsOneLineAndExit3() throws IOException, InterruptedException {
        // 300,000 complete events (18 MB of JSON) cannot be held in a heap of 16 MB.
        Path trace = dir.resolve("big.json");
        try (BufferedWriter out = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
            out.write("[");
            for (int i = 0; i < 300_000; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"name\":\"op" + (i % 97) + "\",\"ph\":\"X\",\"ts\":" + i
                        + ",\"dur\":1,\"pid\":1,\"tid\":" + (i % 13) + "}");
            }
            out.write("]\n");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx16m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "summary", trace.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "finished");
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(3, process.exitValue(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.matches("flightpath summary: out of memory: the \\d+ MB of Java heap were not enough for this "
                + "input; give more with FLIGHTPATH_JAVA_OPTS=-Xmx1g \\(or java -Xmx1g -jar flightpath.jar\\)\\s*"), err);
    }

    @Test
    void theAdviceGrowsWithTheHeap() {
        assertEquals("flightpath report: out of memory: the 4,096 MB of Java heap were not enough for this input; "
                + "give more with FLIGHTPATH_JAVA_OPTS=-Xmx16g (or java -Xmx16g -jar flightpath.jar)",
                OutOfMemory.message(new String[] {"--no-color", "report", "x.jfr"}, 4L << 30));
    }
}
