package dev.flightpath.reporters;

import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanStatus;
import dev.flightpath.model.StackTable;
import java.util.List;
import java.util.Map;

/** The small recordings the golden files were made from. Times are milliseconds after 2026-11-28 00:00 UTC. */
public final class GoldenRecordings {
    private static final long START = 1_795_824_000_000_000_000L;
    private static final long MS = 1_000_000L;

    private GoldenRecordings() {
    }

    private static long at(long millis) {
        return START + millis * MS;
    }

    private static List<ProcessInfo> processes() {
        return List.of(
                new ProcessInfo(0, "<0.80.0>", "web", ProcessKind.BEAM_PROCESS, ""),
                new ProcessInfo(1, "<0.81.0>", "db_pool", ProcessKind.BEAM_PROCESS, ""),
                new ProcessInfo(2, "<0.82.0>", "logger", ProcessKind.BEAM_PROCESS, ""),
                new ProcessInfo(3, "<0.83.0>", "cache", ProcessKind.BEAM_PROCESS, ""));
    }

    private static RecordingInfo info() {
        return new RecordingInfo(InputFormat.BEAM_TRACE, "", "test", "OTP 27", START, 1_000 * MS, 1, false);
    }

    /** A database pool that falls behind, a logger that keeps up, and a sampled cache mailbox. */
    public static Recording mailboxes() {
        MessageTable.Builder messages = new MessageTable.Builder();
        // db_pool: a burst of 6 queries at 100-150 ms, served every 100 ms; one never served.
        for (int i = 0; i < 6; i++) {
            long dequeue = i < 5 ? at(200 + 100 * i) : Message.NEVER;
            messages.add(new Message(0, 1, "db_pool", i % 2 == 0 ? "query" : "commit", at(100 + 10 * i),
                    at(100 + 10 * i), dequeue, -1, 1.0));
        }
        // logger: a log line every 100 ms, each handled after 1 ms.
        for (int i = 0; i < 10; i++) {
            messages.add(new Message(i % 2 == 0 ? 0 : 1, 2, "logger", "log", at(50 + 100 * i), at(50 + 100 * i),
                    at(51 + 100 * i), -1, 1.0));
        }
        // cache: one sampled message standing for 10, waiting 20 ms.
        messages.add(new Message(0, 3, "cache", "get", at(300), at(300), at(320), -1, 10.0));
        List<Span> spans = List.of(
                span(1, "db.query", at(150), at(450)),
                span(1, "db.commit", at(450), at(800)));
        return new Recording(info(), Map.of(), processes(), spans, messages.build(), SchedulingTable.empty(),
                StackTable.empty(), SampleTable.empty(), 0, List.of());
    }

    /** Two schedulers running web and db_pool, with a preemption, plus lock waits of the cache. */
    public static Recording latency() {
        SchedulingTable.Builder scheduling = new SchedulingTable.Builder();
        scheduling.add(new SchedulingInterval(0, 1, at(0), at(1), at(10)));
        scheduling.add(new SchedulingInterval(0, 1, at(10), at(30), at(40))); // preempted at 10, back at 30
        scheduling.add(new SchedulingInterval(0, 2, at(100), at(100) + 50_000, at(110)));
        scheduling.add(new SchedulingInterval(1, 2, at(200), at(205), at(300)));
        scheduling.add(new SchedulingInterval(1, 1, at(600), at(600) + 800, at(700)));
        SampleTable.Builder samples = new SampleTable.Builder();
        samples.add(at(500), -1, 3, SampleKind.LOCK, 2 * MS);
        samples.add(at(520), -1, 3, SampleKind.LOCK, 150 * MS);
        return new Recording(info(), Map.of(), processes(), List.of(), MessageTable.empty(), scheduling.build(),
                StackTable.empty(), samples.build(), 0, List.of());
    }

    private static Span span(int process, String name, long start, long end) {
        return new Span("t", name, "", List.of(), name, process, start, end, SpanKind.SERVER, SpanStatus.OK,
                Map.of(), 1.0);
    }
}
