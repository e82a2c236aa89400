package dev.flightpath.analyzers.fanout;

import static dev.flightpath.analyzers.Scenario.NEVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.Scenario;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random message sets: what holds for any of them. */
class FanoutPropertyTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyMessageIsInExactlyOneBroadcastAndTimesAreOrdered(long seed) {
        Random random = new Random(seed);
        Scenario s = new Scenario(0, 1_000_000);
        int processes = 2 + random.nextInt(8);
        for (int p = 0; p < processes; p++) {
            s.process("p" + p);
        }
        int messages = 1 + random.nextInt(300);
        long time = 0;
        double weightSum = 0;
        for (int m = 0; m < messages; m++) {
            time += random.nextInt(3000);
            int sender = random.nextInt(processes);
            int receiver = random.nextInt(processes);
            long dequeue = random.nextInt(5) == 0 ? NEVER : time + random.nextInt(10_000);
            double weight = 1 + random.nextInt(3);
            weightSum += weight;
            long id = random.nextBoolean() ? 0 : 1 + random.nextInt(20);
            s.broadcastCopy(sender, receiver, "p" + receiver, "t" + random.nextInt(3), time, dequeue, NEVER, id,
                    weight);
        }
        FanoutReport report = FanoutAnalyzer.analyze(s.build(), FanoutOptions.defaults().withBurstGapNanos(2000));

        assertEquals(messages, report.deliveries());
        assertEquals(messages, report.all().stream().mapToLong(BroadcastResult::size).sum());
        assertEquals(report.broadcasts(), report.bySize().stream().mapToLong(SizeBucket::broadcasts).sum());
        assertTrue(report.estimatedBroadcasts().value() >= report.broadcasts() - 1e-9);
        assertTrue(report.estimatedDeliveries().low() <= report.estimatedDeliveries().value()
                && report.estimatedDeliveries().value() <= report.estimatedDeliveries().high());
        for (BroadcastResult broadcast : report.all()) {
            if (broadcast.delivered()) {
                assertTrue(0 <= broadcast.toFirstNanos() && broadcast.toFirstNanos() <= broadcast.toMedianNanos()
                        && broadcast.toMedianNanos() <= broadcast.toLastNanos(), broadcast.toString());
                assertEquals(broadcast.toLastNanos(), broadcast.slowestRecipients().get(0).toDequeueNanos());
            }
            assertTrue(broadcast.undelivered() <= broadcast.size());
        }
        for (SizeBucket bucket : report.bySize()) {
            assertTrue(bucket.toLastP50Nanos() <= bucket.toLastP95Nanos()
                    && bucket.toLastP95Nanos() <= bucket.toLastP99Nanos()
                    && bucket.toLastP99Nanos() <= bucket.toLastMaxNanos());
            assertTrue(bucket.samplingRate() > 0 && bucket.samplingRate() <= 1);
        }
        // Each broadcast weighs the mean of its copies, so deliveries estimate exactly the copies' weights.
        assertEquals(weightSum, report.estimatedDeliveries().value(), 1e-9 * weightSum);
    }
}
