package dev.flightpath.model;

import java.util.List;

/**
 * All messages of a recording, stored by column: 10 million messages take about 320 MB as
 * primitive arrays (32 bytes a message: four {@code int} and two {@code long} columns), where as
 * records they would take well over a gigabyte. Three columns are kept only when they say
 * something: send times when some message was sent before it was enqueued (otherwise the enqueue
 * column serves for both), weights when some weight is not 1, handling spans when some message
 * has one; each costs 8, 8 and 4 bytes a message more. Two more, broadcast ids and ends of
 * handling (8 bytes each), exist only for loaders that know them. Rows are in the order the loader
 * added them (usually send order).
 */
public final class MessageTable {
    private final int[] senders;
    private final int[] receivers;
    private final int[] mailboxIds;
    private final int[] typeIds;
    /** The same array as {@link #enqueueNanos} when every message was sent as it was enqueued. */
    private final long[] sendNanos;
    private final long[] enqueueNanos;
    private final long[] dequeueNanos;
    /** Null when no message is handled by a span. */
    private final int[] handledBySpan;
    /** Null when every message weighs 1. */
    private final double[] weights;
    /** Null when no message says which broadcast it belongs to. */
    private final long[] broadcastIds;
    /** Null when no message has a known end of handling. */
    private final long[] handledEndNanos;
    private final List<String> names;

    private MessageTable(int[] senders, int[] receivers, int[] mailboxIds, int[] typeIds, long[] sendNanos,
            long[] enqueueNanos, long[] dequeueNanos, int[] handledBySpan, double[] weights, long[] broadcastIds,
            long[] handledEndNanos, List<String> names) {
        this.broadcastIds = broadcastIds;
        this.handledEndNanos = handledEndNanos;
        this.senders = senders;
        this.receivers = receivers;
        this.mailboxIds = mailboxIds;
        this.typeIds = typeIds;
        this.sendNanos = sendNanos;
        this.enqueueNanos = enqueueNanos;
        this.dequeueNanos = dequeueNanos;
        this.handledBySpan = handledBySpan;
        this.weights = weights;
        this.names = names;
    }

    public static MessageTable empty() {
        return new Builder().build();
    }

    /**
     * A table over columns the caller already holds at their final size, taken over without a
     * copy, for loaders that match messages in columns of their own: every message weighs 1, is
     * handled by no span and was sent when it was enqueued. Row {@code i} of every array is message
     * {@code i}; the caller must not change the arrays afterwards.
     *
     * @param senderProcessIds   {@link Message#senderProcessId()} per row
     * @param receiverProcessIds {@link Message#receiverProcessId()} per row
     * @param names              the mailbox and type names the two id columns index
     * @param mailboxIds         index into {@code names} of the mailbox per row
     * @param typeIds            index into {@code names} of the message type per row
     * @param enqueueNanos       {@link Message#enqueueNanos()} (and the send time) per row
     * @param dequeueNanos       {@link Message#dequeueNanos()} per row, {@link Message#NEVER} when never
     * @throws IllegalArgumentException when the columns differ in length or an id is not a name's index
     */
    public static MessageTable ofColumns(int[] senderProcessIds, int[] receiverProcessIds, List<String> names,
            int[] mailboxIds, int[] typeIds, long[] enqueueNanos, long[] dequeueNanos) {
        int rows = senderProcessIds.length;
        if (receiverProcessIds.length != rows || mailboxIds.length != rows || typeIds.length != rows
                || enqueueNanos.length != rows || dequeueNanos.length != rows) {
            throw new IllegalArgumentException("message columns differ in length");
        }
        List<String> nameList = List.copyOf(names);
        for (int row = 0; row < rows; row++) {
            if (mailboxIds[row] < 0 || mailboxIds[row] >= nameList.size() || typeIds[row] < 0
                    || typeIds[row] >= nameList.size()) {
                throw new IllegalArgumentException("row " + row + " names no mailbox or type in the " + nameList.size()
                        + " names");
            }
        }
        return new MessageTable(senderProcessIds, receiverProcessIds, mailboxIds, typeIds, enqueueNanos, enqueueNanos,
                dequeueNanos, null, null, null, null, nameList);
    }

    public int size() {
        return senders.length;
    }

    public Message get(int row) {
        return new Message(senders[row], receivers[row], names.get(mailboxIds[row]), names.get(typeIds[row]),
                sendNanos[row], enqueueNanos[row], dequeueNanos[row], handledBySpan(row), weight(row));
    }

    public int senderProcessId(int row) {
        return senders[row];
    }

    public int receiverProcessId(int row) {
        return receivers[row];
    }

    public String mailbox(int row) {
        return names.get(mailboxIds[row]);
    }

    public String messageType(int row) {
        return names.get(typeIds[row]);
    }

    public long sendNanos(int row) {
        return sendNanos[row];
    }

    public long enqueueNanos(int row) {
        return enqueueNanos[row];
    }

    public long dequeueNanos(int row) {
        return dequeueNanos[row];
    }

    public int handledBySpan(int row) {
        return handledBySpan == null ? -1 : handledBySpan[row];
    }

    public double weight(int row) {
        return weights == null ? 1.0 : weights[row];
    }

    /**
     * The broadcast the message belongs to, {@link #NO_BROADCAST} when the source does not say:
     * messages from one sender with the same id are copies of one message sent to several
     * receivers (the recorder's fan-out id, the seq_trace serial a BEAM process sent them from).
     */
    public long broadcastId(int row) {
        return broadcastIds == null ? NO_BROADCAST : broadcastIds[row];
    }

    /** Whether some message has a {@link #broadcastId}. */
    public boolean hasBroadcastIds() {
        return broadcastIds != null;
    }

    /** When the receiver finished handling the message, or {@link Message#NEVER} when not known. */
    public long handledEndNanos(int row) {
        return handledEndNanos == null ? Message.NEVER : handledEndNanos[row];
    }

    /** The id of no broadcast: see {@link #broadcastId}. */
    public static final long NO_BROADCAST = 0;

    /**
     * This table with the two optional fan-out columns of {@link #ofColumns} loaders: a broadcast id
     * and the end of handling per row (either may be null: not known). Taken over without a copy.
     *
     * @throws IllegalArgumentException when a column's length is not the table's size
     */
    public MessageTable withFanoutColumns(long[] broadcastIdColumn, long[] handledEndNanosColumn) {
        if (broadcastIdColumn != null && broadcastIdColumn.length != size()
                || handledEndNanosColumn != null && handledEndNanosColumn.length != size()) {
            throw new IllegalArgumentException("fan-out columns differ in length from the table");
        }
        return new MessageTable(senders, receivers, mailboxIds, typeIds, sendNanos, enqueueNanos, dequeueNanos,
                handledBySpan, weights, broadcastIdColumn, handledEndNanosColumn, names);
    }

    /** Adds rows one at a time; not thread-safe. */
    public static final class Builder {
        private final IntColumn senders;
        private final IntColumn receivers;
        private final IntColumn mailboxIds;
        private final IntColumn typeIds;
        private final LongColumn enqueueNanos;
        private final LongColumn dequeueNanos;
        // Made on the first row that needs them (see the class documentation).
        private LongColumn sendNanos;
        private IntColumn handledBySpan;
        private DoubleColumn weights;
        private LongColumn broadcastIds;
        private LongColumn handledEndNanos;
        private final StringPool names = new StringPool();

        public Builder() {
            this(16);
        }

        /**
         * A builder with room for {@code expectedRows} rows: when exactly that many are added,
         * {@link #build()} takes the columns over without a copy.
         */
        public Builder(int expectedRows) {
            if (expectedRows < 0) {
                throw new IllegalArgumentException("negative row count: " + expectedRows);
            }
            senders = new IntColumn(expectedRows);
            receivers = new IntColumn(expectedRows);
            mailboxIds = new IntColumn(expectedRows);
            typeIds = new IntColumn(expectedRows);
            enqueueNanos = new LongColumn(expectedRows);
            dequeueNanos = new LongColumn(expectedRows);
        }

        public Builder add(Message message) {
            return add(message, NO_BROADCAST, Message.NEVER);
        }

        /**
         * Adds a message with its broadcast id ({@link #NO_BROADCAST} when none) and the end of its
         * handling ({@link Message#NEVER} when not known).
         */
        public Builder add(Message message, long broadcastId, long handledEnd) {
            int before = senders.size();
            if (broadcastIds == null && broadcastId != NO_BROADCAST) {
                broadcastIds = filled(before, NO_BROADCAST);
            }
            if (handledEndNanos == null && handledEnd != Message.NEVER) {
                handledEndNanos = filled(before, Message.NEVER);
            }
            addMessage(message);
            if (broadcastIds != null) {
                broadcastIds.add(broadcastId);
            }
            if (handledEndNanos != null) {
                handledEndNanos.add(handledEnd);
            }
            return this;
        }

        private static LongColumn filled(int rows, long value) {
            LongColumn column = new LongColumn(Math.max(16, rows * 2));
            for (int i = 0; i < rows; i++) {
                column.add(value);
            }
            return column;
        }

        private void addMessage(Message message) {
            if (!(message.weight() > 0)) {
                throw new IllegalArgumentException("message weight must be positive: " + message.weight());
            }
            int row = senders.size();
            if (sendNanos == null && message.sendNanos() != message.enqueueNanos()) {
                sendNanos = new LongColumn(Math.max(16, row * 2));
                for (int i = 0; i < row; i++) {
                    sendNanos.add(enqueueNanos.get(i));
                }
            }
            if (handledBySpan == null && message.handledBySpan() != -1) {
                handledBySpan = new IntColumn(Math.max(16, row * 2));
                for (int i = 0; i < row; i++) {
                    handledBySpan.add(-1);
                }
            }
            if (weights == null && message.weight() != 1.0) {
                weights = new DoubleColumn(Math.max(16, row * 2));
                for (int i = 0; i < row; i++) {
                    weights.add(1.0);
                }
            }
            senders.add(message.senderProcessId());
            receivers.add(message.receiverProcessId());
            mailboxIds.add(names.intern(message.mailbox()));
            typeIds.add(names.intern(message.messageType()));
            enqueueNanos.add(message.enqueueNanos());
            dequeueNanos.add(message.dequeueNanos());
            if (sendNanos != null) {
                sendNanos.add(message.sendNanos());
            }
            if (handledBySpan != null) {
                handledBySpan.add(message.handledBySpan());
            }
            if (weights != null) {
                weights.add(message.weight());
            }
        }

        public int size() {
            return senders.size();
        }

        public MessageTable build() {
            long[] enqueue = enqueueNanos.toArray();
            return new MessageTable(senders.toArray(), receivers.toArray(), mailboxIds.toArray(),
                    typeIds.toArray(), sendNanos == null ? enqueue : sendNanos.toArray(), enqueue,
                    dequeueNanos.toArray(), handledBySpan == null ? null : handledBySpan.toArray(),
                    weights == null ? null : weights.toArray(), broadcastIds == null ? null : broadcastIds.toArray(),
                    handledEndNanos == null ? null : handledEndNanos.toArray(), names.values());
        }
    }
}
