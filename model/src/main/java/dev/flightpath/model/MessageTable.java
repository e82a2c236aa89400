package dev.flightpath.model;

import java.util.List;

/**
 * All messages of a recording, stored by column: 10 million messages take about 480 MB as
 * primitive arrays, where as records they would take well over a gigabyte. Rows are in the order
 * the loader added them (usually send order).
 */
public final class MessageTable {
    private final int[] senders;
    private final int[] receivers;
    private final int[] mailboxIds;
    private final int[] typeIds;
    private final long[] sendNanos;
    private final long[] enqueueNanos;
    private final long[] dequeueNanos;
    private final int[] handledBySpan;
    private final double[] weights;
    private final List<String> names;

    private MessageTable(Builder builder) {
        senders = builder.senders.toArray();
        receivers = builder.receivers.toArray();
        mailboxIds = builder.mailboxIds.toArray();
        typeIds = builder.typeIds.toArray();
        sendNanos = builder.sendNanos.toArray();
        enqueueNanos = builder.enqueueNanos.toArray();
        dequeueNanos = builder.dequeueNanos.toArray();
        handledBySpan = builder.handledBySpan.toArray();
        weights = builder.weights.toArray();
        names = builder.names.values();
    }

    public static MessageTable empty() {
        return new Builder().build();
    }

    public int size() {
        return senders.length;
    }

    public Message get(int row) {
        return new Message(senders[row], receivers[row], names.get(mailboxIds[row]), names.get(typeIds[row]),
                sendNanos[row], enqueueNanos[row], dequeueNanos[row], handledBySpan[row], weights[row]);
    }

    public int receiverProcessId(int row) {
        return receivers[row];
    }

    public String mailbox(int row) {
        return names.get(mailboxIds[row]);
    }

    public long enqueueNanos(int row) {
        return enqueueNanos[row];
    }

    public long dequeueNanos(int row) {
        return dequeueNanos[row];
    }

    public double weight(int row) {
        return weights[row];
    }

    /** Adds rows one at a time; not thread-safe. */
    public static final class Builder {
        private final IntColumn senders = new IntColumn();
        private final IntColumn receivers = new IntColumn();
        private final IntColumn mailboxIds = new IntColumn();
        private final IntColumn typeIds = new IntColumn();
        private final LongColumn sendNanos = new LongColumn();
        private final LongColumn enqueueNanos = new LongColumn();
        private final LongColumn dequeueNanos = new LongColumn();
        private final IntColumn handledBySpan = new IntColumn();
        private final DoubleColumn weights = new DoubleColumn();
        private final StringPool names = new StringPool();

        public Builder add(Message message) {
            if (!(message.weight() > 0)) {
                throw new IllegalArgumentException("message weight must be positive: " + message.weight());
            }
            senders.add(message.senderProcessId());
            receivers.add(message.receiverProcessId());
            mailboxIds.add(names.intern(message.mailbox()));
            typeIds.add(names.intern(message.messageType()));
            sendNanos.add(message.sendNanos());
            enqueueNanos.add(message.enqueueNanos());
            dequeueNanos.add(message.dequeueNanos());
            handledBySpan.add(message.handledBySpan());
            weights.add(message.weight());
            return this;
        }

        public int size() {
            return senders.size();
        }

        public MessageTable build() {
            return new MessageTable(this);
        }
    }
}
