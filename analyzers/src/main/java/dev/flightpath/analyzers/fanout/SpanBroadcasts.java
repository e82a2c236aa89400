package dev.flightpath.analyzers.fanout;

import dev.flightpath.model.LinkKind;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds broadcasts among spans (rules S1 and S2 of the package documentation). A hand-over from a
 * span P to a span C is what the loaders' message extractor takes for a message (C a CONSUMER
 * child of a PRODUCER P, a CONSUMER linking to a PRODUCER, a FOLLOWS_FROM reference or a Chrome
 * flow from P), or a call: C a SERVER child of a CLIENT P.
 */
final class SpanBroadcasts {
    private static final String DESTINATION = "messaging.destination.name";

    private final List<Span> spans;
    private final List<ProcessInfo> processes;
    /** Per span index, the indexes of the spans it handed over to, in file order. */
    private final Map<Integer, List<Integer>> handOvers = new LinkedHashMap<>();
    /** Per span index, the indexes of its children that hand over. */
    private final Map<Integer, List<Integer>> callingChildren = new LinkedHashMap<>();

    private SpanBroadcasts(Recording recording) {
        this.spans = recording.spans();
        this.processes = recording.processes();
    }

    static List<DetectedBroadcast> detect(Recording recording) {
        SpanBroadcasts detector = new SpanBroadcasts(recording);
        detector.index();
        return detector.broadcasts();
    }

    private void index() {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            byKey.putIfAbsent(key(spans.get(i).traceId(), spans.get(i).spanId()), i);
        }
        for (int child = 0; child < spans.size(); child++) {
            Span span = spans.get(child);
            Integer parent = span.isRoot() ? null : byKey.get(key(span.traceId(), span.parentSpanId()));
            if (parent != null && isCall(spans.get(parent), span)) {
                addHandOver(parent, child);
            }
            for (SpanLink link : span.links()) {
                Integer producer = byKey.get(key(link.traceId(), link.spanId()));
                if (producer != null && producer != child && isHandOver(link.kind(), spans.get(producer), span)) {
                    addHandOver(producer, child);
                }
            }
        }
        for (int span = 0; span < spans.size(); span++) {
            if (!handOvers.containsKey(span) || spans.get(span).isRoot()) {
                continue;
            }
            Integer parent = byKey.get(key(spans.get(span).traceId(), spans.get(span).parentSpanId()));
            if (parent != null) {
                callingChildren.computeIfAbsent(parent, p -> new ArrayList<>()).add(span);
            }
        }
    }

    private static boolean isCall(Span parent, Span child) {
        return parent.kind() == SpanKind.PRODUCER && child.kind() == SpanKind.CONSUMER
                || parent.kind() == SpanKind.CLIENT && child.kind() == SpanKind.SERVER;
    }

    private static boolean isHandOver(LinkKind kind, Span producer, Span consumer) {
        return kind == LinkKind.FOLLOWS_FROM || kind == LinkKind.FLOW
                || consumer.kind() == SpanKind.CONSUMER && producer.kind() == SpanKind.PRODUCER;
    }

    private void addHandOver(int producer, int consumer) {
        List<Integer> consumers = handOvers.computeIfAbsent(producer, p -> new ArrayList<>());
        if (!consumers.contains(consumer)) {
            consumers.add(consumer);
        }
    }

    private List<DetectedBroadcast> broadcasts() {
        List<Delivery> all = new ArrayList<>();
        List<DetectedBroadcast> drafts = new ArrayList<>();
        Set<Integer> absorbed = new HashSet<>();
        // S2 first: children calling one operation on several recipients.
        for (Map.Entry<Integer, List<Integer>> entry : callingChildren.entrySet()) {
            Map<String, List<Integer>> byName = new LinkedHashMap<>();
            for (int child : entry.getValue()) {
                byName.computeIfAbsent(spans.get(child).name(), n -> new ArrayList<>()).add(child);
            }
            for (Map.Entry<String, List<Integer>> group : byName.entrySet()) {
                List<Delivery> deliveries = new ArrayList<>();
                Set<String> recipients = new HashSet<>();
                for (int child : group.getValue()) {
                    for (int consumer : handOvers.get(child)) {
                        Delivery delivery = delivery(child, consumer);
                        deliveries.add(delivery);
                        recipients.add(delivery.recipient());
                    }
                }
                if (recipients.size() >= 2) {
                    absorbed.addAll(group.getValue());
                    all.addAll(deliveries);
                    drafts.add(new DetectedBroadcast(processName(spans.get(entry.getKey())), group.getKey(),
                            DetectionRule.CHILD_CALLS, deliveries));
                }
            }
        }
        // S1: every other span that handed over, with its consumers.
        for (Map.Entry<Integer, List<Integer>> entry : handOvers.entrySet()) {
            if (absorbed.contains(entry.getKey())) {
                continue;
            }
            List<Delivery> deliveries = new ArrayList<>();
            for (int consumer : entry.getValue()) {
                deliveries.add(delivery(entry.getKey(), consumer));
            }
            all.addAll(deliveries);
            drafts.add(new DetectedBroadcast(processName(spans.get(entry.getKey())), spans.get(entry.getKey()).name(),
                    DetectionRule.LINKED_CONSUMERS, deliveries));
        }
        return withDepths(drafts, all);
    }

    /** Depth at delivery, counted over every delivery found (span data has no other mailbox events). */
    private static List<DetectedBroadcast> withDepths(List<DetectedBroadcast> drafts, List<Delivery> all) {
        MailboxDepths.Builder builder = new MailboxDepths.Builder();
        for (Delivery delivery : all) {
            builder.add(delivery.recipient(), delivery.enqueueNanos(), delivery.dequeueNanos());
        }
        MailboxDepths depths = builder.build();
        List<DetectedBroadcast> measured = new ArrayList<>(drafts.size());
        for (DetectedBroadcast draft : drafts) {
            List<Delivery> deliveries = new ArrayList<>();
            for (Delivery delivery : draft.deliveries()) {
                deliveries.add(delivery.withDepthAhead(depths.depthBefore(delivery.recipient(), delivery.enqueueNanos())));
            }
            measured.add(new DetectedBroadcast(draft.sender(), draft.operation(), draft.rule(), deliveries));
        }
        return measured;
    }

    /**
     * A hand-over as a delivery: enqueued when the producer ends (a CLIENT span's request leaves
     * when it starts), dequeued when the consumer starts, handled when it ends.
     */
    private Delivery delivery(int producerIndex, int consumerIndex) {
        Span producer = spans.get(producerIndex);
        Span consumer = spans.get(consumerIndex);
        long enqueue = producer.kind() == SpanKind.CLIENT ? producer.startNanos() : producer.endNanos();
        return new Delivery(recipient(consumer), Math.min(enqueue, consumer.startNanos()), consumer.startNanos(),
                consumer.endNanos(), 0, consumer.samplingWeight());
    }

    private String recipient(Span consumer) {
        Object destination = consumer.attributes().get(DESTINATION);
        if (destination != null && !destination.toString().isEmpty()) {
            return destination.toString();
        }
        return processName(consumer);
    }

    private String processName(Span span) {
        return MessageBroadcasts.processName(processes, span.processId());
    }

    private static String key(String traceId, String spanId) {
        return traceId + '/' + spanId;
    }
}
