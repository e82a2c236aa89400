package dev.flightpath.loaders.jfr;

import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;

/**
 * Turns flightpath's recorder events (the {@code flightpath.*} schema of the recorder module)
 * into messages and scheduling intervals. Events arrive in any order, so the halves of each
 * message and task are matched by key and built when the stream ends.
 *
 * <p>Memory: mailbox and executor names become int ids, each (name, id) key a dense row number
 * ({@link KeyedRows}), and what the halves carry goes into primitive columns by row: about 60
 * bytes per message and 50 per task while loading, no object per message or task.
 */
final class RecorderEventCollector {
    static final String MESSAGE_ENQUEUED = "flightpath.MessageEnqueued";
    static final String MESSAGE_DEQUEUED = "flightpath.MessageDequeued";
    static final String MESSAGE_HANDLED = "flightpath.MessageHandled";
    static final String TASK_SUBMITTED = "flightpath.TaskSubmitted";
    static final String TASK_EXECUTED = "flightpath.TaskExecuted";
    static final List<String> EVENT_NAMES =
            List.of(MESSAGE_ENQUEUED, MESSAGE_DEQUEUED, MESSAGE_HANDLED, TASK_SUBMITTED, TASK_EXECUTED);
    private static final int NO_WORKER = -1;

    /** Pending messages by (mailbox, messageId); the last half of a kind seen wins. */
    private static final class Messages {
        final NameIds mailboxes = new NameIds();
        final NameIds types = new NameIds();
        final KeyedRows keys = new KeyedRows();
        final PrimitiveColumns.Longs enqueueNanos = new PrimitiveColumns.Longs(Message.NEVER);
        final PrimitiveColumns.Longs dequeueNanos = new PrimitiveColumns.Longs(Message.NEVER);
        final PrimitiveColumns.Longs handledStartNanos = new PrimitiveColumns.Longs(Message.NEVER);
        final PrimitiveColumns.Ints senderIds = new PrimitiveColumns.Ints(Message.UNKNOWN_PROCESS);
        final PrimitiveColumns.Ints receiverIds = new PrimitiveColumns.Ints(Message.UNKNOWN_PROCESS);
        final PrimitiveColumns.Ints typeIds;

        Messages() {
            typeIds = new PrimitiveColumns.Ints(types.id(""));
        }

        int row(RecordedEvent event) {
            int row = keys.row(mailboxes.id(textOrEmpty(event.getString("mailbox"))), event.getLong("messageId"));
            int size = row + 1;
            enqueueNanos.ensure(size);
            dequeueNanos.ensure(size);
            handledStartNanos.ensure(size);
            senderIds.ensure(size);
            receiverIds.ensure(size);
            typeIds.ensure(size);
            return row;
        }
    }

    /** Pending tasks by (executor, taskId); the last half of a kind seen wins. */
    private static final class Tasks {
        final NameIds executors = new NameIds();
        final KeyedRows keys = new KeyedRows();
        final PrimitiveColumns.Longs submitNanos = new PrimitiveColumns.Longs(Message.NEVER);
        final PrimitiveColumns.Longs startNanos = new PrimitiveColumns.Longs(Message.NEVER);
        final PrimitiveColumns.Longs endNanos = new PrimitiveColumns.Longs(Message.NEVER);
        final PrimitiveColumns.Ints workerIds = new PrimitiveColumns.Ints(NO_WORKER);

        int row(RecordedEvent event) {
            int row = keys.row(executors.id(textOrEmpty(event.getString("executor"))), event.getLong("taskId"));
            int size = row + 1;
            submitNanos.ensure(size);
            startNanos.ensure(size);
            endNanos.ensure(size);
            workerIds.ensure(size);
            return row;
        }
    }

    private Messages messages = new Messages();
    private Tasks tasks = new Tasks();

    static boolean isRecorderEvent(String eventName) {
        return EVENT_NAMES.contains(eventName);
    }

    void onEvent(String eventName, RecordedEvent event, int threadId) {
        long startNanos = JfrEventCollector.epochNanos(event.getStartTime());
        switch (eventName) {
            case MESSAGE_ENQUEUED: {
                int row = messages.row(event);
                messages.enqueueNanos.set(row, startNanos);
                messages.senderIds.set(row, threadId);
                messages.typeIds.set(row, messages.types.id(textOrEmpty(event.getString("messageType"))));
                break;
            }
            case MESSAGE_DEQUEUED: {
                int row = messages.row(event);
                messages.dequeueNanos.set(row, startNanos);
                messages.receiverIds.set(row, threadId);
                break;
            }
            case MESSAGE_HANDLED: {
                int row = messages.row(event);
                messages.handledStartNanos.set(row, startNanos);
                if (messages.receiverIds.get(row) == Message.UNKNOWN_PROCESS) {
                    messages.receiverIds.set(row, threadId);
                }
                break;
            }
            case TASK_SUBMITTED:
                tasks.submitNanos.set(tasks.row(event), startNanos);
                break;
            case TASK_EXECUTED: {
                int row = tasks.row(event);
                tasks.startNanos.set(row, startNanos);
                tasks.endNanos.set(row, JfrEventCollector.epochNanos(event.getEndTime()));
                tasks.workerIds.set(row, threadId);
                break;
            }
            default:
                break;
        }
    }

    /** The executors seen, sorted, so the caller can give each a process id. */
    List<String> executors() {
        List<String> names = new ArrayList<>();
        for (int id = 0; id < tasks.executors.size(); id++) {
            names.add(tasks.executors.name(id));
        }
        names.sort(null);
        return names;
    }

    /**
     * Builds the matched messages (by enqueue time, then mailbox name, then id) and task intervals
     * (by start time, then executor name, then id); halves whose other half lies outside the
     * recording are counted in warnings. Once only: the pending halves are dropped as they are
     * built.
     *
     * @param executorIds process id per executor name (as returned by {@link #executors()})
     */
    void build(MessageTable.Builder messageTable, SchedulingTable.Builder scheduling, Map<String, Integer> executorIds,
            List<LoadWarning> warnings) {
        buildMessages(messages, messageTable, warnings);
        messages = null;
        buildTasks(tasks, scheduling, executorIds, warnings);
        tasks = null;
    }

    private static void buildMessages(Messages pending, MessageTable.Builder messageTable, List<LoadWarning> warnings) {
        KeyedRows keys = pending.keys;
        int[] matched = new int[keys.size()];
        int count = 0;
        for (int row = 0; row < keys.size(); row++) {
            if (pending.enqueueNanos.get(row) != Message.NEVER) {
                matched[count++] = row;
            }
        }
        long withoutEnqueue = keys.size() - count;
        matched = Arrays.copyOf(matched, count);
        int[] mailboxRanks = pending.mailboxes.sortedRanks();
        RowOrder order = (a, b) -> {
            int byTime = Long.compare(pending.enqueueNanos.get(a), pending.enqueueNanos.get(b));
            if (byTime != 0) {
                return byTime;
            }
            int byMailbox = Integer.compare(mailboxRanks[keys.scopeId(a)], mailboxRanks[keys.scopeId(b)]);
            return byMailbox != 0 ? byMailbox : Long.compare(keys.id(a), keys.id(b));
        };
        order.sort(matched);
        for (int row : matched) {
            long enqueue = pending.enqueueNanos.get(row);
            long dequeue = pending.dequeueNanos.get(row) != Message.NEVER ? pending.dequeueNanos.get(row)
                    : pending.handledStartNanos.get(row);
            if (dequeue != Message.NEVER && dequeue < enqueue) {
                dequeue = enqueue; // clocks of two threads; never a negative wait
            }
            messageTable.add(new Message(pending.senderIds.get(row), pending.receiverIds.get(row),
                    pending.mailboxes.name(keys.scopeId(row)), pending.types.name(pending.typeIds.get(row)),
                    enqueue, enqueue, dequeue, -1, 1.0));
        }
        if (withoutEnqueue > 0) {
            warnings.add(new LoadWarning("message-enqueue-missing", withoutEnqueue
                    + " message(s) were taken from a mailbox but enqueued before the recording started", withoutEnqueue));
        }
    }

    private static void buildTasks(Tasks pending, SchedulingTable.Builder scheduling, Map<String, Integer> executorIds,
            List<LoadWarning> warnings) {
        KeyedRows keys = pending.keys;
        int[] ran = new int[keys.size()];
        int count = 0;
        for (int row = 0; row < keys.size(); row++) {
            if (pending.startNanos.get(row) != Message.NEVER) {
                ran[count++] = row;
            }
        }
        long neverRan = keys.size() - count;
        ran = Arrays.copyOf(ran, count);
        int[] executorRanks = pending.executors.sortedRanks();
        RowOrder order = (a, b) -> {
            int byTime = Long.compare(pending.startNanos.get(a), pending.startNanos.get(b));
            if (byTime != 0) {
                return byTime;
            }
            int byExecutor = Integer.compare(executorRanks[keys.scopeId(a)], executorRanks[keys.scopeId(b)]);
            return byExecutor != 0 ? byExecutor : Long.compare(keys.id(a), keys.id(b));
        };
        order.sort(ran);
        int[] processIds = new int[pending.executors.size()];
        for (int id = 0; id < processIds.length; id++) {
            processIds[id] = executorIds.get(pending.executors.name(id));
        }
        for (int row : ran) {
            long start = pending.startNanos.get(row);
            long submit = pending.submitNanos.get(row);
            long runnableSince = submit == Message.NEVER ? Message.NEVER : Math.min(submit, start);
            scheduling.add(new SchedulingInterval(processIds[keys.scopeId(row)], pending.workerIds.get(row), runnableSince,
                    start, Math.max(start, pending.endNanos.get(row))));
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
