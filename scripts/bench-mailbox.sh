#!/usr/bin/env bash
# Times `flightpath mailbox` and `flightpath latency` on a JFR recording with 10 million messages
# (flightpath's recorder events, read by the real JFR loader), next to the time to merely read the
# file: the JDK's consumer parsing the recorder events and their fields without building anything
# (`ReadRecorderEvents` below), and the JDK's `jfr summary`, which only walks the event headers.
# `flightpath summary` is there too: it parses every event and builds messages and task intervals.
#
#   scripts/bench-mailbox.sh                       # MESSAGES=10000000, best of RUNS=1
#   MESSAGES=1000000 RUNS=3 HEAP=4g scripts/bench-mailbox.sh
#   SMALL_HEAP=1g scripts/bench-mailbox.sh         # the fixed small heap of the second table
#
# The recording: one thread puts bursts of 1–64 messages into one of 16 TracedMailboxes at random
# (seed 42) and takes them back out, handing each to a 2-thread TracedExecutorService, so every
# message is 4 events: enqueued, dequeued, task submitted, task executed (with JFR's default
# settings besides). Everything goes to target/bench-mailbox/, which git ignores.
#
# Reported per command: wall and CPU seconds (JVM start included), messages per second of each,
# peak heap (the largest heap occupancy in the GC log, before a collection: the live data plus
# garbage at the fullest moment; it grows with the heap allowed), the most live data (the largest
# occupancy right after a collection) and the process's maximum resident set. A second table runs
# `mailbox` and `latency` again in a fixed small heap (SMALL_HEAP, default 2g) and says whether
# they fit: "OOM" when the JVM ran out of heap. Needs JDK 17+, Maven and /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/target/bench-mailbox"
messages="${MESSAGES:-10000000}"
runs="${RUNS:-1}"
heap="${HEAP:-12g}"
small_heap="${SMALL_HEAP:-2g}"
mkdir -p "$work"

# 1. flightpath and the recorder jar (the launcher builds when the sources are newer).
"$root/flightpath" --version >/dev/null
# A copy, so that a build during the run cannot swap the jar under the JVMs.
flightpath_jar="$work/flightpath.jar"
cp "$root/cli/target/flightpath.jar" "$flightpath_jar"
recorder_jar="$(ls "$root"/recorder/target/flightpath-recorder-*.jar 2>/dev/null | grep -v sources | head -1 || true)"
if [ -z "$recorder_jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests package -pl recorder)
  recorder_jar="$(ls "$root"/recorder/target/flightpath-recorder-*.jar | grep -v sources | head -1)"
fi

# 2. The recording.
recording="$work/mailboxes-$messages.jfr"
if [ ! -f "$recording" ]; then
  cat > "$work/MailboxLoad.java" <<'JAVA'
import dev.flightpath.recorder.TracedExecutorService;
import dev.flightpath.recorder.TracedMailbox;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Puts and takes the given number of messages through 16 traced mailboxes and a traced pool. */
public class MailboxLoad {
    private static final String[] TYPES = {"Post", "Ack", "Tick", "Query"};
    private static volatile long sink;

    public static void main(String[] args) throws Exception {
        long messages = Long.parseLong(args[0]);
        List<TracedMailbox<Long>> mailboxes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            mailboxes.add(new TracedMailbox<>("mailbox-" + i));
        }
        TracedExecutorService workers = new TracedExecutorService("workers", Executors.newFixedThreadPool(2));
        SplittableRandom random = new SplittableRandom(42);
        long sent = 0;
        while (sent < messages) {
            TracedMailbox<Long> mailbox = mailboxes.get(random.nextInt(mailboxes.size()));
            int burst = (int) Math.min(1 + random.nextInt(64), messages - sent);
            for (int i = 0; i < burst; i++) {
                long message = sent + i;
                mailbox.put(message, TYPES[(int) (message % TYPES.length)], null, null);
            }
            Future<?> last = null;
            for (int i = 0; i < burst; i++) {
                long message = mailbox.take();
                last = workers.submit(() -> sink += message);
            }
            last.get();
            sent += burst;
        }
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
    }
}
JAVA
  echo "bench-mailbox: recording $messages messages..." >&2
  # Large buffers: with small ones, a busy disk makes JFR drop buffers (jdk.DataLoss).
  java -cp "$recorder_jar" -XX:FlightRecorderOptions:memorysize=1g,globalbuffersize=16m \
       "-XX:StartFlightRecording:filename=$recording,settings=default,maxsize=0" \
       "$work/MailboxLoad.java" "$messages" >/dev/null
fi
# maxsize=0 above: without it a disk recording keeps only its newest 250 MB of chunks.
enqueued="$(jfr summary "$recording" | awk '$1 == "flightpath.MessageEnqueued" {print $2}')"
if [ "$enqueued" != "$messages" ]; then
  echo "bench-mailbox: the recording holds $enqueued of $messages messages; delete it and rerun" >&2
  exit 1
fi
echo "Recording: $recording"
echo "  $(du -h "$recording" | cut -f1), $messages messages (4 recorder events each)"
echo

# 3. The time to merely read the file: the JDK's consumer parsing every recorder event and
#    reading the fields the loader reads, building nothing; and the same for the mailbox events
#    alone (all that `mailbox` reads) and the executor events alone (all that `latency` reads).
mkdir -p "$work/classes"
cat > "$work/ReadRecorderEvents.java" <<'JAVA'
import java.nio.file.Path;
import jdk.jfr.consumer.EventStream;

/**
 * Parses the recorder events of a recording as the loader does, and only counts them: all four
 * kinds, or with a second argument "messages" or "tasks" only the mailbox or the executor events
 * (what `mailbox` and `latency` read).
 */
public class ReadRecorderEvents {
    private static long events;
    private static long checksum;

    public static void main(String[] args) throws Exception {
        String only = args.length > 1 ? args[1] : "all";
        try (EventStream stream = EventStream.openFile(Path.of(args[0]))) {
            stream.setReuse(true);
            stream.setOrdered(false);
            if (!only.equals("tasks")) {
                for (String name : new String[] {"flightpath.MessageEnqueued", "flightpath.MessageDequeued"}) {
                    stream.onEvent(name, event -> {
                        events++;
                        checksum += event.getLong("messageId") + event.getStartTime().getNano()
                                + event.getString("mailbox").length() + event.getThread("eventThread").getJavaThreadId();
                    });
                }
            }
            if (!only.equals("messages")) {
                for (String name : new String[] {"flightpath.TaskSubmitted", "flightpath.TaskExecuted"}) {
                    stream.onEvent(name, event -> {
                        events++;
                        checksum += event.getLong("taskId") + event.getStartTime().getNano()
                                + event.getString("executor").length() + event.getThread("eventThread").getJavaThreadId();
                    });
                }
            }
            stream.start();
        }
        System.out.println(events + " events, checksum " + checksum);
    }
}
JAVA
javac -d "$work/classes" "$work/ReadRecorderEvents.java"

# 4. Best wall-clock time of RUNS runs, with the peak heap and resident set of that run.
#    measure HEAP LABEL jfr|java|flightpath ARGS...
#    With ALLOW_OOM=1 a run that runs out of heap is reported as "OOM" instead of stopping the script.
measure() {
  local heap_size="$1" label="$2" tool="$3"
  shift 3
  local best="" best_cpu="" best_heap="" best_live="" best_rss="" outcome="ok"
  for _ in $(seq "$runs"); do
    local gclog="$work/gc.log" timing="$work/time.txt" command
    rm -f "$gclog"
    if [ "$tool" = jfr ]; then
      command=(jfr "-J-Xlog:gc:file=$gclog" "$@")
    elif [ "$tool" = java ]; then
      command=(java "-Xmx$heap_size" "-Xlog:gc:file=$gclog" "$@")
    else
      command=(java "-Xmx$heap_size" "-Xlog:gc:file=$gclog" -jar "$flightpath_jar" "$@")
    fi
    if ! /usr/bin/time -f '%e %U %S %M' -o "$timing" "${command[@]}" >/dev/null 2>"$work/stderr.txt"; then
      if [ "${ALLOW_OOM:-0}" = 1 ] && grep -q OutOfMemoryError "$work/stderr.txt"; then
        outcome="OOM"
      else
        echo "bench-mailbox: '$label' failed:" >&2; cat "$work/stderr.txt" >&2; exit 1
      fi
    fi
    local seconds user system rss_kb peak_mb live_mb
    read -r seconds user system rss_kb < <(tail -1 "$timing")
    # "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 1024M->512M(2048M) 12.3ms": the largest
    # "before" is the peak heap, the largest "after" the most live data (plus what survived).
    peak_mb=$(grep -oE '[0-9]+M->[0-9]+M' "$gclog" | sed 's/M->.*//' | sort -n | tail -1)
    live_mb=$(grep -oE '[0-9]+M->[0-9]+M' "$gclog" | sed 's/.*->//; s/M$//' | sort -n | tail -1)
    if [ -z "$best" ] || [ "$(echo "$seconds < $best" | bc)" = 1 ]; then
      best=$seconds best_cpu=$(echo "$user + $system" | bc) best_heap=${peak_mb:-0} best_live=${live_mb:-0}
      best_rss=$((rss_kb / 1024))
    fi
  done
  printf '%-34s %8s %12s %8s %12s %10s %10s %9s %5s\n' "$label" "$best" "$(echo "$messages / $best" | bc)" \
    "$best_cpu" "$(echo "$messages / $best_cpu" | bc)" "${best_heap} MB" "${best_live} MB" "${best_rss} MB" "$outcome"
}

header() {
  printf '%-34s %8s %12s %8s %12s %10s %10s %9s %5s\n' "$1" "wall s" "msgs/wall s" "CPU s" \
    "msgs/CPU s" "peak heap" "most live" "max RSS" "fits"
}

echo "Wall and CPU (user + system) seconds, JVM start included; messages per wall and per CPU second."
echo "On a shared or busy machine the CPU figures are the ones to compare."
header "Command (best of $runs, -Xmx$heap)"
measure "$heap" "jfr summary (JDK)" jfr summary "$recording"
measure "$heap" "read only (JDK consumer)" java -cp "$work/classes" ReadRecorderEvents "$recording"
measure "$heap" "read only, mailbox events" java -cp "$work/classes" ReadRecorderEvents "$recording" messages
measure "$heap" "read only, executor events" java -cp "$work/classes" ReadRecorderEvents "$recording" tasks
measure "$heap" "flightpath summary --format json" flightpath summary --format json "$recording"
measure "$heap" "flightpath mailbox --format json" flightpath mailbox --format json "$recording"
measure "$heap" "flightpath latency --format json" flightpath latency --format json "$recording"
echo
echo "The same analyses in a fixed small heap (OOM: they do not fit):"
header "Command (best of $runs, -Xmx$small_heap)"
ALLOW_OOM=1 measure "$small_heap" "read only (JDK consumer)" java -cp "$work/classes" ReadRecorderEvents "$recording"
ALLOW_OOM=1 measure "$small_heap" "flightpath mailbox --format json" flightpath mailbox --format json "$recording"
ALLOW_OOM=1 measure "$small_heap" "flightpath latency --format json" flightpath latency --format json "$recording"
