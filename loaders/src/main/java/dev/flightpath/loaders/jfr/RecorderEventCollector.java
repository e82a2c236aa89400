package dev.flightpath.loaders.jfr;

import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;

/**
 * Turns flightpath's recorder events (the {@code flightpath.*} schema of the recorder module)
 * into messages and scheduling intervals. Events arrive in any order, so the halves of each
 * message and task are matched by key and built when the stream ends.
 */
final class RecorderEventCollector {
    static final String MESSAGE_ENQUEUED = "flightpath.MessageEnqueued";
    static final String MESSAGE_DEQUEUED = "flightpath.MessageDequeued";
    static final String MESSAGE_HANDLED = "flightpath.MessageHandled";
    static final String TASK_SUBMITTED = "flightpath.TaskSubmitted";
    static final String TASK_EXECUTED = "flightpath.TaskExecuted";
    static final List<String> EVENT_NAMES =
            List.of(MESSAGE_ENQUEUED, MESSAGE_DEQUEUED, MESSAGE_HANDLED, TASK_SUBMITTED, TASK_EXECUTED);

    private record Key(String scope, long id) {
    }

    private static final class PendingMessage {
        long enqueueNanos = Message.NEVER;
        long dequeueNanos = Message.NEVER;
        long handledStartNanos = Message.NEVER;
        int senderId = Message.UNKNOWN_PROCESS;
        int receiverId = Message.UNKNOWN_PROCESS;
        String type = "";
    }

    private static final class PendingTask {
        long submitNanos = Message.NEVER;
        long startNanos = Message.NEVER;
        long endNanos = Message.NEVER;
        int workerId = -1;
    }

    private final Map<Key, PendingMessage> messages = new HashMap<>();
    private final Map<Key, PendingTask> tasks = new HashMap<>();

    static boolean isRecorderEvent(String eventName) {
        return EVENT_NAMES.contains(eventName);
    }

    void onEvent(String eventName, RecordedEvent event, int threadId) {
        long startNanos = JfrEventCollector.epochNanos(event.getStartTime());
        switch (eventName) {
            case MESSAGE_ENQUEUED: {
                PendingMessage message = message(event, "mailbox", "messageId");
                message.enqueueNanos = startNanos;
                message.senderId = threadId;
                message.type = textOrEmpty(event.getString("messageType"));
                break;
            }
            case MESSAGE_DEQUEUED: {
                PendingMessage message = message(event, "mailbox", "messageId");
                message.dequeueNanos = startNanos;
                message.receiverId = threadId;
                break;
            }
            case MESSAGE_HANDLED: {
                PendingMessage message = message(event, "mailbox", "messageId");
                message.handledStartNanos = startNanos;
                if (message.receiverId == Message.UNKNOWN_PROCESS) {
                    message.receiverId = threadId;
                }
                break;
            }
            case TASK_SUBMITTED:
                task(event).submitNanos = startNanos;
                break;
            case TASK_EXECUTED: {
                PendingTask task = task(event);
                task.startNanos = startNanos;
                task.endNanos = JfrEventCollector.epochNanos(event.getEndTime());
                task.workerId = threadId;
                break;
            }
            default:
                break;
        }
    }

    private PendingMessage message(RecordedEvent event, String scopeField, String idField) {
        Key key = new Key(textOrEmpty(event.getString(scopeField)), event.getLong(idField));
        return messages.computeIfAbsent(key, k -> new PendingMessage());
    }

    private PendingTask task(RecordedEvent event) {
        Key key = new Key(textOrEmpty(event.getString("executor")), event.getLong("taskId"));
        return tasks.computeIfAbsent(key, k -> new PendingTask());
    }

    /** The executors seen, so the caller can give each a process id. */
    List<String> executors() {
        return tasks.keySet().stream().map(Key::scope).distinct().sorted().toList();
    }

    /**
     * Builds the matched messages (in enqueue order) and task intervals (in start order); halves
     * whose other half lies outside the recording are counted in warnings.
     *
     * @param executorIds process id per executor name (as returned by {@link #executors()})
     */
    void build(MessageTable.Builder messageTable, SchedulingTable.Builder scheduling, Map<String, Integer> executorIds,
            List<LoadWarning> warnings) {
        List<Map.Entry<Key, PendingMessage>> matched = new ArrayList<>();
        long withoutEnqueue = 0;
        for (Map.Entry<Key, PendingMessage> entry : messages.entrySet()) {
            if (entry.getValue().enqueueNanos == Message.NEVER) {
                withoutEnqueue++;
            } else {
                matched.add(entry);
            }
        }
        matched.sort(Comparator.<Map.Entry<Key, PendingMessage>>comparingLong(e -> e.getValue().enqueueNanos)
                .thenComparing(e -> e.getKey().scope()).thenComparingLong(e -> e.getKey().id()));
        for (Map.Entry<Key, PendingMessage> entry : matched) {
            PendingMessage pending = entry.getValue();
            long dequeue = pending.dequeueNanos != Message.NEVER ? pending.dequeueNanos : pending.handledStartNanos;
            if (dequeue != Message.NEVER && dequeue < pending.enqueueNanos) {
                dequeue = pending.enqueueNanos; // clocks of two threads; never a negative wait
            }
            messageTable.add(new Message(pending.senderId, pending.receiverId, entry.getKey().scope(), pending.type,
                    pending.enqueueNanos, pending.enqueueNanos, dequeue, -1, 1.0));
        }
        if (withoutEnqueue > 0) {
            warnings.add(new LoadWarning("message-enqueue-missing", withoutEnqueue
                    + " message(s) were taken from a mailbox but enqueued before the recording started", withoutEnqueue));
        }
        List<Map.Entry<Key, PendingTask>> ran = new ArrayList<>();
        long neverRan = 0;
        for (Map.Entry<Key, PendingTask> entry : tasks.entrySet()) {
            if (entry.getValue().startNanos == Message.NEVER) {
                neverRan++;
            } else {
                ran.add(entry);
            }
        }
        ran.sort(Comparator.<Map.Entry<Key, PendingTask>>comparingLong(e -> e.getValue().startNanos)
                .thenComparing(e -> e.getKey().scope()).thenComparingLong(e -> e.getKey().id()));
        for (Map.Entry<Key, PendingTask> entry : ran) {
            PendingTask task = entry.getValue();
            long runnableSince = task.submitNanos == Message.NEVER ? Message.NEVER : Math.min(task.submitNanos, task.startNanos);
            scheduling.add(new SchedulingInterval(executorIds.get(entry.getKey().scope()), task.workerId, runnableSince,
                    task.startNanos, Math.max(task.startNanos, task.endNanos)));
        }
        if (neverRan > 0) {
            warnings.add(new LoadWarning("task-not-run", neverRan
                    + " task(s) were submitted but had not started when the recording ended", neverRan));
        }
    }

    private static String textOrEmpty(String value) {
        return value == null ? "" : value;
    }
}
