package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's own pprof ({@code go tool pprof}, Debian's golang-go) as the reference reader of pprof
 * files. Skipped when go is absent, except in CI, which installs it.
 */
final class GoToolPprof {
    private static final Path GO = Path.of("/usr/bin/go");
    private static final Pattern TOTAL = Pattern.compile("of (\\d+)[A-Za-z]* total");
    private static final Pattern NO_SAMPLES = Pattern.compile("Total samples = 0|of 0 total");

    private GoToolPprof() {
    }

    static void require() {
        if (!Files.isExecutable(GO)) {
            String why = "go tool pprof needs " + GO + " (Debian's golang-go; .ci/run installs it)";
            if (Corpus.inCi()) {
                fail(why);
            }
            assumeTrue(false, why);
        }
    }

    /**
     * The total that {@code go tool pprof -top} reports for one sample type, in its raw unit
     * ({@code -unit=B} or {@code ns} for bytes and nanoseconds, counts as they are).
     */
    static long total(Path profile, String sampleIndex, String unit, Path workDirectory) throws IOException,
            InterruptedException {
        List<String> options = new java.util.ArrayList<>(List.of("-top", "-sample_index=" + sampleIndex));
        if (unit.equals("bytes")) {
            options.add("-unit=B");
        } else if (unit.equals("nanoseconds")) {
            options.add("-unit=ns");
        }
        String output = output(profile, workDirectory, options.toArray(new String[0]));
        Matcher total = TOTAL.matcher(output);
        if (total.find()) {
            return Long.parseLong(total.group(1));
        }
        if (NO_SAMPLES.matcher(output).find()) {
            return 0;
        }
        throw new AssertionError("no total in go tool pprof's output:\n" + output);
    }

    /** What {@code go tool pprof OPTIONS PROFILE} prints; fails the test when it fails. */
    static String output(Path profile, Path workDirectory, String... options) throws IOException,
            InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(GO.toString(), "tool", "pprof"));
        command.addAll(List.of(options));
        command.add(profile.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", workDirectory.toString());
        builder.environment().put("PPROF_TMPDIR", workDirectory.toString());
        builder.environment().put("GOCACHE", workDirectory.resolve("gocache").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("go tool pprof did not finish within 60 s");
        }
        assertEquals(0, process.exitValue(), "go tool pprof failed:\n" + output);
        return output;
    }
}
