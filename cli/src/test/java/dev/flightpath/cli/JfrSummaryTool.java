package dev.flightpath.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the JDK's own {@code jfr summary} on a file and parses what it prints: the test oracle. */
record JfrSummaryTool(boolean readable, String version, int chunks, Map<String, Long> counts,
        Map<String, Long> missingMetadataCounts) {

    private static final Pattern ROW = Pattern.compile("^ (\\S+(?: \\(missing event metadata\\))?)\\s+(\\d+)\\s+(\\d+)\\s*$");

    static JfrSummaryTool run(Path file) throws IOException, InterruptedException {
        Path jfr = Path.of(System.getProperty("java.home"), "bin", "jfr");
        Process process = new ProcessBuilder(jfr.toString(), "summary", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("jfr summary did not finish");
        }
        if (process.exitValue() != 0 || output.contains("could not read recording")) {
            return new JfrSummaryTool(false, "", 0, Map.of(), Map.of());
        }
        String version = "";
        int chunks = 0;
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Long> missing = new TreeMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith(" Version: ")) {
                version = line.substring(" Version: ".length()).trim();
            } else if (line.startsWith(" Chunks: ")) {
                chunks = Integer.parseInt(line.substring(" Chunks: ".length()).trim());
            } else {
                Matcher row = ROW.matcher(line);
                if (row.matches() && Long.parseLong(row.group(2)) > 0) {
                    long count = Long.parseLong(row.group(2));
                    if (row.group(1).endsWith("(missing event metadata)")) {
                        missing.put(row.group(1), count);
                    } else {
                        counts.put(row.group(1), count);
                    }
                }
            }
        }
        return new JfrSummaryTool(true, version, chunks, counts, missing);
    }
}
