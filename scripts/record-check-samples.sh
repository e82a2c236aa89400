#!/usr/bin/env bash
# Records the CI-gate samples in sample-recordings/check/: three runs of GuildFanOutSample with only
# flightpath's recorder events (no profiling settings, to keep them small): two of the same workload
# (an A/A pair: a check of one against the other must PASS) and one whose guild does three times
# the work per post (an injected slowdown: the check must FAIL).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/sample-recordings/check"
(cd "$root" && mvn -B -q -DskipTests package -pl samples -am)
mkdir -p "$out"
run() { env -i PATH="$PATH" TZ=UTC java -cp "$root/samples/target/samples.jar" dev.flightpath.samples.GuildFanOutSample "$out" "$@"; }
run 250 8 7 1 none run-a
run 250 8 7 1 none run-b
run 250 8 7 3 none slow-guild
rm -f "$out"/*-otlp.jsonl
ls -l "$out"
