#!/usr/bin/env bash
# Times `flightpath flame` against async-profiler's converter (tools.profiler:jfr-converter, from
# Maven Central) on one large, multi-chunk JFR recording of a real workload: javac compiling
# flightpath's model sources over and over, sampled every millisecond, in 1 MB chunks.
#
#   scripts/bench-flame.sh            # ROUNDS=300 compilations (about 10 chunks), 3 runs per tool
#   ROUNDS=200 RUNS=5 scripts/bench-flame.sh
#
# Everything it makes (recording, converter jar, outputs) goes to target/bench/, which git ignores;
# nothing here is committed data. Needs JDK 17+, Maven and network access to Maven Central once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/target/bench"
rounds="${ROUNDS:-300}"
runs="${RUNS:-3}"
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

# 3. The recording: javac in a loop, under JFR with 1 ms execution sampling and 1 MB chunks.
recording="$work/javac-$rounds.jfr"
if [ ! -f "$recording" ]; then
  cat > "$work/CompileLoop.java" <<'JAVA'
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import javax.tools.*;

/** Compiles the given source tree the given number of times, into a scratch directory. */
public class CompileLoop {
    public static void main(String[] args) throws Exception {
        Path sources = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path out = Files.createTempDirectory("compile-loop");
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        for (int round = 0; round < rounds; round++) {
            List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-proc:none"));
            arguments.addAll(files);
            if (javac.run(null, null, null, arguments.toArray(new String[0])) != 0) {
                throw new IllegalStateException("javac failed");
            }
        }
    }
}
JAVA
  echo "bench-flame: recording $rounds compilations of model/ (1 ms sampling, 1 MB chunks)..." >&2
  java -XX:FlightRecorderOptions:maxchunksize=1M \
       "-XX:StartFlightRecording:filename=$recording,settings=profile,method-profiling=max" \
       "$work/CompileLoop.java" "$root/model/src/main/java" "$rounds" >/dev/null
fi
samples="$(jfr summary "$recording" | awk '$1 == "jdk.ExecutionSample" {print $2}')"
chunks="$(jfr summary "$recording" | awk '/^ *Chunks:/ {print $2}')"
echo "Recording: $recording"
echo "  $(du -h "$recording" | cut -f1), ${chunks:-?} chunks, ${samples:-?} jdk.ExecutionSample events"
echo

# 4. Best wall-clock time of RUNS runs of each command.
best_seconds() {
  local best=""
  for _ in $(seq "$runs"); do
    local start end elapsed
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$elapsed < $best" | bc)" = 1 ]; then
      best=$elapsed
    fi
  done
  printf '%.2f' "$best"
}

printf '%-44s %10s %12s\n' "Command (best of $runs)" "seconds" "output"
row() {
  local label="$1" output="$2"
  shift 2
  local seconds
  seconds=$(best_seconds "$@")
  printf '%-44s %10s %12s\n' "$label" "$seconds" "$(du -h "$output" | cut -f1)"
}
row "flightpath flame --event cpu (html)" "$work/flightpath.html" \
  java -jar "$flightpath_jar" flame "$recording" --event cpu -o "$work/flightpath.html"
# jfrconv without an event option converts execution samples; with --cpu, 4.2 wrote empty output for
# the recordings tried here, so it is left out.
row "jfrconv (html)" "$work/jfrconv.html" \
  java -jar "$converter_jar" "$recording" "$work/jfrconv.html"
row "flightpath flame --event cpu (collapsed)" "$work/flightpath.collapsed" \
  java -jar "$flightpath_jar" flame "$recording" --event cpu -o "$work/flightpath.collapsed"
row "jfrconv -o collapsed" "$work/jfrconv.collapsed" \
  java -jar "$converter_jar" -o collapsed "$recording" "$work/jfrconv.collapsed"

# The sample totals of the two folded outputs (jfrconv by default also counts jdk.NativeMethodSample).
flightpath_total=$(awk '{s += $NF} END {print s}' "$work/flightpath.collapsed")
jfrconv_total=$(awk '{s += $NF} END {print s}' "$work/jfrconv.collapsed")
echo
echo "Samples in folded stacks: flightpath $flightpath_total, jfrconv $jfrconv_total"
