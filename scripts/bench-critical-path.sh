#!/usr/bin/env bash
# Measures `flightpath critical-path` on a generated OTLP JSON-lines file of 1,000,000 spans
# (10,000 traces of 100 spans: a root, 9 children, 90 grandchildren, one producer/consumer hop per
# child), next to the time it takes merely to tokenise the same file with Jackson.
#
#   scripts/bench-critical-path.sh          # TRACES=10000 (1M spans), RUNS=3
#   TRACES=2000 RUNS=1 scripts/bench-critical-path.sh
#   HEAP=4g scripts/bench-critical-path.sh   # the JVMs' -Xmx (default 1g: the 1M-span file must fit)
#
# Reports, per step, the best of RUNS in-process runs (after one warm-up): tokenise (Jackson
# nextToken over the whole file), load (the OTLP loader), critical path (analysis of every root),
# as MB/s and spans/s, with the process CPU time of each step (the machine may be shared: CPU time
# is the steadier figure); the JVM's peak heap use over the measured runs (garbage included) and
# the heap the loaded recording holds (after a full GC); and the wall time and
# peak RSS of the whole command line (`flightpath critical-path FILE --format json`), measured with /usr/bin/time when
# it exists. The file goes to target/bench/ (git ignores it); nothing here is committed data.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/target/bench"
traces="${TRACES:-10000}"
runs="${RUNS:-3}"
heap="${HEAP:-1g}"
mkdir -p "$work"

"$root/flightpath" --version >/dev/null
jar="$root/cli/target/flightpath.jar"

cat > "$work/BenchCriticalPath.java" <<'JAVA'
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.flightpath.analyzers.criticalpath.CriticalPathAnalyzer;
import dev.flightpath.analyzers.criticalpath.CriticalPathOptions;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Recording;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import com.sun.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** generate FILE TRACES | measure FILE RUNS */
public class BenchCriticalPath {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("generate")) {
            generate(file, Integer.parseInt(args[2]));
            return;
        }
        int runs = Integer.parseInt(args[2]);
        double mb = Files.size(file) / 1e6;
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] bestCpu = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        long[] counts = new long[3];
        for (int run = 0; run <= runs; run++) { // run 0 warms up
            if (run == 1) {
                System.gc();
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    pool.resetPeakUsage(); // peaks of the measured runs only
                }
            }
            double[][] times = runOnce(file, counts);
            if (run > 0) {
                for (int step = 0; step < 3; step++) {
                    best[step] = Math.min(best[step], times[0][step]);
                    bestCpu[step] = Math.min(bestCpu[step], times[1][step]);
                }
            }
        }
        long tokens = counts[0];
        long spans = counts[1];
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "file: %.1f MB, %,d spans, %,d JSON tokens; best of %d runs; max heap %.0f MB%n",
                mb, spans, tokens, runs, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, "%-22s %9s  %13s  %18s  %9s%n", "step", "wall", "wall MB/s", "wall spans/s", "cpu");
        row("tokenise (Jackson)", best[0], bestCpu[0], mb, spans);
        row("load (OTLP loader)", best[1], bestCpu[1], mb, spans);
        row("critical path", best[2], bestCpu[2], mb, spans);
        row("load + critical path", best[1] + best[2], bestCpu[1] + bestCpu[2], mb, spans);
        System.out.printf(Locale.ROOT, "peak heap in use (sum of heap pools' peaks, measured runs): %.0f MB%n", peakHeap / 1e6);
        System.out.printf(Locale.ROOT, "heap in use after a full GC with the recording loaded: %.0f MB%n", counts[2] / 1e6);
    }

    private static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** One run of the three steps: {wall seconds, process CPU seconds} per step; nothing survives it. */
    private static double[][] runOnce(Path file, long[] counts) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long tokens = 0;
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            while (parser.nextToken() != null || parser.nextToken() != null) {
                tokens++;
            }
        }
        long c1 = os.getProcessCpuTime();
        long t1 = System.nanoTime();
        Recording recording = RecordingLoader.load(file, null, LoadRequest.of(DataKind.SPANS));
        long c2 = os.getProcessCpuTime();
        long t2 = System.nanoTime();
        CriticalPathReport report = CriticalPathAnalyzer.analyze(recording, CriticalPathOptions.defaults());
        long c3 = os.getProcessCpuTime();
        long t3 = System.nanoTime();
        if (report.paths() == 0) {
            throw new AssertionError("no paths");
        }
        counts[0] = tokens;
        counts[1] = recording.spans().size();
        System.gc(); // after the timed steps: what the loaded recording itself holds
        counts[2] = heapUsed();
        if (recording.spans().isEmpty()) {
            throw new AssertionError("no spans"); // keeps the recording reachable across the GC
        }
        return new double[][] {{(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9},
                {(c1 - c0) / 1e9, (c2 - c1) / 1e9, (c3 - c2) / 1e9}};
    }

    private static void row(String what, double seconds, double cpuSeconds, double mb, long spans) {
        System.out.printf(Locale.ROOT, "%-22s %7.3f s  %8.1f MB/s  %,12.0f spans/s  %7.3f s%n", what, seconds,
                mb / seconds, spans / seconds, cpuSeconds);
    }

    private static void generate(Path file, int traces) throws Exception {
        Random random = new Random(42);
        long base = 1_795_000_000_000_000_000L;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int t = 0; t < traces; t++) {
                String trace = String.format(Locale.ROOT, "%032x", t + 1L);
                long start = base + t * 10_000_000L;
                StringBuilder line = new StringBuilder(32 * 1024);
                line.append("{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":"
                        + "{\"stringValue\":\"svc-").append(t % 5).append("\"}}]},\"scopeSpans\":[{\"scope\":"
                        + "{\"name\":\"bench\"},\"spans\":[");
                long id = (long) t * 100 + 1;
                long rootId = id;
                long rootEnd = start + 5_000_000 + random.nextInt(5_000_000);
                span(line, trace, rootId, 0, "GET /api/" + (t % 20), 2, start, rootEnd, true);
                for (int c = 0; c < 9; c++) {
                    long childId = ++id;
                    long cs = start + random.nextInt(4_000_000);
                    long ce = Math.min(rootEnd, cs + random.nextInt(3_000_000));
                    span(line, trace, childId, rootId, "call-" + c, 3, cs, ce, false);
                    long producer = 0;
                    for (int g = 0; g < 10; g++) {
                        long gs = cs + random.nextInt((int) Math.max(1, ce - cs));
                        long ge = Math.min(ce, gs + random.nextInt(500_000));
                        if (g == 8) {
                            producer = ++id;
                            span(line, trace, producer, childId, "send-" + c, 4, gs, gs + 20_000, false);
                        } else if (g == 9) {
                            long cons = gs + 50_000 + random.nextInt(200_000);
                            span(line, trace, ++id, producer, "handle-" + c, 5, cons, cons + random.nextInt(400_000), false);
                        } else {
                            span(line, trace, ++id, childId, "step-" + g, 1, gs, ge, false);
                        }
                    }
                }
                line.setLength(line.length() - 1);
                line.append("]}]}]}\n");
                out.write(line.toString());
            }
        }
    }

    private static void span(StringBuilder line, String trace, long id, long parent, String name, int kind,
            long start, long end, boolean root) {
        line.append("{\"traceId\":\"").append(trace).append("\",\"spanId\":\"")
                .append(String.format(Locale.ROOT, "%016x", id)).append('"');
        if (!root) {
            line.append(",\"parentSpanId\":\"").append(String.format(Locale.ROOT, "%016x", parent)).append('"');
        }
        line.append(",\"name\":\"").append(name).append("\",\"kind\":").append(kind)
                .append(",\"startTimeUnixNano\":\"").append(start).append("\",\"endTimeUnixNano\":\"")
                .append(Math.max(start, end)).append("\",\"attributes\":[{\"key\":\"http.route\",\"value\":"
                        + "{\"stringValue\":\"/api\"}}],\"status\":{}},");
    }
}
JAVA

file="$work/critical-path-$traces-traces.jsonl"
if [ ! -f "$file" ]; then
  java -cp "$jar" "$work/BenchCriticalPath.java" generate "$file" "$traces"
fi
echo "== in process (java $(java -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/'), $(nproc) CPUs)"
java -Xmx"$heap" -cp "$jar" "$work/BenchCriticalPath.java" measure "$file" "$runs"
echo "== the command line: flightpath critical-path FILE --format json (-Xmx$heap)"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "wall %e s, cpu %U s user + %S s system, peak RSS %M KB" java -Xmx"$heap" -jar "$jar" critical-path "$file" --format json > /dev/null
else
  start=$(date +%s.%N)
  java -Xmx"$heap" -jar "$jar" critical-path "$file" --format json > /dev/null
  echo "wall $(echo "$(date +%s.%N) - $start" | bc) s (no /usr/bin/time for the peak RSS)"
fi
