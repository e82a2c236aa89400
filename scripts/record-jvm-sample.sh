#!/usr/bin/env bash
# Records sample-recordings/guild-fanout-recorder.jfr and guild-fanout-otlp.jsonl: one run of the
# GuildFanOutSample program (samples module) with flightpath's recorder events in JFR and the
# OpenTelemetry Java SDK's spans as OTLP JSON lines. Arguments: [posts] [sessions] [seed].
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -B -q -DskipTests package -pl samples -am)
env -i PATH="$PATH" TZ=UTC java -cp "$root/samples/target/samples.jar" dev.flightpath.samples.GuildFanOutSample \
  "$root/sample-recordings" "${1:-120}" "${2:-8}" "${3:-42}"
ls -l "$root/sample-recordings"/guild-fanout-recorder.jfr "$root/sample-recordings"/guild-fanout-otlp.jsonl
