package dev.flightpath.analyzers.fanout;

import static dev.flightpath.analyzers.Scenario.NEVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import dev.flightpath.model.SpanStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed scenarios, one or two per rule of the package documentation. */
class FanoutAnalyzerTest {
    private static final FanoutOptions GAP_1000 = FanoutOptions.defaults().withBurstGapNanos(1000);

    @Test
    void burstsOfOneSenderOneTypeDistinctMailboxesWithinTheGap() {
        Scenario s = new Scenario(0, 10_000);
        int guild = s.process("guild");
        int a = s.process("a");
        int b = s.process("b");
        int c = s.process("c");
        int poster = s.process("poster");
        s.message(poster, guild, "guild", "post", 0, 50)
                .message(poster, b, "b", "other", 10, 650) // another type: its own broadcast
                .message(guild, a, "a", "msg", 100, 200)
                .message(guild, b, "b", "msg", 101, 700)
                .message(guild, c, "c", "msg", 102, 300)
                .message(guild, c, "c", "msg", 103, 400) // c is already in the burst: a new one
                .message(guild, a, "a", "msg", 1104, 1204) // 1,001 ns after the last send: a new burst
                .message(guild, b, "b", "msg", 1105, NEVER);
        FanoutReport report = FanoutAnalyzer.analyze(s.build(), GAP_1000);

        assertEquals(5, report.broadcasts());
        assertEquals(8, report.deliveries());
        assertFalse(report.estimated());
        assertEquals(Map.of("burst", 5L), report.rules());
        assertEquals("dequeue", report.timing());
        List<BroadcastResult> all = report.all();
        assertEquals(List.of(0L, 10L, 100L, 103L, 1104L), all.stream().map(BroadcastResult::sendNanos).toList());
        assertEquals(List.of(1, 1, 3, 1, 2), all.stream().map(BroadcastResult::size).toList());

        BroadcastResult three = all.get(2);
        assertEquals("guild", three.sender());
        assertEquals("msg", three.operation());
        // Arrivals 200 (a), 300 (c), 700 (b) after the send at 100.
        assertEquals(100, three.toFirstNanos());
        assertEquals(200, three.toMedianNanos());
        assertEquals(600, three.toLastNanos());
        assertEquals(BroadcastResult.UNKNOWN, three.toLastHandledNanos());
        // b had the poster's message waiting (enqueued at 10, taken at 650).
        assertEquals(List.of(new RecipientDelay("b", 600, BroadcastResult.UNKNOWN, 1),
                new RecipientDelay("c", 200, BroadcastResult.UNKNOWN, 0),
                new RecipientDelay("a", 100, BroadcastResult.UNKNOWN, 0)), three.slowestRecipients());
        // c's second copy found the first one still waiting.
        assertEquals(1, all.get(3).slowestRecipients().get(0).depthAhead());
        BroadcastResult late = all.get(4);
        assertEquals(1, late.undelivered());
        assertEquals(100, late.toLastNanos());

        // Size 1: 50, 640, 297; size 2-10: 600, 100.
        SizeBucket ones = report.bySize().get(0);
        assertEquals(List.of(1, 1, 3L, 3L), List.of(ones.sizeMin(), ones.sizeMax(), ones.broadcasts(), ones.deliveries()));
        assertEquals(List.of(297L, 640L, 640L, 640L), List.of(ones.toLastP50Nanos(), ones.toLastP95Nanos(),
                ones.toLastP99Nanos(), ones.toLastMaxNanos()));
        SizeBucket small = report.bySize().get(1);
        assertEquals(List.of(2, 10, 2L, 5L), List.of(small.sizeMin(), small.sizeMax(), small.broadcasts(), small.deliveries()));
        assertEquals(List.of(100L, 600L), List.of(small.toLastP50Nanos(), small.toLastP95Nanos()));
        assertEquals(1.0, small.samplingRate());
        assertFalse(small.fewSamples());
        assertEquals(2, report.bySize().size());

        assertEquals(List.of(new SenderSummary("guild", 3, 6, 1, 2, 3), new SenderSummary("poster", 2, 2, 1, 1, 1)),
                report.senders());
        assertEquals(List.of(new SlowRecipient("a", 1, 0.5), new SlowRecipient("b", 1, 0.5)), report.slowRecipients());
        assertEquals(List.of(10L, 100L, 103L, 1104L, 0L), // 640, 600, 297, 100, 50
                report.slowest().stream().map(BroadcastResult::sendNanos).toList());
    }

    @Test
    void broadcastIdsGroupAcrossAnyGapAndFallBackToTheEndOfHandling() {
        Scenario s = new Scenario(0, 10_000);
        int sender = s.process("sender");
        int r1 = s.process("r1");
        int r2 = s.process("r2");
        int r3 = s.process("r3");
        s.broadcastCopy(sender, r1, "r1", "news", 0, 100, 150, 7, 1)
                .broadcastCopy(sender, r2, "r2", "news", 5000, 5100, 5300, 7, 1)
                .broadcastCopy(sender, r3, "r3", "news", 9000, NEVER, 9500, 7, 1)
                .broadcastCopy(sender, r1, "r1", "news", 9001, 9010, NEVER, 0, 1);
        FanoutReport report = FanoutAnalyzer.analyze(s.build(), GAP_1000);

        assertEquals(Map.of("id", 1L, "burst", 1L), report.rules());
        assertEquals("mixed", report.timing());
        BroadcastResult news = report.all().get(0);
        assertEquals(DetectionRule.BROADCAST_ID, news.rule());
        assertEquals(3, news.size());
        assertEquals(0, news.sendNanos());
        assertTrue(news.fromHandled());
        assertEquals(100, news.toFirstNanos());
        assertEquals(5100, news.toMedianNanos());
        assertEquals(9500, news.toLastNanos());
        assertEquals(9500, news.toLastHandledNanos());
        assertEquals(50 + 200, news.handlingWorkNanos()); // r3 has no dequeue: no handling time
        assertEquals(new RecipientDelay("r2", 5100, 5300, 0), news.slowestRecipients().get(1));
    }

    @Test
    void samplingWeightsGiveEstimatesIntervalsAndRecommendedRates() {
        Scenario s = new Scenario(0, 10_000);
        int sender = s.process("sender");
        int r = s.process("r");
        for (int i = 0; i < 4; i++) {
            s.message(sender, r, "r", "t" + i, i * 10, i * 10 + 5, 2.0);
        }
        s.message(sender, r, "r", "t4", 40, 45, 1.0);
        FanoutReport report = FanoutAnalyzer.analyze(s.build(),
                GAP_1000.withTargetPerBucket(3));

        assertTrue(report.estimated());
        SizeBucket ones = only(report);
        // N = 4·2 + 1 = 9; V = 4·2·(2-1) = 8; 1.959964·√8 = 5.5436.
        assertEquals(9.0, ones.estimatedBroadcasts().value(), 1e-9);
        assertEquals(5.0, ones.estimatedBroadcasts().low(), 1e-9); // 3.456 is raised to the 5 kept
        assertEquals(9.0 + 1.959964 * Math.sqrt(8), ones.estimatedBroadcasts().high(), 1e-9);
        assertEquals(5.0 / 9, ones.samplingRate(), 1e-12);
        assertEquals(3.0 / 9, ones.recommendedRate(), 1e-12);
        assertTrue(ones.fewSamples());
        // Weighted toLast: 5 (w 2) ×4 and 5 (w 1): all 5.
        assertEquals(5, ones.toLastP99Nanos());
    }

    @Test
    void deliveriesOfAWeightedBroadcastCountItsSize() {
        Scenario s = new Scenario(0, 10_000);
        int sender = s.process("sender");
        for (int i = 0; i < 3; i++) {
            int r = s.process("r" + i);
            s.message(sender, r, "r" + i, "t", i, 10 + i, 4.0);
        }
        FanoutReport report = FanoutAnalyzer.analyze(s.build(), GAP_1000);
        // One broadcast of 3 kept with p = 1/4: D = 4·3 = 12, V = 4·3·9 = 108.
        assertEquals(4.0, report.estimatedBroadcasts().value(), 1e-9);
        assertEquals(12.0, report.estimatedDeliveries().value(), 1e-9);
        assertEquals(12.0 + 1.959964 * Math.sqrt(108), report.estimatedDeliveries().high(), 1e-9);
        assertEquals(3.0, report.estimatedDeliveries().low(), 1e-9);
        assertEquals(0.25, only(report).samplingRate(), 1e-12);
    }

    @Test
    void spanRulesConsumersChildCallsAndFlows() {
        Scenario s = new Scenario(0, 10_000);
        int pub = s.process("pub");
        s.process("r1");
        s.process("r2");
        s.process("r3");
        // S1: a producer with three consumers linked from other traces.
        s.span(span("t1", "p", "", SpanKind.PRODUCER, pub, "publish", 0, 10, List.of()))
                .span(span("t2", "c1", "", SpanKind.CONSUMER, 1, "consume", 30, 40, link("t1", "p", LinkKind.LINK)))
                .span(span("t3", "c2", "", SpanKind.CONSUMER, 2, "consume", 20, 60, link("t1", "p", LinkKind.LINK)))
                .span(span("t4", "c3", "", SpanKind.CONSUMER, 3, "consume", 50, 55, link("t1", "p", LinkKind.LINK)));
        // S2: two "notify" calls to two processes; two "query" calls to one process stay apart.
        s.span(span("t5", "g", "", SpanKind.INTERNAL, pub, "handle", 100, 200, List.of()))
                .span(span("t5", "n1", "g", SpanKind.CLIENT, pub, "notify", 110, 120, List.of()))
                .span(span("t5", "v1", "n1", SpanKind.SERVER, 1, "serve", 130, 150, List.of()))
                .span(span("t5", "n2", "g", SpanKind.CLIENT, pub, "notify", 112, 118, List.of()))
                .span(span("t5", "v2", "n2", SpanKind.SERVER, 2, "serve", 140, 145, List.of()))
                .span(span("t5", "q1", "g", SpanKind.CLIENT, pub, "query", 150, 160, List.of()))
                .span(span("t5", "w1", "q1", SpanKind.SERVER, 1, "serve", 165, 170, List.of()))
                .span(span("t5", "q2", "g", SpanKind.CLIENT, pub, "query", 171, 180, List.of()))
                .span(span("t5", "w2", "q2", SpanKind.SERVER, 1, "serve", 185, 190, List.of()));
        // A Chrome flow with two ends.
        s.span(span("t6", "f0", "", SpanKind.INTERNAL, pub, "emit", 300, 310, List.of()))
                .span(span("t6", "e1", "", SpanKind.INTERNAL, 1, "on", 320, 330, link("t6", "f0", LinkKind.FLOW)))
                .span(span("t6", "e2", "", SpanKind.INTERNAL, 2, "on", 315, 340, link("t6", "f0", LinkKind.FLOW)));
        FanoutReport report = FanoutAnalyzer.analyze(s.build(), GAP_1000);

        assertEquals(Map.of("children", 1L, "consumers", 4L), report.rules());
        assertEquals(9, report.deliveries());
        List<BroadcastResult> all = report.all();
        assertEquals(List.of("publish", "notify", "query", "query", "emit"),
                all.stream().map(BroadcastResult::operation).toList());
        BroadcastResult publish = all.get(0);
        // Enqueued at the producer's end (10); arrivals 20, 30, 50; handled until 60.
        assertEquals(List.of(3, 10L, 10L, 20L, 40L, 50L, 55L), List.of(publish.size(), publish.sendNanos(),
                publish.toFirstNanos(), publish.toMedianNanos(), publish.toLastNanos(), publish.toLastHandledNanos(),
                publish.handlingWorkNanos()));
        assertEquals("r3", publish.slowestRecipients().get(0).recipient());
        BroadcastResult notify = all.get(1);
        // Requests leave at the client spans' starts (110, 112); servers start at 130 and 140.
        assertEquals(DetectionRule.CHILD_CALLS, notify.rule());
        assertEquals(List.of(2, 110L, 20L, 20L, 30L, 40L), List.of(notify.size(), notify.sendNanos(),
                notify.toFirstNanos(), notify.toMedianNanos(), notify.toLastNanos(), notify.toLastHandledNanos()));
        assertEquals(List.of(1, 1), List.of(all.get(2).size(), all.get(3).size()));
        BroadcastResult flow = all.get(4);
        assertEquals(List.of(2, 310L, 5L, 10L), List.of(flow.size(), flow.sendNanos(), flow.toFirstNanos(),
                flow.toLastNanos()));
    }

    private static SizeBucket only(FanoutReport report) {
        assertEquals(1, report.bySize().size());
        return report.bySize().get(0);
    }

    private static List<SpanLink> link(String trace, String span, LinkKind kind) {
        return List.of(new SpanLink(trace, span, kind));
    }

    private static Span span(String trace, String id, String parent, SpanKind kind, int process, String name,
            long start, long end, List<SpanLink> links) {
        return new Span(trace, id, parent, links, name, process, start, end, kind, SpanStatus.UNSET, Map.of(), 1.0);
    }
}
