package dev.flightpath.analyzers.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.analyzers.stats.DurationStats;
import dev.flightpath.analyzers.stats.StatsAssertions;
import dev.flightpath.model.Recording;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Many random mailboxes from fixed seeds, checked against brute force and invariants. */
class MailboxPropertyTest {
    private static final int SCENARIOS = 300;

    /** One random message: enqueue, dequeue (or NEVER), rounded weight. */
    private record Msg(int receiver, long enqueue, long dequeue, long weight) {
    }

    @Test
    void randomScenariosKeepTheInvariants() {
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Random random = new Random(seed);
            long duration = 1_000 + random.nextInt(1_000_000);
            Scenario s = new Scenario(0, duration);
            int receivers = 1 + random.nextInt(3);
            for (int p = 0; p < receivers; p++) {
                s.process("p" + p);
            }
            boolean weighted = random.nextBoolean();
            List<Msg> messages = new ArrayList<>();
            int count = 1 + random.nextInt(400);
            for (int i = 0; i < count; i++) {
                long enqueue = random.nextInt((int) duration);
                // Waits spread over several magnitudes, some exactly 0, some never dequeued.
                long wait = random.nextInt(10) == 0 ? 0 : (long) Math.pow(10, random.nextDouble() * 5);
                long dequeue = random.nextInt(10) == 0 ? Scenario.NEVER : Math.min(duration - 1, enqueue + wait);
                long weight = weighted ? 1 + random.nextInt(100) : 1;
                int receiver = random.nextInt(receivers);
                messages.add(new Msg(receiver, enqueue, dequeue, weight));
                s.message(receiver, receiver, "inbox", "t" + random.nextInt(3), enqueue, dequeue, weight);
            }
            long from = random.nextBoolean() ? Long.MIN_VALUE : random.nextInt((int) duration / 2);
            long to = random.nextBoolean() ? Long.MAX_VALUE : duration / 2 + 1 + random.nextInt((int) duration / 2);
            Recording recording = s.build();
            MailboxReport report = MailboxAnalyzer.analyze(recording,
                    new MailboxOptions(null, from, to, random.nextInt(3), 20, 5));
            String where = "seed " + seed;
            // Only messages that touch the window count towards "estimated".
            assertEquals(report.mailboxes().stream().anyMatch(MailboxStats::estimated), report.estimated(), where);
            if (!weighted) {
                assertEquals(false, report.estimated(), where);
            }
            for (MailboxStats m : report.mailboxes()) {
                check(m, messages, report.windowStartNanos(), report.windowEndNanos(), where);
            }
        }
    }

    private static void check(MailboxStats m, List<Msg> all, long from, long to, String where) {
        List<Msg> messages = new ArrayList<>();
        for (Msg msg : all) {
            if (msg.receiver() == m.processId()) {
                messages.add(msg);
            }
        }
        assertEquals(m.depthAtStart() + m.enqueued(), m.dequeued() + m.leftAtEnd(), where);
        if (from == 0 && to > 1_000_000 + 1) {
            long never = messages.stream().filter(msg -> msg.dequeue() == Scenario.NEVER).mapToLong(Msg::weight).sum();
            assertEquals(never, m.leftAtEnd(), where);
        }
        // Brute force depth at every event time.
        TreeSet<Long> times = new TreeSet<>();
        times.add(from);
        for (Msg msg : messages) {
            times.add(Math.max(from, msg.enqueue()));
            if (msg.dequeue() != Scenario.NEVER) {
                times.add(Math.max(from, msg.dequeue()));
            }
        }
        long max = 0;
        double area = 0;
        java.util.TreeMap<Long, Long> nanosAtDepth = new java.util.TreeMap<>();
        List<Long> timesInWindow = new ArrayList<>(times.headSet(to));
        for (int i = 0; i < timesInWindow.size(); i++) {
            long t = timesInWindow.get(i);
            long end = i + 1 < timesInWindow.size() ? timesInWindow.get(i + 1) : to;
            long depth = depthAt(messages, t);
            assertTrue(depth >= 0, where);
            max = Math.max(max, depth);
            area += (double) depth * (end - t);
            nanosAtDepth.merge(depth, end - t, Long::sum);
        }
        assertEquals(exactDepth(nanosAtDepth, 50, to - from), m.depthP50(), where);
        assertEquals(exactDepth(nanosAtDepth, 90, to - from), m.depthP90(), where);
        assertEquals(exactDepth(nanosAtDepth, 99, to - from), m.depthP99(), where);
        assertEquals(max, m.maxDepth(), where);
        assertEquals(area, m.queuedMessageNanos(), 1e-6 * Math.max(1, area), where);
        assertEquals(area / (to - from), m.meanDepth(), 1e-9 * Math.max(1, m.meanDepth()), where);
        assertTrue(m.depthP50() <= m.depthP90() && m.depthP90() <= m.depthP99() && m.depthP99() <= m.maxDepth(),
                where);
        for (long value : m.depthSparkline()) {
            assertTrue(value >= 0 && value <= m.maxDepth(), where);
        }
        // Exact waits, expanded by weight, against the histogram's.
        List<long[]> waits = new ArrayList<>();
        for (Msg msg : messages) {
            if (msg.enqueue() >= from && msg.enqueue() < to && msg.dequeue() != Scenario.NEVER) {
                waits.add(new long[] {msg.dequeue() - msg.enqueue(), msg.weight()});
            }
        }
        DurationStats stats = m.queueWait();
        StatsAssertions.assertMonotone(stats, where);
        StatsAssertions.assertWithinPrecision(waits, stats, where);
    }

    private static long exactDepth(java.util.TreeMap<Long, Long> nanosAtDepth, double percentile, long total) {
        long rank = (long) Math.ceil(percentile / 100 * total - 1e-9);
        long cumulative = 0;
        for (var entry : nanosAtDepth.entrySet()) {
            cumulative += entry.getValue();
            if (cumulative >= rank) {
                return entry.getKey();
            }
        }
        throw new AssertionError("rank beyond total");
    }

    private static long depthAt(List<Msg> messages, long t) {
        long depth = 0;
        for (Msg msg : messages) {
            long dequeue = msg.dequeue() == Scenario.NEVER ? Long.MAX_VALUE : Math.max(msg.dequeue(), msg.enqueue());
            if (msg.enqueue() <= t && t < dequeue) {
                depth += msg.weight();
            }
        }
        return depth;
    }

    @Test
    void sweepDepthNeverNegative() {
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(200);
            long[] enqueues = new long[n];
            long[] weights = new long[n];
            long[] dequeues = new long[n];
            int dequeued = 0;
            for (int i = 0; i < n; i++) {
                enqueues[i] = random.nextInt(50); // few distinct times: many ties
                weights[i] = 1 + random.nextInt(5);
                if (random.nextBoolean()) {
                    dequeues[dequeued++] = enqueues[i] + random.nextInt(10);
                }
            }
            long[] dequeueWeights = new long[dequeued];
            int d = 0;
            // Pair every dequeue with its message's weight, in the same order they were drawn.
            random = new Random(seed);
            random.nextInt(200);
            for (int i = 0; i < n; i++) {
                random.nextInt(50);
                random.nextInt(5);
                if (random.nextBoolean()) {
                    dequeueWeights[d++] = weights[i];
                    random.nextInt(10);
                }
            }
            DepthSweep.DepthTimeline timeline = DepthSweep.sweep(enqueues, weights,
                    java.util.Arrays.copyOf(dequeues, dequeued), dequeueWeights, 0, 100, 0, 10);
            assertTrue(timeline.minDepth() >= 0, "seed " + seed);
            long in = java.util.Arrays.stream(weights).sum();
            long out = java.util.Arrays.stream(dequeueWeights).sum();
            assertEquals(in - out, timeline.finalDepth(), "seed " + seed);
        }
    }
}
