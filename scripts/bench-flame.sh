#!/usr/bin/env bash
# Times `flightpath flame` against async-profiler's converter (tools.profiler:jfr-converter, from
# Maven Central, `-o html`) on one large, multi-chunk JFR recording of a real workload: javac
# compiling flightpath's model sources over and over on several threads, under JFR's `profile`
# settings with 1 ms execution sampling, in 16 MB chunks. Recording 200 MB takes over an hour on a
# 2-core machine, so the script records RECORD_MB of the workload (about 30 minutes for 64 MB) and
# concatenates copies of that real recording's chunks (each JFR chunk stands alone) until the file
# reaches MIN_MB. The two tools run alternately, RUNS times each; the script prints the median wall
# time and the median peak RSS (from /usr/bin/time -v) of each, and their ratios.
#
#   scripts/bench-flame.sh                    # RECORD_MB=64, MIN_MB=200, RUNS=5
#   RECORD_MB=200 RUNS=7 scripts/bench-flame.sh
#
# Everything it makes (recording, converter jar, outputs) goes to target/bench/, which git ignores;
# nothing here is committed data. Needs JDK 17+, Maven, GNU time, and Maven Central once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/target/bench"
min_mb="${MIN_MB:-200}"
record_mb="${RECORD_MB:-64}"
runs="${RUNS:-5}"
threads="${THREADS:-8}"
converter_version="4.2"
mkdir -p "$work"

# 1. flightpath itself (the launcher builds the jar when the sources are newer).
"$root/flightpath" --version >/dev/null
flightpath_jar="$root/cli/target/flightpath.jar"

# 2. The converter, through Maven's own client.
converter_jar="$work/jfr-converter-$converter_version.jar"
if [ ! -f "$converter_jar" ]; then
  mvn -B -q dependency:copy -Dartifact="tools.profiler:jfr-converter:$converter_version" -DoutputDirectory="$work"
fi

# 3. The recording: javac in a loop on THREADS threads until the recording reaches RECORD_MB.
real="$work/javac-real-${record_mb}mb.jfr"
recording="$work/javac-${min_mb}mb.jfr"
if [ ! -f "$real" ]; then
  cat > "$work/CompileLoop.java" <<'JAVA'
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import javax.tools.*;

/** Compiles a source tree on several threads, over and over, until a file grows past a size. */
public class CompileLoop {
    public static void main(String[] args) throws Exception {
        Path sources = Path.of(args[0]);
        Path watched = Path.of(args[1]);
        long minBytes = Long.parseLong(args[2]) * 1024 * 1024;
        int threads = Integer.parseInt(args[3]);
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Path out = Files.createTempDirectory("compile-loop");
            running.add(pool.submit(() -> {
                while (!Thread.currentThread().isInterrupted() && size(watched) < minBytes) {
                    List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-proc:none"));
                    arguments.addAll(files);
                    if (javac.run(null, null, null, arguments.toArray(new String[0])) != 0) {
                        throw new IllegalStateException("javac failed");
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
    }

    /** The recording so far: the repository of the running recording (its chunks) and the file. */
    private static long size(Path watched) {
        try (Stream<Path> walk = Files.walk(watched.getParent())) {
            return walk.filter(p -> p.toString().endsWith(".jfr") && Files.isRegularFile(p)).mapToLong(p -> p.toFile().length()).sum();
        } catch (Exception e) {
            return 0;
        }
    }
}
JAVA
  repository="$work/repository"
  rm -rf "$repository" && mkdir -p "$repository"
  echo "bench-flame: recording javac on $threads threads until the chunks reach $record_mb MB (1 ms sampling)..." >&2
  java -XX:FlightRecorderOptions:maxchunksize=16M,repository="$repository" \
       "-XX:StartFlightRecording:filename=$real.part,maxsize=4g,settings=profile,jdk.ExecutionSample#period=1ms" \
       "$work/CompileLoop.java" "$root/model/src/main/java" "$repository/x.jfr" "$record_mb" "$threads" >/dev/null
  mv "$real.part" "$real"
  rm -rf "$repository"
fi
if [ ! -f "$recording" ]; then
  : > "$recording.part"
  while [ "$(stat -c %s "$recording.part")" -lt $(( min_mb * 1024 * 1024 )) ]; do
    cat "$real" >> "$recording.part"
  done
  mv "$recording.part" "$recording"
fi
samples="$(jfr summary "$recording" | awk '$1 == "jdk.ExecutionSample" {print $2}')"
chunks="$(jfr summary "$recording" | awk '/^ *Chunks:/ {print $2}')"
size_mb=$(( $(stat -c %s "$recording") / 1024 / 1024 ))
echo "Recording: $recording"
echo "  $size_mb MB, ${chunks:-?} chunks, ${samples:-?} jdk.ExecutionSample events (copies of $real)"
echo

# 4. Alternate the two tools, RUNS times each, recording wall seconds and peak RSS (KB).
measure() { # label, command...: appends "seconds kb" to $work/<label>.times
  local label="$1"
  shift
  /usr/bin/time -v "$@" >/dev/null 2>"$work/$label.time"
  local wall kb
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/$label.time")
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$label.time")
  echo "$wall $kb" >> "$work/$label.times"
}
rm -f "$work/flightpath.times" "$work/jfrconv.times"
for run in $(seq "$runs"); do
  measure flightpath java -jar "$flightpath_jar" flame "$recording" --event cpu -o "$work/flightpath.html"
  measure jfrconv java -jar "$converter_jar" -o html "$recording" "$work/jfrconv.html"
  echo "  run $run/$runs done" >&2
done

median() { # column of a .times file
  sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR] = $c} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
fp_wall=$(median "$work/flightpath.times" 1); fp_kb=$(median "$work/flightpath.times" 2)
jc_wall=$(median "$work/jfrconv.times" 1); jc_kb=$(median "$work/jfrconv.times" 2)
printf '%-34s %12s %14s\n' "median of $runs runs" "wall (s)" "peak RSS (MB)"
printf '%-34s %12.2f %14.0f\n' "flightpath flame --event cpu" "$fp_wall" "$(echo "$fp_kb / 1024" | bc -l)"
printf '%-34s %12.2f %14.0f\n' "jfrconv -o html" "$jc_wall" "$(echo "$jc_kb / 1024" | bc -l)"
printf '%-34s %12.2f %14.2f\n' "ratio flightpath / jfrconv" "$(echo "$fp_wall / $jc_wall" | bc -l)" "$(echo "$fp_kb / $jc_kb" | bc -l)"
echo
echo "Samples: flightpath $(java -jar "$flightpath_jar" flame "$recording" --event cpu -o "$work/flightpath.collapsed" | sed 's/.* of \([0-9,]*\) samples.*/\1/'), jfrconv's html from the same jdk.ExecutionSample events"
