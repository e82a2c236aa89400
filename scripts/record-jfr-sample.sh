#!/usr/bin/env bash
# Records sample-recordings/guild-fanout-jdk17.jfr: the GuildFanOut workload (scripts/workloads)
# for 3 s under the JDK's recorder with the 'profile' settings, without the events that describe
# the machine. Needs JDK 17+.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/sample-recordings/guild-fanout-jdk17.jfr}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
javac -d "$work" "$root/scripts/workloads/GuildFanOut.java"
# A clean environment, and no events that describe the machine (environment, properties, processes).
private="jdk.InitialEnvironmentVariable#enabled=false,jdk.InitialSystemProperty#enabled=false"
private="$private,jdk.SystemProcess#enabled=false,jdk.NativeLibrary#enabled=false"
env -i PATH="$PATH" TZ=UTC java -XX:StartFlightRecording=settings=profile,filename="$out",dumponexit=true,$private \
  -cp "$work" GuildFanOut 3 16
ls -l "$out"
