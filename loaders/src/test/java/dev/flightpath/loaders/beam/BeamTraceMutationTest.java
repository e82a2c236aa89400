package dev.flightpath.loaders.beam;

import static dev.flightpath.loaders.beam.Etf.atom;
import static dev.flightpath.loaders.beam.Etf.integer;
import static dev.flightpath.loaders.beam.Etf.list;
import static dev.flightpath.loaders.beam.Etf.mfa;
import static dev.flightpath.loaders.beam.Etf.pid;
import static dev.flightpath.loaders.beam.Etf.ref;
import static dev.flightpath.loaders.beam.Etf.traceTs;
import static dev.flightpath.loaders.beam.Etf.tuple;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.InputDataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files either load or fail with {@link InputDataException}, never with another exception.
 * The damage is pseudo-random from a fixed seed, so every run tries the same files.
 */
class BeamTraceMutationTest {
    @TempDir
    Path directory;

    @Test
    void damagedFilesFailOnlyWithInputDataException() throws Exception {
        byte[] call = tuple(atom("$gen_call"), tuple(pid(1), ref(3)), tuple(atom("put"), integer(70000)));
        byte[] original = Files.readAllBytes(new TraceFileBuilder()
                .term(traceTs(1, "spawn", -100, pid(2), tuple(atom("m"), atom("f"), list(integer(1)))))
                .term(traceTs(1, "send", -90, call, pid(2)))
                .term(traceTs(2, "in", -80, mfa("gen_server", "loop", 7)))
                .term(traceTs(2, "receive", -70, call))
                .term(traceTs(2, "call", -60, mfa("kv", "handle_call", 3)))
                .term(traceTs(2, "register", -55, atom("kv")))
                .drop(2)
                .raw(Etf.compressed(traceTs(2, "send", -50, tuple(ref(3), atom("ok")), ref(3))))
                .term(traceTs(2, "out", -40, mfa("gen_server", "loop", 7)))
                .term(tuple(atom("trace"), pid(1), atom("receive"), tuple(ref(3), atom("ok"))))
                .write(directory));
        Random random = new Random(20261128L);
        Path file = directory.resolve("damaged.trace");
        int loaded = 0;
        int refused = 0;
        for (int attempt = 0; attempt < 800; attempt++) {
            byte[] damaged = Arrays.copyOf(original, original.length);
            int changes = 1 + random.nextInt(3);
            for (int i = 0; i < changes; i++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            if (random.nextInt(10) == 0) {
                damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
            }
            Files.write(file, damaged);
            try {
                new BeamTraceLoader().load(file, LoadRequest.everything());
                loaded++;
            } catch (InputDataException e) {
                assertTrue(e.getMessage().startsWith("corrupt BEAM trace '"), e.getMessage());
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("attempt " + attempt + ": " + e, e);
            }
        }
        assertTrue(loaded > 0 && refused > 0, "loaded " + loaded + ", refused " + refused);
    }
}
