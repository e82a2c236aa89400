#!/usr/bin/env bash
# The size of the post-mortem report page of each sample recording (sample-recordings/), in bytes,
# as one table.
#
#   scripts/report-sizes.sh                   # with ./flightpath (builds it when the sources changed)
#   FLIGHTPATH="java -jar old.jar" scripts/report-sizes.sh   # another build, to compare
#
# The pages go to target/report-sizes/ (git ignores it). Needs JDK 17+ and Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
flightpath="${FLIGHTPATH:-$root/flightpath}"
out="$root/target/report-sizes"
mkdir -p "$out"
printf '%-28s %10s\n' sample bytes
for sample in guild-fanout-recorder.jfr guild-fanout-jdk17.jfr guild-fanout-otlp.jsonl guild-fanout-beam.trace \
    chrome-systrace-sched.json; do
  $flightpath report "$root/sample-recordings/$sample" -o "$out/$sample.html" --no-color >/dev/null
  printf '%-28s %10s\n' "$sample" "$(wc -c < "$out/$sample.html" | tr -d ' ')"
done
