package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Peer test (issue 16): async-profiler's own converter ({@code tools.profiler:jfr-converter:4.2},
 * run as {@code java -cp}) and {@code flightpath flame -o x.collapsed} give the same collapsed
 * stacks, per event kind, on the corpus files the converter reads. The documented naming rules:
 * the converter runs with {@code --dot --norm} (flightpath's names are always dotted and
 * normalised), and its frame-kind suffixes ({@code _[j]}, {@code _[i]}, {@code _[0]}, …) are
 * dropped (flightpath keeps the kind beside the name). Documented differences per case:
 * <ul>
 *   <li>cpu: the converter's {@code --cpu} keeps only samples in the thread state
 *       {@code STATE_DEFAULT}, which async-profiler 2.9 never writes (it writes RUNNABLE), so its
 *       output is empty; its {@code --wall} (every state but the default) equals flightpath's cpu;
 *   <li>nativemem --leak: the converter leaves out the last 10% of allocations by default
 *       ({@code --tail}); flightpath shows every allocation never freed, so it runs with
 *       {@code --tail 0}.
 * </ul>
 */
class JfrConverterPeerTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} --event {1}")
    @CsvSource({
        "jfr-parser__async-profiler-4.0-jdk21-wall.jfr, wall, --wall",
        "jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr, cpu, --wall",
        "jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr, alloc, --alloc",
        "jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr, lock, --lock",
        "jfr-parser__async-profiler-3.0-jdk21-nativemem.jfr, nativemem, --nativemem",
        "jfr-parser__async-profiler-3.0-jdk21-nativemem.jfr, nativemem --leak, --nativemem --leak --tail 0",
    })
    void collapsedStacksEqualTheConverters(String name, String event, String converterOptions) throws Exception {
        Path recording = TestFiles.corpus("jfr").resolve(name);
        Path ours = dir.resolve("flightpath.collapsed");
        List<String> args = new ArrayList<>(List.of("flame", recording.toString(), "-o", ours.toString(), "--event"));
        args.addAll(List.of(event.split(" ")));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());

        Path theirs = dir.resolve("converter.collapsed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", converterJar(), "Main", "--dot", "--norm", "-o", "collapsed"));
        command.addAll(List.of(converterOptions.split(" ")));
        command.addAll(List.of(recording.toString(), theirs.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("converter.log").toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the converter finished");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("converter.log")));

        Map<String, Long> expected = stacks(theirs);
        Map<String, Long> actual = stacks(ours);
        assertTrue(expected.size() > 0, "the converter found stacks");
        assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(),
                actual.values().stream().mapToLong(Long::longValue).sum(), "total weight");
        assertEquals(expected, actual);
    }

    private static String converterJar() throws Exception {
        return new File(Class.forName("one.convert.JfrToFlame").getProtectionDomain().getCodeSource().getLocation()
                .toURI()).getPath();
    }

    /** Weight per stack, with the converter's frame-kind suffixes dropped. */
    private static Map<String, Long> stacks(Path collapsed) throws Exception {
        Map<String, Long> stacks = new HashMap<>();
        for (String line : Files.readAllLines(collapsed, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String stack = line.substring(0, space).replaceAll("_\\[[a-z0-9]\\](?=;|$)", "");
            stacks.merge(stack, Long.parseLong(line.substring(space + 1)), Long::sum);
        }
        return stacks;
    }
}
