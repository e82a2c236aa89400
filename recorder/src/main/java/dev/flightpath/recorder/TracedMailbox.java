package dev.flightpath.recorder;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A blocking mailbox that records every message's enqueue, dequeue and handling as JFR events.
 * When the events are not enabled (no recording, or the events turned off), the cost is an
 * envelope and a counter increment per message.
 *
 * @param <M> the message type
 */
public final class TracedMailbox<M> {
    private record Envelope<M>(long id, M message, String type) {
    }

    private final String name;
    private final BlockingQueue<Envelope<M>> queue;
    private final AtomicLong nextId = new AtomicLong();

    /** An unbounded mailbox. */
    public TracedMailbox(String name) {
        this(name, Integer.MAX_VALUE);
    }

    public TracedMailbox(String name, int capacity) {
        this.name = Objects.requireNonNull(name, "name");
        this.queue = new LinkedBlockingQueue<>(capacity);
    }

    public String name() {
        return name;
    }

    public int size() {
        return queue.size();
    }

    /** Adds a message, waiting for space; its type is its class's simple name. */
    public void put(M message) throws InterruptedException {
        put(message, message.getClass().getSimpleName(), null, null);
    }

    /**
     * Adds a message, waiting for space.
     *
     * @param type    the message type recorded with it
     * @param traceId the trace the message carries, or null
     * @param spanId  the sending span, or null
     */
    public void put(M message, String type, String traceId, String spanId) throws InterruptedException {
        put(message, type, traceId, spanId, 0);
    }

    /**
     * Adds a copy of a broadcast, waiting for space: the sender puts the same message into several
     * mailboxes with one id from its {@link FanoutIds}, so the copies are known to be one broadcast.
     *
     * @param fanoutId the broadcast's id, 0 for a message sent alone
     */
    public void put(M message, String type, String traceId, String spanId, long fanoutId)
            throws InterruptedException {
        Envelope<M> envelope = new Envelope<>(nextId.incrementAndGet(), message, type);
        MessageEnqueuedEvent event = new MessageEnqueuedEvent();
        event.begin(); // the enqueue time: before the message can be taken
        queue.put(envelope);
        commitEnqueued(event, envelope, traceId, spanId, fanoutId);
    }

    /** Adds a message if there is space; returns false (and records nothing) when full. */
    public boolean offer(M message, String type, String traceId, String spanId) {
        Envelope<M> envelope = new Envelope<>(nextId.incrementAndGet(), message, type);
        MessageEnqueuedEvent event = new MessageEnqueuedEvent();
        event.begin();
        if (!queue.offer(envelope)) {
            return false;
        }
        commitEnqueued(event, envelope, traceId, spanId, 0);
        return true;
    }

    private void commitEnqueued(MessageEnqueuedEvent event, Envelope<M> envelope, String traceId, String spanId,
            long fanoutId) {
        if (event.shouldCommit()) {
            event.fanoutId = fanoutId;
            event.mailbox = name;
            event.messageId = envelope.id();
            event.messageType = envelope.type();
            event.traceId = traceId;
            event.spanId = spanId;
            event.commit();
        }
    }

    /** Takes the next message, waiting for one, and records the dequeue. */
    public M take() throws InterruptedException {
        return dequeued(queue.take()).message();
    }

    /** Takes the next message, waiting up to the timeout; null when none came. */
    public M poll(long timeout, TimeUnit unit) throws InterruptedException {
        Envelope<M> envelope = queue.poll(timeout, unit);
        return envelope == null ? null : dequeued(envelope).message();
    }

    /**
     * Takes the next message, waiting up to the timeout, and handles it, recording the dequeue
     * and the handling. Returns false when no message came.
     */
    public boolean pollAndHandle(long timeout, TimeUnit unit, Consumer<? super M> handler) throws InterruptedException {
        Envelope<M> envelope = queue.poll(timeout, unit);
        if (envelope == null) {
            return false;
        }
        dequeued(envelope);
        MessageHandledEvent event = new MessageHandledEvent();
        event.begin();
        try {
            handler.accept(envelope.message());
        } finally {
            event.end();
            if (event.shouldCommit()) {
                event.mailbox = name;
                event.messageId = envelope.id();
                event.messageType = envelope.type();
                event.commit();
            }
        }
        return true;
    }

    private Envelope<M> dequeued(Envelope<M> envelope) {
        MessageDequeuedEvent event = new MessageDequeuedEvent();
        if (event.shouldCommit()) {
            event.mailbox = name;
            event.messageId = envelope.id();
            event.commit();
        }
        return envelope;
    }
}
