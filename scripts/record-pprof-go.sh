#!/usr/bin/env bash
# Records sample-recordings/pprof-go-cpu.pb.gz and pprof-go-allocs.pb.gz: Go's runtime/pprof
# profiles of scripts/workloads/pprof-go/main.go (6 goroutines hashing fanned-out posts for 1.5 s;
# CPU profile at Go's default 100 Hz, allocation profile at MemProfileRate 4096). Needs Debian's
# golang-go. Usage: scripts/record-pprof-go.sh [out_dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-sample-recordings}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp scripts/workloads/pprof-go/main.go "$work/"
(cd "$work" && GO111MODULE=off GOCACHE="$work/cache" go build -o fanout main.go)
"$work/fanout" "$out/pprof-go-cpu.pb.gz" "$out/pprof-go-allocs.pb.gz"
go version
