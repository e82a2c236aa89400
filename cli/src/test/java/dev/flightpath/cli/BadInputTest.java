package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets exit 1 and one line naming the file, never a stack trace or a wrong answer. */
class BadInputTest {
    @TempDir
    Path dir;

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(TestFiles.sample("guild-fanout-jdk17.jfr"));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** Runs summary and checks the one-line error contract; returns the line. */
    private static String failsWithOneLine(Path file, String expectedStart) {
        CliRun run = CliRun.of("summary", file.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        String[] lines = run.errLines();
        assertEquals(1, lines.length, run.err());
        assertTrue(lines[0].startsWith("flightpath summary: " + expectedStart), lines[0]);
        assertTrue(lines[0].contains("'" + file + "'"), "names the file: " + lines[0]);
        assertFalse(run.err().contains("Exception"), run.err());
        return lines[0];
    }

    @Test
    void missingFile() {
        failsWithOneLine(dir.resolve("nothing.jfr"), "file not found");
    }

    @Test
    void directory() {
        failsWithOneLine(dir, "is a directory");
    }

    @Test
    void emptyFile() throws IOException {
        failsWithOneLine(write("empty.jfr", new byte[0]), "empty file");
    }

    @Test
    void randomBytes() throws IOException {
        byte[] bytes = new byte[100_000];
        new Random(42).nextBytes(bytes);
        bytes[0] = 'x'; // not by chance a BEAM op byte
        failsWithOneLine(write("random.bin", bytes), "unrecognised input");
    }

    @Test
    void jfrMagicThenGarbage() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        System.arraycopy(new byte[] {'F', 'L', 'R', 0}, 0, bytes, 0, 4);
        String line = failsWithOneLine(write("garbage.jfr", bytes), "");
        assertTrue(line.contains("unsupported JFR version") || line.contains("corrupt JFR"), line);
    }

    @Test
    void truncatedInsideTheOnlyChunk() throws IOException {
        byte[] whole = sample();
        Path file = write("cut.jfr", Arrays.copyOf(whole, whole.length / 2));
        String line = failsWithOneLine(file, "truncated JFR recording");
        assertTrue(line.contains("first chunk"), line);
    }

    @Test
    void headerOnly() throws IOException {
        failsWithOneLine(write("header.jfr", Arrays.copyOf(sample(), 68)), "truncated JFR recording");
    }

    @Test
    void cutInsideTheHeader() throws IOException {
        failsWithOneLine(write("short.jfr", Arrays.copyOf(sample(), 40)), "truncated JFR recording");
    }

    @Test
    void corruptChunkSize() throws IOException {
        byte[] bytes = sample();
        ByteBuffer.wrap(bytes).putLong(8, 12); // smaller than a header
        String line = failsWithOneLine(write("size.jfr", bytes), "corrupt JFR chunk header");
        assertTrue(line.contains("chunk 1 at byte 0"), line);
    }

    @Test
    void corruptMetadataOffset() throws IOException {
        byte[] bytes = sample();
        ByteBuffer.wrap(bytes).putLong(24, Long.MAX_VALUE);
        failsWithOneLine(write("meta.jfr", bytes), "corrupt JFR chunk header");
    }

    @Test
    void corruptSecondChunkMagic() throws IOException {
        byte[] one = sample();
        byte[] two = Arrays.copyOf(one, one.length * 2);
        System.arraycopy(one, 0, two, one.length, one.length);
        two[one.length + 1] = 'X';
        // The first chunk is read; the damaged second one is skipped with a warning that names it (issue 16).
        CliRun run = CliRun.of("summary", write("magic.jfr", two).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue((run.out() + run.err()).contains("chunk 2 at byte " + one.length), run.out() + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void corruptRecordSize() throws IOException {
        byte[] bytes = sample();
        // The first record after the header: make its size prefix claim more than the chunk holds.
        bytes[68] = (byte) 0xff;
        bytes[69] = (byte) 0xff;
        bytes[70] = (byte) 0xff;
        bytes[71] = (byte) 0x7f;
        String line = failsWithOneLine(write("record.jfr", bytes), "corrupt JFR recording");
        assertTrue(line.contains("record at byte 68"), line);
    }

    @Test
    void legacyGzipRecordingIsUnsupported() throws IOException {
        Path legacy = TestFiles.corpus("jfr").resolve("jmc__jdk7u40-oracle-v0.9-gzip.jfr");
        String line = failsWithOneLine(legacy, "unsupported JFR version");
        assertTrue(line.contains("0.9"), line);
    }

    @Test
    void gzipOfSomethingElse() throws IOException {
        Path file = dir.resolve("text.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        failsWithOneLine(file, "unrecognised input"); // gzip of any format is read; its content decides
    }

    @Test
    void stacktraceOptionShowsTheTrace() throws IOException {
        Path file = write("empty.jfr", new byte[0]);
        CliRun run = CliRun.of("summary", "--stacktrace", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("InputDataException"), run.err());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void truncatedSecondChunkReadsTheFirst() throws IOException {
        byte[] one = sample();
        byte[] twoChunks = Arrays.copyOf(one, one.length * 2);
        System.arraycopy(one, 0, twoChunks, one.length, one.length);
        Path file = write("two-cut.jfr", Arrays.copyOf(twoChunks, one.length + one.length / 3));
        CliRun truncated = CliRun.of("summary", "--format", "json", file.toString());
        assertEquals(0, truncated.exitCode(), truncated.err());
        assertTrue(truncated.out().contains("\"truncated\": true"), truncated.out());
        assertTrue(truncated.out().contains("\"code\": \"truncated\""), truncated.out());
        // What was read is exactly the complete first chunk: the same counts as the whole sample.
        CliRun whole = CliRun.of("summary", "--format", "json", TestFiles.sample("guild-fanout-jdk17.jfr").toString());
        assertEquals(eventCounts(whole.out()), eventCounts(truncated.out()));
    }

    @Test
    void gzipCompressedJfrReadsLikeTheOriginal() throws IOException {
        Path file = dir.resolve("sample.jfr.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(sample());
        }
        CliRun gz = CliRun.of("summary", "--format", "json", file.toString());
        CliRun plain = CliRun.of("summary", "--format", "json", TestFiles.sample("guild-fanout-jdk17.jfr").toString());
        assertEquals(0, gz.exitCode(), gz.err());
        assertEquals(eventCounts(plain.out()), eventCounts(gz.out()));
    }

    /** Corrupted bytes anywhere: either a clean read or exit 1 with one line, never a crash. */
    @Test
    void seededByteFlipsNeverCrash() throws IOException {
        byte[] original = sample();
        Random random = new Random(20261128);
        for (int round = 0; round < 40; round++) {
            byte[] bytes = original.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            Path file = write("flipped-" + round + ".jfr", bytes);
            CliRun run = CliRun.of("summary", file.toString());
            assertTrue(run.exitCode() == 0 || run.exitCode() == 1, "round " + round + ": " + run.err());
            if (run.exitCode() == 1) {
                assertEquals(1, run.errLines().length, "round " + round + ": " + run.err());
            }
        }
    }

    private static String eventCounts(String json) {
        int start = json.indexOf("\"eventCounts\"");
        return json.substring(start, json.indexOf('}', start));
    }
}
