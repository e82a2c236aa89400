package dev.flightpath.analyzers.check.metrics;

import static dev.flightpath.analyzers.Scenario.NEVER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.analyzers.check.rules.MetricSelector;
import dev.flightpath.model.Recording;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** fanout.delivery and fanout.size: one observation per broadcast, per sender, at its send. */
class FanoutMetricTest {
    private static Recording recording() {
        Scenario s = new Scenario(0, 10_000);
        int guild = s.process("guild");
        int a = s.process("a");
        int b = s.process("b");
        s.message(guild, a, "a", "msg", 100, 200, 2.0)
                .message(guild, b, "b", "msg", 101, 700, 2.0)
                .message(guild, a, "a", "msg", 5000, NEVER, 1.0); // never taken: no delivery time
        return s.build();
    }

    @Test
    void deliveryIsSendToLastRecipientWeightedBySampling() {
        List<MetricSeries> series = FanoutMetric.delivery().series(recording(),
                new MetricSelector("fanout.delivery", List.of()));
        assertEquals(1, series.size());
        assertEquals(Map.of("sender", "guild", "operation", "msg"), series.get(0).labels());
        assertArrayEquals(new long[] {100}, series.get(0).timesNanos());
        assertArrayEquals(new double[] {600}, series.get(0).values());
        assertArrayEquals(new double[] {2.0}, series.get(0).weights());
    }

    @Test
    void sizeCountsEveryBroadcast() {
        List<MetricSeries> series = FanoutMetric.size().series(recording(), new MetricSelector("fanout.size", List.of()));
        assertArrayEquals(new double[] {2, 1}, series.get(0).values());
        assertTrue(Metrics.byName("fanout.size").isPresent());
        assertTrue(Metrics.byName("fanout.delivery").isPresent());
    }
}
