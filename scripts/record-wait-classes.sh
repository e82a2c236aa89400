#!/usr/bin/env bash
# Records sample-recordings/waits/*.jfr: scripts/workloads/WaitClasses.java for 2 s in each mode
# (idle-pool, forkjoin, reentrant, synchronized) on the JDK on PATH, with scripts/wait-classes.jfc
# (park, monitor enter and monitor wait events of 10 ms or more, with stacks). The tests check
# flightpath's wait classes (contention, idle, other wait) on them against hand-checked counts.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/sample-recordings/waits"
mkdir -p "$out"
for mode in idle-pool forkjoin reentrant synchronized; do
  env -i PATH="$PATH" TZ=UTC java "-XX:StartFlightRecording=filename=$out/$mode.jfr,settings=$root/scripts/wait-classes.jfc" \
    "$root/scripts/workloads/WaitClasses.java" "$mode" 2
done
ls -l "$out"
