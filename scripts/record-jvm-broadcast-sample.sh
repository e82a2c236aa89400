#!/usr/bin/env bash
# Records sample-recordings/broadcast-recorder.jfr and broadcast-recorder.counts: the samples
# module's BroadcastSample (broadcasts of 10, 100 and 1,000 copies with fan-out ids, one slow
# member) with only flightpath's recorder events. Arguments: [out_dir].
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -B -q -DskipTests package -pl samples -am)
env -i PATH="$PATH" TZ=UTC java -cp "$root/samples/target/samples.jar" dev.flightpath.samples.BroadcastSample \
  "${1:-$root/sample-recordings}"
ls -l "${1:-$root/sample-recordings}"/broadcast-recorder.jfr
