package dev.flightpath.loaders.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.Recording;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-chunk files made of real chunks (JFR files are concatenations of self-contained chunks):
 * format 1.0 chunks each read with their own metadata (item 6), one damaged chunk among good ones
 * skipped with a warning (item 7), a header still marked in progress read without waiting.
 */
class JfrChunkDamageTest {
    private static final String JDK9 = "jmc__jdk9-ea-v1.0.jfr";
    private static final String KAFKA = "jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr";

    @TempDir
    Path dir;

    private Path twice(String corpusName, String name) throws Exception {
        byte[] one = Files.readAllBytes(CorpusFiles.file("jfr", corpusName));
        byte[] two = Arrays.copyOf(one, one.length * 2);
        System.arraycopy(one, 0, two, one.length, one.length);
        return Files.write(dir.resolve(name), two);
    }

    private static long total(Recording recording) {
        return recording.eventCounts().entrySet().stream().filter(e -> !e.getKey().endsWith("Metadata")
                && !e.getKey().endsWith("CheckPoint")).mapToLong(e -> e.getValue()).sum();
    }

    @Test
    void everyFormat10ChunkIsReadWithItsOwnMetadata() throws Exception {
        Recording one = new JfrLoader().load(CorpusFiles.file("jfr", JDK9), LoadRequest.countsOnly());
        Recording two = new JfrLoader().load(twice(JDK9, "two-v1.jfr"), LoadRequest.countsOnly());
        assertEquals(2, two.info().chunkCount());
        assertEquals(2 * total(one), total(two));
        assertTrue(two.warnings().stream().noneMatch(w -> w.code().equals("events-without-metadata")),
                two.warnings().toString());
    }

    @Test
    void aDamagedChunkIsSkippedWithAWarningNamingIt() throws Exception {
        Path file = twice(KAFKA, "damaged.jfr");
        byte[] bytes = Files.readAllBytes(file);
        int second = bytes.length / 2;
        ByteBuffer.wrap(bytes).putLong(second + 8, 12); // the second chunk's size: smaller than a header
        Files.write(file, bytes);
        Recording damaged = new JfrLoader().load(file, LoadRequest.everything());
        Recording whole = new JfrLoader().load(CorpusFiles.file("jfr", KAFKA), LoadRequest.everything());
        assertEquals(whole.samples().size(), damaged.samples().size());
        LoadWarning warning = damaged.warnings().stream().filter(w -> w.code().equals("damaged-chunk")).findFirst()
                .orElseThrow(() -> new AssertionError(damaged.warnings().toString()));
        assertTrue(warning.message().contains("chunk 2 at byte " + second), warning.message());
        assertTrue(warning.message().contains("declares a size of 12 bytes"), warning.message());
    }

    @Test
    void aDamagedRecordInTheFirstChunkLeavesTheSecond() throws Exception {
        Path file = twice(KAFKA, "record.jfr");
        byte[] bytes = Files.readAllBytes(file);
        bytes[68] = (byte) 0xff;
        bytes[69] = (byte) 0xff;
        bytes[70] = (byte) 0xff;
        bytes[71] = (byte) 0x7f;
        Files.write(file, bytes);
        Recording recording = new JfrLoader().load(file, LoadRequest.everything());
        assertEquals(1, recording.info().chunkCount());
        assertTrue(recording.warnings().stream().anyMatch(w -> w.code().equals("damaged-chunk")
                && w.message().contains("chunk 1 at byte 0") && w.message().contains("record at byte 68")));
        assertTrue(recording.samples().size() > 0);
    }

    @Test
    void aChunkMarkedInProgressIsReadWithoutWaiting() throws Exception {
        byte[] bytes = Files.readAllBytes(CorpusFiles.file("jfr", KAFKA));
        bytes[JfrChunkHeader.FILE_STATE_OFFSET] = (byte) 255; // "the JVM is updating this header"
        Path file = Files.write(dir.resolve("in-progress.jfr"), bytes);
        Recording recording = new JfrLoader().load(file, LoadRequest.everything());
        Recording whole = new JfrLoader().load(CorpusFiles.file("jfr", KAFKA), LoadRequest.everything());
        assertEquals(whole.samples().size(), recording.samples().size());
        assertTrue(recording.warnings().stream().anyMatch(w -> w.code().equals("recording-in-progress")),
                recording.warnings().toString());
    }

    /** Flipped bytes make handlers fail inside the JDK's dispatcher: nothing may reach stderr. */
    @Test
    void handlerFailuresNeverReachStderr() throws Exception {
        byte[] original = Files.readAllBytes(CorpusFiles.file("jfr", KAFKA));
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            java.util.Random random = new java.util.Random(16);
            for (int round = 0; round < 40; round++) {
                byte[] bytes = original.clone();
                for (int flip = 0; flip < 4; flip++) {
                    int at = 68 + random.nextInt(bytes.length - 68);
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                }
                Path file = Files.write(dir.resolve("flipped-" + round + ".jfr"), bytes);
                try {
                    new JfrLoader(JfrLoader.SampleReading.CONSUMER_ONLY).load(file, LoadRequest.everything());
                } catch (dev.flightpath.model.InputDataException expected) {
                    // a clean input error is a right answer
                }
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    /** A name of tens of MB in a constant pool is kept cut to a bound, with a warning. */
    @Test
    void aHugeThreadNameIsBoundedWithAWarning() throws Exception {
        Path file = dir.resolve("long-name.jfr");
        String huge = "t".repeat(20_000_000);
        Thread thread = new Thread(() -> {
            try (jdk.jfr.Recording recording = new jdk.jfr.Recording()) {
                recording.enable("jdk.ThreadSleep").withThreshold(java.time.Duration.ZERO).withStackTrace();
                recording.start();
                Thread.sleep(1);
                recording.stop();
                recording.dump(file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, huge);
        thread.start();
        thread.join();
        Recording recording = new JfrLoader().load(file, LoadRequest.everything());
        assertTrue(recording.processes().stream().allMatch(p -> p.name().length() <= 16_384));
        assertTrue(recording.warnings().stream().anyMatch(w -> w.code().equals("long-names")),
                recording.warnings().toString());
    }
}
