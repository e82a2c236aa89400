package dev.flightpath.analyzers.check.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.analyzers.check.rules.MetricSelector;
import dev.flightpath.model.Recording;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages sent but never received (no enqueue time) are in neither mailbox metric. */
class MailboxMetricsNeverTest {
    private static Recording recording() {
        Scenario s = new Scenario(0, 100);
        int p = s.process("p");
        s.message(p, p, "inbox", "a", 10, 30).sentNeverReceived(p, p, "inbox", "b", 20);
        return s.build();
    }

    @Test
    void depthLeavesOutMessagesNeverReceived() {
        List<MetricSeries> series = new MailboxDepthMetric().series(recording(), new MetricSelector("mailbox.depth",
                List.of()));
        assertEquals(1, series.size());
        assertArrayEquals(new long[] {10, 30}, series.get(0).timesNanos());
        assertArrayEquals(new double[] {1, 0}, series.get(0).values());
        assertArrayEquals(new double[] {20, 70}, series.get(0).weights());
    }

    @Test
    void waitLeavesOutMessagesNeverReceived() {
        List<MetricSeries> series = new MailboxWaitMetric().series(recording(), new MetricSelector("mailbox.wait",
                List.of()));
        assertEquals(1, series.size());
        assertArrayEquals(new double[] {20}, series.get(0).values());
    }
}
