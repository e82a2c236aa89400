#!/usr/bin/env bash
# Measures what the recorder costs with recording off: TracedMailbox against the LinkedBlockingQueue
# it wraps, TracedExecutorService against the bare executor, side by side in one JMH run, and
# prints the ratios. Usage: scripts/bench-recorder.sh [extra JMH options]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -B -q -DskipTests package -pl benchmarks -am)
out="$(mktemp)"
java -jar "$root/benchmarks/target/benchmarks.jar" RecorderOverheadBenchmark -rf csv -rff "$out" "$@"
python3 - "$out" <<'PY'
import csv, sys
rows = {r["Benchmark"].rsplit(".", 1)[1]: float(r["Score"]) for r in csv.DictReader(open(sys.argv[1]))}
for traced, plain in (("tracedMailboxPutPoll", "plainQueueOfferPoll"), ("tracedExecutorTask", "plainExecutorTask")):
    print(f"{traced}: {rows[traced]:.1f} ns/op vs {plain}: {rows[plain]:.1f} ns/op -> ratio {rows[traced] / rows[plain]:.2f}")
PY
