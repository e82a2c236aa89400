#!/usr/bin/env bash
# Records sample-recordings/chrome-systrace-sched.json: the kernel's scheduling events while the
# Oversubscribe workload (scripts/workloads: 5 busy threads and 3 that sleep 2 ms and work 0.5 ms,
# for 0.7 s) runs on this machine's CPUs, as a Chrome JSON trace whose systemTraceEvents holds them
# as ftrace text. Needs root (or perf_event_paranoid -1), perf, JDK 17+ and python3.
#
#   perf record -k mono -e sched:sched_switch -e sched:sched_wakeup -e sched:sched_waking -a -- java Oversubscribe
#   perf script -F comm,tid,cpu,time,event,trace
#
# and each perf line `comm tid [cpu] seconds: sched:event: fields` becomes the ftrace line
# `comm-tid [cpu] .... seconds: event: fields` (where perf no longer knew the task, -1, a switch's
# prev_comm-prev_pid, else `<...>-0`); traceEvents is empty. Beside the JSON it writes
# chrome-systrace-sched.check: figures worked out from perf's own output (perf script lines, per
# CPU; `perf sched timehist -s`; `perf sched latency`), for ChromeSystraceCrossCheckTest to compare
# the loader with. The JSON should stay under 1 MB: on a busy machine, run it again or shorten it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/sample-recordings/chrome-systrace-sched.json}"
check="${out%.json}.check"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
javac -d "$work" "$root/scripts/workloads/Oversubscribe.java"
perf record -q -m 16M -k mono -o "$work/perf.data" -e sched:sched_switch -e sched:sched_wakeup -e sched:sched_waking -a -- \
  env -i PATH="$PATH" java -Xint -XX:+UseSerialGC -cp "$work" Oversubscribe 700 5 3
perf script -i "$work/perf.data" -F comm,tid,cpu,time,event,trace > "$work/perf.txt" 2>/dev/null
perf sched timehist -i "$work/perf.data" -s > "$work/timehist.txt" 2>/dev/null
perf sched latency -i "$work/perf.data" > "$work/latency.txt" 2>/dev/null
perf report -i "$work/perf.data" --stats 2>/dev/null | grep -i lost > "$work/lost.txt" || true
python3 - "$work/perf.txt" "$work/timehist.txt" "$work/lost.txt" "$work/latency.txt" "$out" "$check" <<'PY'
import json
import re
import sys

perf_txt, timehist_txt, lost_txt, latency_txt, out, check = sys.argv[1:]
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

# Figures for the cross-check, from perf's output and not by the loader's rules: per CPU, the time
# between one sched_switch and the next belongs to the first one's next_pid (the last switch on each
# CPU runs to the last line), and perf sched timehist's own per-task summary.
def nanos(time):
    seconds, fraction = time.split(".")
    return int(seconds) * 1_000_000_000 + int(fraction.ljust(9, "0"))

event_re = re.compile(r"\] \.\.\.\. (\d+\.\d+): (\w+): (.*)$")
next_re = re.compile(r"next_comm=(.*) next_pid=(\d+) ")
counts = {}
current = {}  # cpu -> (tid, since)
segments = {}  # tid -> [count, nanos]
names = {}
last = None
for l in lines:
    m = event_re.search(l)
    time, event, fields = nanos(m.group(1)), m.group(2), m.group(3)
    counts[event] = counts.get(event, 0) + 1
    last = time
    if event != "sched_switch":
        continue
    cpu = int(l[l.index("] .... ") - 3:l.index("] .... ")])
    if cpu in current and current[cpu][0] != 0:
        tid, since = current[cpu]
        seg = segments.setdefault(tid, [0, 0])
        seg[0] += 1
        seg[1] += time - since
    n = next_re.search(fields)
    current[cpu] = (int(n.group(2)), time)
    names[int(n.group(2))] = n.group(1)
for tid, since in current.values():
    if tid != 0:
        seg = segments.setdefault(tid, [0, 0])
        seg[0] += 1
        seg[1] += last - since
timehist = {}
row_re = re.compile(r"^\s*(\S.*?)\[(\d+)(?:/\d+)?\]\s+(\d+)\s+(\d+)\s+([\d.]+)\s")
for raw in open(timehist_txt, encoding="utf-8", errors="replace"):
    m = row_re.match(raw)
    if m:
        timehist[int(m.group(2))] = (int(m.group(4)), m.group(5))
with open(check, "w", encoding="utf-8") as f:
    f.write("# scripts/record-chrome-systrace.sh: figures from perf script and perf sched timehist -s\n")
    for event in sorted(counts):
        f.write("count %s %d\n" % (event, counts[event]))
    for raw in open(lost_txt, encoding="utf-8"):
        f.write("# perf report --stats: %s\n" % " ".join(raw.split()))
    f.write("# thread NAME TID per-CPU-segments RUN_NANOS timehist-sched-in RUN_MS\n")
    for tid in sorted(segments, key=lambda t: names[t]):
        if names[tid].startswith(("busy-", "sleeper-")):
            sched_in, run_ms = timehist.get(tid, (0, "0"))
            f.write("thread %s %d %d %d %d %s\n" % (names[tid], tid, segments[tid][0], segments[tid][1], sched_in, run_ms))
    # perf sched latency: per task the longest time from runnable (wake-up, or switch-out while
    # runnable) to running, and when it started and ended.
    f.write("# maxdelay NAME TID MAX_MS START_S END_S (perf sched latency)\n")
    delay_re = re.compile(r"^\s*(\S.*?):(\d+)\s*\|.*max:\s*([\d.]+) ms \| max start:\s*([\d.]+) s \| max end:\s*([\d.]+) s")
    delays = []
    for raw in open(latency_txt, encoding="utf-8", errors="replace"):
        m = delay_re.match(raw)
        if m and m.group(1).startswith(("busy-", "sleeper-")):
            delays.append("maxdelay %s %s %s %s %s\n" % m.groups())
    f.writelines(sorted(delays))
PY
ls -l "$out" "$check"
