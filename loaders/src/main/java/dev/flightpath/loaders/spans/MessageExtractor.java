package dev.flightpath.loaders.spans;

import dev.flightpath.model.LinkKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns causal hand-overs between spans into {@link Message}s. A message goes from a producer span
 * P to a consumer span C when
 * <ul>
 *   <li>C is a CONSUMER span and links to P, or is P's child, and P is a PRODUCER span;</li>
 *   <li>C has a FOLLOWS_FROM reference to P (Jaeger);</li>
 *   <li>C has a FLOW link from P (Chrome flow arrows).</li>
 * </ul>
 * Send = P's start, enqueue = P's end, dequeue = C's start, handled by C, from P's process to
 * C's. The mailbox is {@code messaging.destination.name} (C's, else P's), else C's process name;
 * the type is {@code messaging.operation.type} (P's, else C's), else P's name. The weight is C's
 * sampling weight. Rows are sorted by send time. Links to spans outside the file give no message.
 */
public final class MessageExtractor {
    static final String DESTINATION = "messaging.destination.name";
    static final String OPERATION_TYPE = "messaging.operation.type";

    private MessageExtractor() {
    }

    public static MessageTable extract(List<Span> spans, List<ProcessInfo> processes) {
        SpanIndex index = SpanIndex.of(spans, referencedSpans(spans));
        List<Message> messages = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        for (int consumer = 0; consumer < spans.size(); consumer++) {
            Span span = spans.get(consumer);
            if (span.kind() == SpanKind.CONSUMER && !span.isRoot()) {
                int parent = index.find(span.traceId(), span.parentSpanId());
                if (parent >= 0 && spans.get(parent).kind() == SpanKind.PRODUCER) {
                    addOnce(messages, pairs, spans, processes, parent, consumer);
                }
            }
            for (SpanLink link : span.links()) {
                int producer = index.find(link.traceId(), link.spanId());
                if (producer < 0 || producer == consumer) {
                    continue;
                }
                boolean handOver = link.kind() == LinkKind.FOLLOWS_FROM || link.kind() == LinkKind.FLOW
                        || (span.kind() == SpanKind.CONSUMER && spans.get(producer).kind() == SpanKind.PRODUCER);
                if (handOver) {
                    addOnce(messages, pairs, spans, processes, producer, consumer);
                }
            }
        }
        messages.sort(Comparator.comparingLong(Message::sendNanos));
        MessageTable.Builder table = new MessageTable.Builder();
        for (Message message : messages) {
            table.add(message);
        }
        return table.build();
    }

    /** The spans that a message could come from: consumers' parents and link targets. */
    private static Set<SpanKey> referencedSpans(List<Span> spans) {
        Set<SpanKey> referenced = new HashSet<>();
        for (Span span : spans) {
            if (span.kind() == SpanKind.CONSUMER && !span.isRoot()) {
                referenced.add(SpanIndex.key(span.traceId(), span.parentSpanId()));
            }
            for (SpanLink link : span.links()) {
                referenced.add(SpanIndex.key(link.traceId(), link.spanId()));
            }
        }
        return referenced;
    }

    private static void addOnce(List<Message> messages, Set<Long> pairs, List<Span> spans,
            List<ProcessInfo> processes, int producerIndex, int consumerIndex) {
        if (!pairs.add(((long) producerIndex << 32) | consumerIndex)) {
            return;
        }
        Span producer = spans.get(producerIndex);
        Span consumer = spans.get(consumerIndex);
        String mailbox = text(consumer, DESTINATION);
        if (mailbox.isEmpty()) {
            mailbox = text(producer, DESTINATION);
        }
        if (mailbox.isEmpty() && consumer.processId() >= 0 && consumer.processId() < processes.size()) {
            mailbox = processes.get(consumer.processId()).name();
        }
        String type = text(producer, OPERATION_TYPE);
        if (type.isEmpty()) {
            type = text(consumer, OPERATION_TYPE);
        }
        if (type.isEmpty()) {
            type = producer.name();
        }
        messages.add(new Message(producer.processId(), consumer.processId(), mailbox, type,
                producer.startNanos(), producer.endNanos(), consumer.startNanos(), consumerIndex,
                consumer.samplingWeight()));
    }

    private static String text(Span span, String attribute) {
        Object value = span.attributes().get(attribute);
        return value == null ? "" : value.toString();
    }
}
