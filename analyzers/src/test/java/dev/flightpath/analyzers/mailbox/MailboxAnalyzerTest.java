package dev.flightpath.analyzers.mailbox;

import static dev.flightpath.analyzers.Scenario.NEVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.analyzers.stats.DurationStats;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hand-computed scenarios, one per rule; every recording covers [0, 100) ns unless said. */
class MailboxAnalyzerTest {
    private static MailboxOptions tenBuckets() {
        return new MailboxOptions(null, Long.MIN_VALUE, Long.MAX_VALUE, 0, 10, 5);
    }

    private static MailboxStats only(MailboxReport report) {
        assertEquals(1, report.mailboxes().size());
        return report.mailboxes().get(0);
    }

    @Test
    void fifoQueue() {
        Scenario s = new Scenario(0, 100);
        int sender = s.process("client");
        int worker = s.process("worker");
        s.message(sender, worker, "inbox", "job", 10, 20)
                .message(sender, worker, "inbox", "job", 12, 30)
                .message(sender, worker, "inbox", "job", 14, 40);
        MailboxReport report = MailboxAnalyzer.analyze(s.build(), tenBuckets());
        MailboxStats m = only(report);
        // Depth: [10,12)=1 [12,14)=2 [14,20)=3 [20,30)=2 [30,40)=1, else 0.
        assertEquals("worker", m.process());
        assertEquals("inbox", m.mailbox());
        assertEquals(3, m.enqueued());
        assertEquals(3, m.dequeued());
        assertEquals(0, m.leftAtEnd());
        assertEquals(3, m.maxDepth());
        assertEquals(14, m.maxDepthAtNanos());
        assertEquals(54.0, m.queuedMessageNanos());
        assertEquals(0.54, m.meanDepth(), 1e-12);
        // Time at depth 0: 70, 1: 12, 2: 12, 3: 6 (of 100).
        assertEquals(0, m.depthP50());
        assertEquals(2, m.depthP90());
        assertEquals(3, m.depthP99());
        assertEquals(30, m.timeOverNanos());
        assertEquals(new DurationStats(3, 18, 26, 26, 26, 26, 54), m.queueWait());
        assertEquals(List.of(0L, 3L, 2L, 1L, 0L, 0L, 0L, 0L, 0L, 0L), m.depthSparkline());
        assertEquals(1, m.episodeCount());
        Episode e = m.worstEpisode();
        assertEquals(10, e.startNanos());
        assertEquals(14, e.peakAtNanos());
        assertEquals(3, e.peakDepth());
        assertEquals(40, e.endNanos());
        assertFalse(e.ongoing());
        assertEquals(3, e.in());
        assertEquals(3, e.out());
        assertEquals(1e8, e.inPerSecond(), 1e-3);
        assertEquals(54.0, e.queuedMessageNanos());
        assertFalse(report.estimated());
        assertEquals(0, report.windowStartNanos());
        assertEquals(100, report.windowEndNanos());
    }

    @Test
    void messageNeverDequeuedStaysToTheEnd() {
        Scenario s = new Scenario(0, 100);
        int p = s.process("p");
        s.message(p, p, "inbox", "a", 10, NEVER).message(p, p, "inbox", "b", 20, 30);
        MailboxStats m = only(MailboxAnalyzer.analyze(s.build(), tenBuckets()));
        // Depth: [10,20)=1 [20,30)=2 [30,100)=1.
        assertEquals(2, m.enqueued());
        assertEquals(1, m.dequeued());
        assertEquals(1, m.leftAtEnd());
        assertEquals(100.0, m.queuedMessageNanos());
        assertEquals(1.0, m.meanDepth(), 1e-12);
        assertEquals(1, m.queueWait().count());
        assertEquals(10, m.queueWait().maxNanos());
        Episode e = m.worstEpisode();
        assertTrue(e.ongoing());
        assertEquals(10, e.startNanos());
        assertEquals(100, e.endNanos());
        assertEquals(2, e.in());
        assertEquals(1, e.out());
    }

    @Test
    void eventsOfOneNanosecondApplyTogether() {
        Scenario s = new Scenario(0, 100);
        int p = s.process("p");
        s.message(p, p, "inbox", "a", 10, 20)
                .message(p, p, "inbox", "a", 20, 30) // enqueued when the first leaves: depth stays 1
                .message(p, p, "inbox", "a", 50, 50); // in and out in one nanosecond: never counted
        MailboxStats m = only(MailboxAnalyzer.analyze(s.build(), tenBuckets()));
        assertEquals(1, m.maxDepth());
        assertEquals(10, m.maxDepthAtNanos());
        assertEquals(1, m.episodeCount());
        assertEquals(30, m.worstEpisode().endNanos());
        assertEquals(3, m.enqueued());
        assertEquals(3, m.dequeued());
        // Waits 0, 10, 10.
        assertEquals(new DurationStats(3, 10, 10, 10, 10, 10, 20), m.queueWait());
        assertEquals(20.0, m.queuedMessageNanos());
    }

    @Test
    void dequeueBeforeEnqueueCountsAsImmediate() {
        Scenario s = new Scenario(0, 100);
        int p = s.process("p");
        s.message(p, p, "inbox", "a", 40, 30);
        MailboxStats m = only(MailboxAnalyzer.analyze(s.build(), tenBuckets()));
        assertEquals(0, m.maxDepth());
        assertEquals(0, m.queueWait().maxNanos());
        assertNull(m.worstEpisode());
    }

    @Test
    void worstOfOverlappingEpisodesHasTheLargestArea() {
        Scenario s = new Scenario(0, 100);
        int p = s.process("p");
        s.message(p, p, "inbox", "a", 10, 20) // episode 1: area 10
                .message(p, p, "inbox", "a", 30, 50) // episode 2: [30,40)=1 [40,50)=2 [50,60)=1, area 40
                .message(p, p, "inbox", "a", 40, 60);
        MailboxStats m = only(MailboxAnalyzer.analyze(s.build(), tenBuckets()));
        assertEquals(2, m.episodeCount());
        Episode e = m.worstEpisode();
        assertEquals(30, e.startNanos());
        assertEquals(40, e.peakAtNanos());
        assertEquals(60, e.endNanos());
        assertEquals(40.0, e.queuedMessageNanos());
        assertEquals(2, e.in());
        assertEquals(2, e.out());

        MailboxStats over1 = only(MailboxAnalyzer.analyze(s.build(), tenBuckets().withOverDepth(1)));
        assertEquals(1, over1.episodeCount());
        assertEquals(40, over1.worstEpisode().startNanos());
        assertEquals(50, over1.worstEpisode().endNanos());
        assertEquals(10, over1.timeOverNanos());
        assertEquals(1, over1.worstEpisode().in());
        assertEquals(1, over1.worstEpisode().out());
    }

    @Test
    void weightsCountInDepthAndPercentiles() {
        Scenario s = new Scenario(0, 100);
        int p = s.process("p");
        s.message(p, p, "inbox", "a", 0, 10, 100.0).message(p, p, "inbox", "a", 5, 20, 1.0);
        MailboxReport report = MailboxAnalyzer.analyze(s.build(), tenBuckets());
        MailboxStats m = only(report);
        // Depth: [0,5)=100 [5,10)=101 [10,20)=1.
        assertTrue(report.estimated());
        assertTrue(m.estimated());
        assertEquals(101, m.enqueued());
        assertEquals(101, m.maxDepth());
        assertEquals(5, m.maxDepthAtNanos());
        assertEquals(10.15, m.meanDepth(), 1e-12);
        // 100 waits of 10, one of 15: rank(99%) = 100 → 10, rank(99.9%) = 101 → 15.
        assertEquals(new DurationStats(101, 10, 10, 10, 15, 15, 1015), m.queueWait());
    }

    @Test
    void windowCutsTheTimeline() {
        Scenario s = new Scenario(0, 100);
        int p = s.process("p");
        s.message(p, p, "inbox", "a", 0, 50)
                .message(p, p, "inbox", "a", 20, 80)
                .message(p, p, "inbox", "a", 60, NEVER)
                .message(p, p, "inbox", "a", 5, 10); // gone before the window
        MailboxStats m = only(MailboxAnalyzer.analyze(s.build(), tenBuckets().withWindow(30, 70)));
        // In [30,70): [30,50)=2 [50,60)=1 [60,70)=2.
        assertEquals(2, m.depthAtStart());
        assertEquals(1, m.enqueued());
        assertEquals(1, m.dequeued());
        assertEquals(2, m.leftAtEnd());
        assertEquals(70.0, m.queuedMessageNanos());
        assertEquals(1.75, m.meanDepth(), 1e-12);
        assertEquals(0, m.queueWait().count());
        assertEquals(2, m.maxDepth());
        assertEquals(30, m.maxDepthAtNanos());
    }

    @Test
    void rankingByQueuedTimeAndProcessFilter() {
        Scenario s = new Scenario(0, 100);
        int client = s.process("client");
        int a = s.process("alpha");
        int b = s.process("beta");
        s.message(client, a, "inbox", "x", 0, 90) // area 90
                .message(client, b, "inbox", "x", 0, 10) // area 10 + 10
                .message(client, b, "inbox", "x", 0, 10)
                .message(client, a, "control", "x", 0, 5); // area 5
        MailboxReport report = MailboxAnalyzer.analyze(s.build(), tenBuckets());
        assertEquals(List.of("alpha inbox", "beta inbox", "alpha control"),
                report.mailboxes().stream().map(m -> m.process() + " " + m.mailbox()).collect(
                        java.util.stream.Collectors.toList()));
        assertEquals(2, report.top(2).mailboxes().size());
        MailboxReport beta = MailboxAnalyzer.analyze(s.build(), tenBuckets().withProcessFilter(Pattern.compile("^be")));
        assertEquals("beta", only(beta).process());
    }

    @Test
    void topSendersAndTypesByCountAndByWait() {
        Scenario s = new Scenario(0, 100);
        int fast = s.process("fast");
        int slow = s.process("slow");
        int worker = s.process("worker");
        s.message(fast, worker, "inbox", "ping", 0, 1)
                .message(fast, worker, "inbox", "ping", 2, 3)
                .message(fast, worker, "inbox", "ping", 4, 5)
                .message(slow, worker, "inbox", "batch", 10, 60);
        MailboxStats m = only(MailboxAnalyzer.analyze(s.build(), tenBuckets()));
        assertEquals(new Contributor("fast", 3, 3), m.topSendersByCount().get(0));
        assertEquals(new Contributor("slow", 1, 50), m.topSendersByWait().get(0));
        assertEquals("ping", m.topTypesByCount().get(0).name());
        assertEquals("batch", m.topTypesByWait().get(0).name());
    }

    @Test
    void worstEpisodeShowsWhatTheReceiverWasDoing() {
        Scenario s = new Scenario(0, 100);
        int client = s.process("client");
        int worker = s.process("worker");
        s.message(client, worker, "inbox", "x", 10, 50)
                .span(worker, "handle_slow", 5, 45) // 35 ns inside [10,50)
                .span(worker, "handle_fast", 45, 48) // 3 ns
                .span(client, "elsewhere", 10, 50) // another process
                .span(worker, "later", 60, 70); // after the episode
        Episode e = only(MailboxAnalyzer.analyze(s.build(), tenBuckets())).worstEpisode();
        assertNotNull(e);
        assertEquals(List.of(new NamedAmount("handle_slow", 35), new NamedAmount("handle_fast", 3)),
                e.handlingSpans());
    }

    @Test
    void worstEpisodeShowsSampledFrames() {
        Scenario s = new Scenario(0, 100);
        int worker = s.process("worker");
        s.message(worker, worker, "inbox", "x", 10, 50)
                .cpuSample(worker, 20, "Json.parse")
                .cpuSample(worker, 30, "Json.parse")
                .cpuSample(worker, 40, "Db.query")
                .cpuSample(worker, 60, "Idle.wait"); // after the episode
        Episode e = only(MailboxAnalyzer.analyze(s.build(), tenBuckets())).worstEpisode();
        assertEquals(List.of(new NamedAmount("Json.parse", 2), new NamedAmount("Db.query", 1)), e.sampledFrames());
    }

    @Test
    void veryDeepMailboxPercentilesBySorting() {
        // One message standing for 5,000: depth values too far apart to count time per depth.
        Scenario s = new Scenario(0, 100);
        int p = s.process("p");
        s.message(p, p, "inbox", "a", 10, 20, 5_000.0);
        MailboxStats m = only(MailboxAnalyzer.analyze(s.build(), tenBuckets()));
        assertEquals(5_000, m.maxDepth());
        assertEquals(0, m.depthP50());
        assertEquals(0, m.depthP90());
        assertEquals(5_000, m.depthP99());
        assertEquals(500.0, m.meanDepth(), 1e-12);
    }

    @Test
    void emptyWindowHasNoMailboxes() {
        Scenario s = new Scenario(0, 100);
        int p = s.process("p");
        s.message(p, p, "inbox", "a", 10, 20);
        assertTrue(MailboxAnalyzer.analyze(s.build(), tenBuckets().withWindow(500, 600)).mailboxes().isEmpty());
    }

    @Test
    void messagesNeverReceivedAreLeftOutAndCounted() {
        // A monotonic clock far below zero, as in BEAM traces: NEVER must not pass for a time.
        long t0 = -576_460_751_193_351_575L;
        Scenario s = new Scenario(t0, 100).monotonic();
        int p = s.process("p");
        int q = s.process("q");
        s.message(p, q, "inbox", "a", t0 + 10, t0 + 20)
                .sentNeverReceived(p, q, "inbox", "b", t0 + 30)
                .sentNeverReceived(p, dev.flightpath.model.Message.UNKNOWN_PROCESS, "<9.1.0>", "c", t0 + 40)
                .sentNeverReceived(p, q, "inbox", "d", t0 + 90);
        MailboxReport report = MailboxAnalyzer.analyze(s.build(), tenBuckets());
        assertEquals(t0, report.windowStartNanos());
        assertEquals(t0 + 100, report.windowEndNanos());
        assertEquals(t0, report.recordingStartNanos());
        assertEquals(dev.flightpath.model.RecordingInfo.TimeBase.MONOTONIC, report.timeBase());
        assertEquals(3, report.neverReceived());
        MailboxStats m = only(report);
        assertEquals(1, m.enqueued());
        assertEquals(1, m.dequeued());
        assertEquals(0, m.leftAtEnd());
        assertEquals(1, m.maxDepth());
        assertEquals(10.0, m.queuedMessageNanos());
        assertEquals(1, m.queueWait().count());
        assertEquals(1, m.topTypesByCount().size());
        // In a window, only the sends within it count.
        MailboxReport late = MailboxAnalyzer.analyze(s.build(), tenBuckets().withWindow(t0 + 35, t0 + 100));
        assertEquals(2, late.neverReceived());
        assertTrue(late.mailboxes().isEmpty());
    }

    @Test
    void onlyNeverReceivedMessagesMakeNoMailbox() {
        Scenario s = new Scenario(0, 100);
        int p = s.process("p");
        s.sentNeverReceived(p, p, "inbox", "a", 10);
        MailboxReport report = MailboxAnalyzer.analyze(s.build(), tenBuckets());
        assertTrue(report.mailboxes().isEmpty());
        assertEquals(1, report.neverReceived());
        assertEquals(0, report.windowStartNanos());
        assertEquals(100, report.windowEndNanos());
    }

    @Test
    void mailboxesWithoutAnyDequeueRankLast() {
        // "collector" has no dequeue point: its 5 messages stay queued for 90 ns each (area 450),
        // far more than the server's real backlog (area 110), yet the server ranks first.
        Scenario s = new Scenario(0, 100);
        int client = s.process("client");
        int server = s.process("server");
        int collector = s.process("collector");
        for (int i = 0; i < 5; i++) {
            s.message(client, collector, "collector", "ack", 10, NEVER);
        }
        s.message(client, server, "server", "req", 10, 40).message(client, server, "server", "req", 10, 40)
                .message(client, server, "server", "req", 50, NEVER);
        MailboxReport report = MailboxAnalyzer.analyze(s.build(), tenBuckets());
        assertEquals(List.of("server", "collector"),
                report.mailboxes().stream().map(MailboxStats::mailbox).toList());
        assertTrue(report.mailboxes().get(0).dequeueSeen());
        assertFalse(report.mailboxes().get(1).dequeueSeen());
        assertEquals(110.0, report.mailboxes().get(0).queuedMessageNanos());
        assertEquals(450.0, report.mailboxes().get(1).queuedMessageNanos());
        // Whether a dequeue was seen is over the whole recording, not the window.
        MailboxReport late = MailboxAnalyzer.analyze(s.build(), tenBuckets().withWindow(45, 100));
        assertTrue(late.mailboxes().stream().filter(m -> m.mailbox().equals("server")).findFirst().orElseThrow()
                .dequeueSeen());
        assertEquals("server", late.mailboxes().get(0).mailbox());
    }
}
