#!/usr/bin/env bash
# Measures the startup cost of `flightpath summary` on a small recording side by side with the
# JDK's own `jfr summary` on the same file, with hyperfine (apt-get install hyperfine), and prints
# the ratio of their mean wall times.
#
#   scripts/bench-startup.sh                      # sample-recordings/guild-fanout-jdk17.jfr, RUNS=20
#   FILE=some.jfr RUNS=10 scripts/bench-startup.sh
#
# Three flightpath variants are timed: `./flightpath` as users run it (with the class-data
# archive the launcher makes on first use), the same without the archive (FLIGHTPATH_CDS=off), and
# plain `java -jar`. The machine may be shared: the runs are interleaved by hyperfine's warm-up and
# the user+system CPU times are printed too (the steadier figure when other work competes).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="${FILE:-$root/sample-recordings/guild-fanout-jdk17.jfr}"
runs="${RUNS:-20}"
command -v hyperfine >/dev/null || { echo "bench-startup: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }

"$root/flightpath" summary "$file" >/dev/null   # builds if needed and makes the class-data archive
jar="$root/cli/target/flightpath.jar"
results="$root/target/bench/startup.json"
mkdir -p "$(dirname "$results")"

hyperfine --style basic --warmup 3 --runs "$runs" --export-json "$results" \
    -n "jfr summary" "jfr summary '$file'" \
    -n "./flightpath summary" "'$root/flightpath' summary '$file'" \
    -n "./flightpath summary, FLIGHTPATH_CDS=off" "FLIGHTPATH_CDS=off '$root/flightpath' summary '$file'" \
    -n "java -jar flightpath.jar summary" "java -jar '$jar' summary '$file'" >&2

python3 - "$results" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]
for r in results:
    print(f"{r['command']:<42} wall {r['mean']*1000:7.0f} ms ± {r['stddev']*1000:4.0f}"
          f"   cpu {(r['user']+r['system'])*1000:6.0f} ms"
          f"   wall ratio {r['mean']/base['mean']:4.2f}   cpu ratio {(r['user']+r['system'])/(base['user']+base['system']):4.2f}")
PY
