package dev.flightpath.loaders.pprof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.CodedOutputStream;
import dev.flightpath.loaders.FormatDetector;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile encoded here field by field (as Go lays it out: time first), with answers worked out by hand. */
class PprofLoaderTest {
    // String table: 0 "", 1 samples, 2 count, 3 cpu, 4 nanoseconds, 5 main, 6 work, 7 inl, 8 thread, 9 t1
    private static final String[] STRINGS = {"", "samples", "count", "cpu", "nanoseconds", "main", "work", "inl",
        "thread", "t1"};

    @TempDir
    Path dir;

    @Test
    void samplesCountedNTimesGiveNRowsWithInlinedFramesAndThreads() throws Exception {
        Path file = dir.resolve("cpu.pb.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(profile());
        }
        assertEquals(InputFormat.PPROF, FormatDetector.detect(file));
        Recording recording = RecordingLoader.load(file, null, LoadRequest.everything());
        assertEquals(5, recording.samples().size());
        assertEquals(5, recording.samples().count(SampleKind.CPU));
        assertEquals(2L, recording.eventCounts().get("pprof.sample"));
        assertEquals(1_000, recording.info().startNanos());
        assertEquals(1, recording.processes().size());
        assertEquals("t1", recording.processes().get(0).name());
        int threadRows = 0;
        for (int row = 0; row < recording.samples().size(); row++) {
            int stack = recording.samples().stackId(row);
            String leaf = recording.stacks().frame(recording.stacks().frameAt(stack, 0)).name();
            if (leaf.equals("work")) {
                // location 1 (work:7) under location 2 (main:3), thread t1, counted 3 times
                assertEquals(0, recording.samples().processId(row));
                assertEquals(7, recording.stacks().frame(recording.stacks().frameAt(stack, 0)).lineNumber());
                assertEquals("main", recording.stacks().frame(recording.stacks().frameAt(stack, 1)).name());
                threadRows++;
            } else {
                // location 3: inl (inlined, line 5) into main (line 4); no thread label, counted twice
                assertEquals("inl", leaf);
                assertEquals(FrameType.INLINED, recording.stacks().frame(recording.stacks().frameAt(stack, 0)).type());
                assertEquals(4, recording.stacks().frame(recording.stacks().frameAt(stack, 1)).lineNumber());
                assertEquals(-1, recording.samples().processId(row));
            }
            assertEquals(1, recording.samples().value(row));
        }
        assertEquals(3, threadRows);
    }

    @Test
    void aStringIndexOutsideTheTableIsCorrupt() throws Exception {
        byte[] bytes = profile();
        Path file = dir.resolve("bad.pprof");
        // the last string-table entry gone: "thread"'s value t1 (index 9) no longer exists
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 4));
        InputDataException e = assertThrows(InputDataException.class,
                () -> RecordingLoader.load(file, InputFormat.PPROF, LoadRequest.everything()));
        assertTrue(e.getMessage().startsWith("corrupt pprof profile '" + file + "': string index 9"), e.getMessage());
    }

    private static byte[] profile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeInt64(9, 1_000); // time_nanos first, as Go writes it
        out.writeByteArray(1, message(m -> {
            m.writeInt64(1, 1);
            m.writeInt64(2, 2);
        }));
        out.writeByteArray(1, message(m -> {
            m.writeInt64(1, 3);
            m.writeInt64(2, 4);
        }));
        // sample 1: packed locations [1, 2], values [3, 30 ms], label thread=t1
        out.writeByteArray(2, message(m -> {
            m.writeByteArray(1, new byte[] {1, 2});
            m.writeByteArray(2, packed(3, 30_000_000));
            m.writeByteArray(3, message(l -> {
                l.writeInt64(1, 8);
                l.writeInt64(2, 9);
            }));
        }));
        // sample 2: unpacked location [3], unpacked values [2, 20 ms]
        out.writeByteArray(2, message(m -> {
            m.writeUInt64(1, 3);
            m.writeInt64(2, 2);
            m.writeInt64(2, 20_000_000);
        }));
        out.writeByteArray(4, location(1, new long[] {2}, new long[] {7}));
        out.writeByteArray(4, location(2, new long[] {1}, new long[] {3}));
        out.writeByteArray(4, location(3, new long[] {3, 1}, new long[] {5, 4}));
        out.writeByteArray(5, function(1, 5));
        out.writeByteArray(5, function(2, 6));
        out.writeByteArray(5, function(3, 7));
        out.writeByteArray(11, message(m -> {
            m.writeInt64(1, 3);
            m.writeInt64(2, 4);
        }));
        out.writeInt64(12, 10_000_000);
        for (String value : STRINGS) {
            out.writeString(6, value);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private interface Body {
        void write(CodedOutputStream out) throws IOException;
    }

    private static byte[] message(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        body.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] packed(long... values) throws IOException {
        return message(m -> {
            for (long value : values) {
                m.writeInt64NoTag(value);
            }
        });
    }

    private static byte[] location(long id, long[] functionIds, long[] lines) throws IOException {
        return message(m -> {
            m.writeUInt64(1, id);
            for (int i = 0; i < functionIds.length; i++) {
                int line = i;
                m.writeByteArray(4, message(l -> {
                    l.writeUInt64(1, functionIds[line]);
                    l.writeInt64(2, lines[line]);
                }));
            }
        });
    }

    private static byte[] function(long id, long name) throws IOException {
        return message(m -> {
            m.writeUInt64(1, id);
            m.writeInt64(2, name);
        });
    }
}
