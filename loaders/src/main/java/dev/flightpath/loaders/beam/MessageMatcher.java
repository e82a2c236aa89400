package dev.flightpath.loaders.beam;

import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs {@code send} events with {@code receive} events and receives with dequeue points (the
 * rules are in the package documentation). One row per send; rows are added to the table in send
 * order once the whole trace has been read.
 */
final class MessageMatcher {
    /** A message's send time when the receive matched no traced send. */
    static final long UNKNOWN_SEND = Message.NEVER;
    private static final int UNRESOLVED = -1;
    /** Messages of a kind kept per mailbox before any callback taking that kind was seen. */
    static final int RETAINED_WITHOUT_DEQUEUE_POINT = 10_000;

    private final ProcessRegistry processes;
    private final Map<PendingKey, ArrayDeque<Integer>> pending = new HashMap<>();
    private final Map<Term.Ref, Integer> aliases = new HashMap<>();
    private final Map<Integer, Mailbox> mailboxes = new HashMap<>();
    private final Rows rows = new Rows();
    private long unmatchedReceives;

    MessageMatcher(ProcessRegistry processes) {
        this.processes = processes;
    }

    /** A {@code send} (or, with {@code delivered} false, {@code send_to_non_existing_process}). */
    void send(int sender, Term message, Term destination, long time, boolean delivered) {
        int receiver = resolve(destination);
        int row = rows.add(sender, receiver, time, MessageKind.typeOf(message), destination);
        if (delivered) {
            pending.computeIfAbsent(new PendingKey(receiver, message), key -> new ArrayDeque<>()).add(row);
        }
    }

    /**
     * A {@code receive}: the message entered {@code receiver}'s mailbox at {@code time}.
     *
     * @return the matched send's time, or {@link #UNKNOWN_SEND}
     */
    long receive(int receiver, Term message, long time) {
        PendingKey direct = new PendingKey(receiver, message);
        PendingKey indirect = new PendingKey(UNRESOLVED, message);
        ArrayDeque<Integer> directQueue = pending.get(direct);
        ArrayDeque<Integer> indirectQueue = pending.get(indirect);
        int row = -1;
        if (directQueue != null && (indirectQueue == null || directQueue.peekFirst() < indirectQueue.peekFirst())) {
            row = take(direct, directQueue);
        } else if (indirectQueue != null) {
            row = take(indirect, indirectQueue);
            learn(rows.unresolvedDestinations.remove(row), receiver);
            rows.receivers[row] = receiver;
        }
        MessageKind kind = MessageKind.of(message);
        mailbox(receiver).add(kind, row, message);
        if (row < 0) {
            unmatchedReceives++;
            return UNKNOWN_SEND;
        }
        rows.enqueue[row] = time;
        return rows.send[row];
    }

    /**
     * A call event: when the function is a callback that takes one message from the mailbox, the
     * message it takes is dequeued at {@code time}. With the arguments in the event (no
     * {@code arity} flag) that is the oldest waiting message equal to the one the arguments
     * rebuild; otherwise, or when none is equal, the oldest waiting message of the kind the
     * callback takes.
     */
    void call(int process, Mfa mfa, Term arguments, long time) {
        MessageKind taken = MessageKind.takenBy(mfa);
        if (taken == null) {
            return;
        }
        Mailbox mailbox = mailbox(process);
        mailbox.dequeuePoint(taken);
        int row = mailbox.take(taken, MessageKind.messageFromArguments(mfa, arguments));
        if (row >= 0) {
            rows.dequeue[row] = time;
        }
    }

    /**
     * Whether {@code process} is known to have messages waiting: it received messages of a kind
     * that one of its traced dequeue points takes, and they have not been taken yet. (Kinds with
     * no traced dequeue point say nothing: their messages may well be gone.)
     */
    boolean hasWaitingMessages(int process) {
        Mailbox mailbox = mailboxes.get(process);
        return mailbox != null && mailbox.hasWaitingMessages();
    }

    long unmatchedReceives() {
        return unmatchedReceives;
    }

    MessageTable build() {
        MessageTable.Builder table = new MessageTable.Builder();
        for (int row = 0; row < rows.size; row++) {
            int receiver = rows.receivers[row];
            String mailbox = receiver >= 0 ? processes.displayName(receiver)
                    : rows.unresolvedDestinations.get(row).toString();
            table.add(new Message(rows.senders[row], receiver >= 0 ? receiver : Message.UNKNOWN_PROCESS, mailbox,
                    rows.types.get(row), rows.send[row], rows.enqueue[row], rows.dequeue[row], -1, 1.0));
        }
        return table.build();
    }

    private int take(PendingKey key, ArrayDeque<Integer> queue) {
        int row = queue.removeFirst();
        if (queue.isEmpty()) {
            pending.remove(key);
        }
        return row;
    }

    private int resolve(Term destination) {
        if (destination instanceof Term.Pid) {
            return processes.idOf((Term.Pid) destination);
        }
        if (destination instanceof Term.Atom) {
            return processes.byName(((Term.Atom) destination).name());
        }
        if (destination instanceof Term.Ref) {
            Integer owner = aliases.get(destination);
            return owner == null ? UNRESOLVED : owner;
        }
        if (destination instanceof Term.Tuple && ((Term.Tuple) destination).arity() == 2) {
            Term.Tuple nameAtNode = (Term.Tuple) destination;
            if (nameAtNode.get(0) instanceof Term.Atom && nameAtNode.get(1) instanceof Term.Atom
                    && ((Term.Atom) nameAtNode.get(1)).name().equals(processes.localNode())) {
                return processes.byName(((Term.Atom) nameAtNode.get(0)).name());
            }
        }
        return UNRESOLVED;
    }

    /** A send to a name or alias was received by {@code receiver}: remember who that is. */
    private void learn(Term destination, int receiver) {
        if (destination instanceof Term.Atom) {
            processes.register(receiver, ((Term.Atom) destination).name());
        } else if (destination instanceof Term.Ref) {
            aliases.put((Term.Ref) destination, receiver);
        }
    }

    private Mailbox mailbox(int process) {
        return mailboxes.computeIfAbsent(process, id -> new Mailbox());
    }

    private record PendingKey(int receiver, Term message) {
    }

    /** Received messages not yet dequeued, by kind; an entry's row is -1 for an unmatched receive. */
    private static final class Mailbox {
        private final Map<MessageKind, ArrayDeque<Entry>> queues = new HashMap<>();
        private final Set<MessageKind> dequeued = EnumSet.noneOf(MessageKind.class);
        private long arrivals;

        void add(MessageKind kind, int row, Term message) {
            ArrayDeque<Entry> queue = queues.computeIfAbsent(kind, k -> new ArrayDeque<>());
            queue.add(new Entry(arrivals++, row, message));
            // Until a callback taking this kind is seen, keep only the newest messages: most
            // processes have no traced dequeue point, and their mailboxes must not hold every
            // message of the trace.
            if (!dequeued.contains(kind) && queue.size() > RETAINED_WITHOUT_DEQUEUE_POINT) {
                queue.removeFirst();
            }
        }

        /** A callback taking {@code kind} was seen running in this process. */
        void dequeuePoint(MessageKind kind) {
            if (kind == MessageKind.ANY) {
                dequeued.addAll(EnumSet.of(MessageKind.CALL, MessageKind.CAST, MessageKind.INFO));
            } else {
                dequeued.add(kind);
            }
        }

        boolean hasWaitingMessages() {
            for (MessageKind kind : dequeued) {
                ArrayDeque<Entry> queue = queues.get(kind);
                if (queue != null && !queue.isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Removes the message equal to {@code expected} if there is one, else the oldest of
         * {@code kind} ({@link MessageKind#ANY}: of any kind callbacks take); returns its row.
         */
        int take(MessageKind kind, Term expected) {
            List<ArrayDeque<Entry>> sources = new ArrayList<>();
            for (MessageKind candidate : MessageKind.values()) {
                ArrayDeque<Entry> queue = queues.get(candidate);
                if (queue != null && !queue.isEmpty()
                        && (candidate == kind || kind == MessageKind.ANY && candidate.takenByCallbacks())) {
                    sources.add(queue);
                }
            }
            if (expected != null) {
                for (ArrayDeque<Entry> queue : sources) {
                    Iterator<Entry> entries = queue.iterator();
                    while (entries.hasNext()) {
                        Entry entry = entries.next();
                        if (entry.message.equals(expected)) {
                            entries.remove();
                            return entry.row;
                        }
                    }
                }
            }
            ArrayDeque<Entry> oldest = null;
            for (ArrayDeque<Entry> queue : sources) {
                if (oldest == null || queue.peekFirst().arrival < oldest.peekFirst().arrival) {
                    oldest = queue;
                }
            }
            if (oldest == null) {
                return -1;
            }
            return oldest.removeFirst().row;
        }
    }

    private record Entry(long arrival, int row, Term message) {
    }

    /** Growable columns of the rows being built; enqueue and dequeue times are filled in later. */
    private static final class Rows {
        int size;
        int[] senders = new int[64];
        int[] receivers = new int[64];
        long[] send = new long[64];
        long[] enqueue = new long[64];
        long[] dequeue = new long[64];
        final List<String> types = new ArrayList<>();
        /** The destination as sent, kept only while the receiver is unknown. */
        final Map<Integer, Term> unresolvedDestinations = new HashMap<>();

        int add(int sender, int receiver, long sendTime, String type, Term destination) {
            if (size == senders.length) {
                int capacity = size * 2;
                senders = Arrays.copyOf(senders, capacity);
                receivers = Arrays.copyOf(receivers, capacity);
                send = Arrays.copyOf(send, capacity);
                enqueue = Arrays.copyOf(enqueue, capacity);
                dequeue = Arrays.copyOf(dequeue, capacity);
            }
            senders[size] = sender;
            receivers[size] = receiver;
            send[size] = sendTime;
            enqueue[size] = Message.NEVER;
            dequeue[size] = Message.NEVER;
            types.add(type);
            if (receiver == UNRESOLVED) {
                unresolvedDestinations.put(size, destination);
            }
            return size++;
        }
    }
}
