#!/usr/bin/env bash
# Records sample-recordings/chrome-systrace-sched.json: the kernel's scheduling events while the
# Oversubscribe workload (scripts/workloads: 5 busy threads and 3 that sleep 2 ms and work 0.5 ms,
# for 1 s) runs on this machine's CPUs, as a Chrome JSON trace whose systemTraceEvents holds them
# as ftrace text. Needs root (or perf_event_paranoid -1), perf, JDK 17+ and python3.
#
#   perf record -k mono -e sched:sched_switch -e sched:sched_wakeup -e sched:sched_waking -a -- java Oversubscribe
#   perf script -F comm,tid,cpu,time,event,trace
#
# and each perf line `comm tid [cpu] seconds: sched:event: fields` becomes the ftrace line
# `comm-tid [cpu] .... seconds: event: fields` (where perf no longer knew the task, -1, a switch's
# prev_comm-prev_pid, else `<...>-0`); traceEvents is empty. Beside the JSON it writes
# chrome-systrace-sched.check: figures worked out from perf's own output by `perf sched timehist`
# and by counting perf script lines, for ChromeSystraceSampleTest to compare the loader with.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/sample-recordings/chrome-systrace-sched.json}"
check="${out%.json}.check"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
javac -d "$work" "$root/scripts/workloads/Oversubscribe.java"
perf record -q -k mono -o "$work/perf.data" -e sched:sched_switch -e sched:sched_wakeup -e sched:sched_waking -a -- \
  env -i PATH="$PATH" java -Xint -XX:+UseSerialGC -cp "$work" Oversubscribe 1000 5 3
perf script -i "$work/perf.data" -F comm,tid,cpu,time,event,trace > "$work/perf.txt" 2>/dev/null
perf sched timehist -i "$work/perf.data" -s > "$work/timehist.txt" 2>/dev/null || true
python3 - "$work/perf.txt" "$work/timehist.txt" "$out" "$check" <<'PY'
import json
import re
import sys

perf_txt, timehist_txt, out, check = sys.argv[1:]
line_re = re.compile(r"^\s*(.*?)\s+(-?\d+)\s+\[(\d+)\]\s+(\d+\.\d+):\s+sched:(\w+):\s(.*)$")
prev_re = re.compile(r"prev_comm=(.*) prev_pid=(\d+) ")
lines = []
for raw in open(perf_txt, encoding="utf-8", errors="replace"):
    m = line_re.match(raw.rstrip("\n"))
    if not m:
        raise SystemExit("unexpected perf script line: " + raw)
    comm, tid, cpu, time, event, fields = m.groups()
    if tid == "-1":
        # perf no longer knew the task (it had exited): a switch names it; otherwise ftrace's "<...>"
        prev = prev_re.search(fields) if event == "sched_switch" else None
        comm, tid = (prev.group(1), prev.group(2)) if prev else ("<...>", "0")
    lines.append("%s-%s [%03d] .... %s: %s: %s" % (comm, tid, int(cpu), time, event, fields))
text = "# tracer: nop\n#\n#           TASK-PID    CPU#  ||||    TIMESTAMP  FUNCTION\n" + "\n".join(lines) + "\n"
with open(out, "w", encoding="utf-8") as f:
    json.dump({"traceEvents": [], "systemTraceEvents": text}, f, ensure_ascii=True)
    f.write("\n")

# Figures for the cross-check, from perf's output, not from the loader's rules.
switches = sum(1 for l in lines if ": sched_switch: " in l)
wakings = sum(1 for l in lines if ": sched_waking: " in l)
wakeups = sum(1 for l in lines if ": sched_wakeup: " in l)
first = float(lines[0].split("] .... ")[1].split(":")[0])
last = float(lines[-1].split("] .... ")[1].split(":")[0])
# perf sched timehist -s: per task "comm[tid]  parent  sched-in  run-time  min-run avg-run max-run stddev migrations".
runs = {}
row_re = re.compile(r"^\s*(\S.*?)\[(\d+)(?:/\d+)?\]\s+(\d+)\s+(\d+)\s+([\d.]+)\s")
for raw in open(timehist_txt, encoding="utf-8", errors="replace"):
    m = row_re.match(raw)
    if m and (m.group(1).startswith("busy-") or m.group(1).startswith("sleeper-")):
        runs[m.group(1)] = (int(m.group(2)), int(m.group(4)), m.group(5))
with open(check, "w", encoding="utf-8") as f:
    f.write("# from perf script and perf sched timehist -s on the same perf.data\n")
    f.write("sched_switch %d\nsched_waking %d\nsched_wakeup %d\n" % (switches, wakings, wakeups))
    f.write("first %.6f\nlast %.6f\n" % (first, last))
    for name in sorted(runs):
        tid, sched_in, run_ms = runs[name]
        f.write("thread %s %d sched_in %d run_ms %s\n" % (name, tid, sched_in, run_ms))
PY
ls -l "$out" "$check"
