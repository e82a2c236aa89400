package dev.flightpath.analyzers.check.metrics;

import dev.flightpath.analyzers.check.rules.MetricSelector;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.Recording;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code mailbox.wait}: enqueue → dequeue per message, at its dequeue time, weighted by sampling.
 * Only messages with both times: one never received or never dequeued has no wait.
 */
final class MailboxWaitMetric implements MetricSource {
    @Override
    public String name() {
        return "mailbox.wait";
    }

    @Override
    public Set<String> labels() {
        return Set.of("mailbox", "process");
    }

    @Override
    public java.util.Set<String> groupBy() {
        return java.util.Set.of("mailbox");
    }

    @Override
    public MetricUnit unit() {
        return MetricUnit.NANOSECONDS;
    }

    @Override
    public String description() {
        return "queue wait (enqueue → dequeue) per mailbox and receiving process";
    }

    @Override
    public List<MetricSeries> series(Recording recording, MetricSelector selector) {
        SeriesBuilder builder = new SeriesBuilder();
        MessageTable messages = recording.messages();
        for (int row = 0; row < messages.size(); row++) {
            if (messages.dequeueNanos(row) == Message.NEVER || messages.enqueueNanos(row) == Message.NEVER) {
                continue; // never taken, or never reached a mailbox within the recording
            }
            Map<String, String> labels = Map.of("mailbox", messages.mailbox(row),
                    "process", LatencyMetric.name(recording.processes(), messages.receiverProcessId(row)));
            builder.add(labels, messages.dequeueNanos(row), messages.dequeueNanos(row) - messages.enqueueNanos(row),
                    messages.weight(row));
        }
        return builder.build();
    }
}
