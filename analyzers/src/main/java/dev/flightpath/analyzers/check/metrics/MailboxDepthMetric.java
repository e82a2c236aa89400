package dev.flightpath.analyzers.check.metrics;

import dev.flightpath.analyzers.check.rules.MetricSelector;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.Recording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mailbox.depth}: messages waiting in a mailbox, a level over time. Each observation is the
 * depth after an enqueue or dequeue, weighted by how long (ns) it held until the next change, so
 * {@code avg} and {@code p(N)} are over time, and {@code max} is the peak. At the same nanosecond
 * dequeues count before enqueues. Messages carry their sampling weight. Messages without an enqueue
 * time (sent, never received within the recording) never entered a mailbox and are left out.
 */
final class MailboxDepthMetric implements MetricSource {
    @Override
    public String name() {
        return "mailbox.depth";
    }

    @Override
    public java.util.Set<String> labels() {
        return java.util.Set.of("mailbox");
    }

    @Override
    public java.util.Set<String> groupBy() {
        return java.util.Set.of("mailbox");
    }

    @Override
    public MetricUnit unit() {
        return MetricUnit.COUNT;
    }

    @Override
    public boolean isGauge() {
        return true;
    }

    @Override
    public String description() {
        return "messages waiting in a mailbox over time (time-weighted)";
    }

    @Override
    public List<MetricSeries> series(Recording recording, MetricSelector selector) {
        MessageTable messages = recording.messages();
        Map<String, List<Integer>> rowsByMailbox = new HashMap<>();
        for (int row = 0; row < messages.size(); row++) {
            if (messages.enqueueNanos(row) == Message.NEVER) {
                continue; // sent, but never reached a mailbox within the recording
            }
            rowsByMailbox.computeIfAbsent(messages.mailbox(row), key -> new ArrayList<>()).add(row);
        }
        long endNanos = recording.info().startNanos() + recording.info().durationNanos();
        List<MetricSeries> series = new ArrayList<>();
        rowsByMailbox.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<Integer> rows = entry.getValue();
            // Changes: (time, delta); dequeues sort before enqueues at the same time.
            long[] times = new long[rows.size() * 2];
            double[] deltas = new double[rows.size() * 2];
            int count = 0;
            for (int row : rows) {
                times[count] = messages.enqueueNanos(row);
                deltas[count++] = messages.weight(row);
                if (messages.dequeueNanos(row) != Message.NEVER) {
                    times[count] = messages.dequeueNanos(row);
                    deltas[count++] = -messages.weight(row);
                }
            }
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            final long[] t = times;
            final double[] d = deltas;
            Arrays.sort(order, (a, b) -> t[a] != t[b] ? Long.compare(t[a], t[b]) : Double.compare(d[a], d[b]));
            long[] observationTimes = new long[count];
            double[] depths = new double[count];
            double[] weights = new double[count];
            double depth = 0;
            for (int i = 0; i < count; i++) {
                depth += d[order[i]];
                observationTimes[i] = t[order[i]];
                depths[i] = Math.max(0, depth);
                long next = i + 1 < count ? t[order[i + 1]] : Math.max(endNanos, t[order[i]]);
                weights[i] = next - t[order[i]];
            }
            series.add(new MetricSeries(Map.of("mailbox", entry.getKey()), observationTimes, depths, weights));
        });
        return series;
    }
}
