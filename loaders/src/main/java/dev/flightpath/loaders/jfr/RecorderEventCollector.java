package dev.flightpath.loaders.jfr;

import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.SchedulingTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;

/**
 * Turns flightpath's recorder events (the {@code flightpath.*} schema of the recorder module)
 * into messages and scheduling intervals. Events arrive in any order, so the halves of each
 * message and task are matched by key and built when the stream ends. Only what was asked for is
 * kept: without messages wanted the mailbox events are ignored, without scheduling the task
 * events (and the caller need not even subscribe to them, see {@link #eventNames}).
 *
 * <p>Memory: mailbox and executor names become int ids, each (name, id) key a dense row number
 * ({@link KeyedRows}), and what the halves carry goes into primitive columns by row, grown in
 * blocks ({@link PrimitiveColumns}): about 47 bytes per message and as many per task while
 * loading (40 in the columns, keys included, the rest the key index), no object per message or
 * task. Building hands the model columns of exactly
 * the final size and drops each pending column as soon as its model column is made, so the
 * pending and the model data are never held whole at the same time.
 */
final class RecorderEventCollector {
    static final String MESSAGE_ENQUEUED = "flightpath.MessageEnqueued";
    static final String MESSAGE_DEQUEUED = "flightpath.MessageDequeued";
    static final String MESSAGE_HANDLED = "flightpath.MessageHandled";
    static final String TASK_SUBMITTED = "flightpath.TaskSubmitted";
    static final String TASK_EXECUTED = "flightpath.TaskExecuted";
    static final List<String> MESSAGE_EVENT_NAMES = List.of(MESSAGE_ENQUEUED, MESSAGE_DEQUEUED, MESSAGE_HANDLED);
    static final List<String> TASK_EVENT_NAMES = List.of(TASK_SUBMITTED, TASK_EXECUTED);
    static final List<String> EVENT_NAMES =
            List.of(MESSAGE_ENQUEUED, MESSAGE_DEQUEUED, MESSAGE_HANDLED, TASK_SUBMITTED, TASK_EXECUTED);
    private static final int NO_WORKER = -1;

    /** The messages and task intervals built from the events; empty tables for what was not wanted. */
    record Tables(MessageTable messages, SchedulingTable scheduling) {
    }

    /** Pending messages by (mailbox, messageId); the last half of a kind seen wins. */
    private static final class Messages {
        final NameIds mailboxes = new NameIds();
        final NameIds types = new NameIds();
        KeyedRows keys = new KeyedRows();
        PrimitiveColumns.Longs enqueueNanos = new PrimitiveColumns.Longs(Message.NEVER);
        PrimitiveColumns.Longs dequeueNanos = new PrimitiveColumns.Longs(Message.NEVER);
        // Only recordings with MessageHandled events fill this one.
        PrimitiveColumns.Longs handledStartNanos = new PrimitiveColumns.Longs(Message.NEVER);
        PrimitiveColumns.Longs handledEndNanos = new PrimitiveColumns.Longs(Message.NEVER);
        // Only recordings whose enqueue events carry fan-out ids (recorder 0.2 on) fill this one.
        PrimitiveColumns.Longs fanoutIds = new PrimitiveColumns.Longs(MessageTable.NO_BROADCAST);
        boolean anyFanoutId;
        boolean anyHandledEnd;
        PrimitiveColumns.Ints senderIds = new PrimitiveColumns.Ints(Message.UNKNOWN_PROCESS);
        PrimitiveColumns.Ints receiverIds = new PrimitiveColumns.Ints(Message.UNKNOWN_PROCESS);
        PrimitiveColumns.Ints typeIds;

        Messages() {
            typeIds = new PrimitiveColumns.Ints(types.id(""));
        }

        int row(RecordedEvent event) {
            return keys.row(mailboxes.id(textOrEmpty(event.getString("mailbox"))), event.getLong("messageId"));
        }
    }

    /** Pending tasks by (executor, taskId); the last half of a kind seen wins. */
    private static final class Tasks {
        final NameIds executors = new NameIds();
        final KeyedRows keys = new KeyedRows();
        PrimitiveColumns.Longs submitNanos = new PrimitiveColumns.Longs(Message.NEVER);
        PrimitiveColumns.Longs startNanos = new PrimitiveColumns.Longs(Message.NEVER);
        PrimitiveColumns.Longs endNanos = new PrimitiveColumns.Longs(Message.NEVER);
        PrimitiveColumns.Ints workerIds = new PrimitiveColumns.Ints(NO_WORKER);

        int row(RecordedEvent event) {
            return keys.row(executors.id(textOrEmpty(event.getString("executor"))), event.getLong("taskId"));
        }
    }

    private final boolean wantMessages;
    private final boolean wantTasks;
    private Messages messages = new Messages();
    private Tasks tasks = new Tasks();

    /**
     * @param wantMessages whether to keep the mailbox events, as messages
     * @param wantTasks    whether to keep the executor events, as scheduling intervals
     */
    RecorderEventCollector(boolean wantMessages, boolean wantTasks) {
        this.wantMessages = wantMessages;
        this.wantTasks = wantTasks;
    }

    static boolean isRecorderEvent(String eventName) {
        return EVENT_NAMES.contains(eventName);
    }

    /** The recorder events to subscribe to for what is wanted. */
    static List<String> eventNames(boolean wantMessages, boolean wantTasks) {
        List<String> names = new ArrayList<>();
        if (wantMessages) {
            names.addAll(MESSAGE_EVENT_NAMES);
        }
        if (wantTasks) {
            names.addAll(TASK_EVENT_NAMES);
        }
        return List.copyOf(names);
    }

    void onEvent(String eventName, RecordedEvent event, int threadId) {
        switch (eventName) {
            case MESSAGE_ENQUEUED: {
                if (!wantMessages) {
                    return;
                }
                int row = messages.row(event);
                messages.enqueueNanos.set(row, startNanos(event));
                messages.senderIds.set(row, threadId);
                messages.typeIds.set(row, messages.types.id(textOrEmpty(event.getString("messageType"))));
                if (event.hasField("fanoutId") && event.getLong("fanoutId") != MessageTable.NO_BROADCAST) {
                    messages.fanoutIds.set(row, event.getLong("fanoutId"));
                    messages.anyFanoutId = true;
                }
                break;
            }
            case MESSAGE_DEQUEUED: {
                if (!wantMessages) {
                    return;
                }
                int row = messages.row(event);
                messages.dequeueNanos.set(row, startNanos(event));
                messages.receiverIds.set(row, threadId);
                break;
            }
            case MESSAGE_HANDLED: {
                if (!wantMessages) {
                    return;
                }
                int row = messages.row(event);
                messages.handledStartNanos.set(row, startNanos(event));
                messages.handledEndNanos.set(row, JfrEventCollector.epochNanos(event.getEndTime()));
                messages.anyHandledEnd = true;
                if (messages.receiverIds.get(row) == Message.UNKNOWN_PROCESS) {
                    messages.receiverIds.set(row, threadId);
                }
                break;
            }
            case TASK_SUBMITTED:
                if (wantTasks) {
                    tasks.submitNanos.set(tasks.row(event), startNanos(event));
                }
                break;
            case TASK_EXECUTED: {
                if (!wantTasks) {
                    return;
                }
                int row = tasks.row(event);
                tasks.startNanos.set(row, startNanos(event));
                tasks.endNanos.set(row, JfrEventCollector.epochNanos(event.getEndTime()));
                tasks.workerIds.set(row, threadId);
                break;
            }
            default:
                break;
        }
    }

    private static long startNanos(RecordedEvent event) {
        return JfrEventCollector.epochNanos(event.getStartTime());
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
    Tables build(Map<String, Integer> executorIds, List<LoadWarning> warnings) {
        Messages pendingMessages = messages;
        messages = null;
        MessageTable messageTable = buildMessages(pendingMessages, warnings);
        pendingMessages = null;
        Tasks pendingTasks = tasks;
        tasks = null;
        SchedulingTable scheduling = buildTasks(pendingTasks, executorIds, warnings);
        return new Tables(messageTable, scheduling);
    }

    /** The rows with a value other than {@code absent} in {@code column}. */
    private static int[] rowsWith(PrimitiveColumns.Longs column, int rows, long absent) {
        int[] found = new int[rows];
        int count = 0;
        for (int row = 0; row < rows; row++) {
            if (column.get(row) != absent) {
                found[count++] = row;
            }
        }
        return count == rows ? found : Arrays.copyOf(found, count);
    }

    // Each model column is made from the pending one(s) and then the pending one is dropped (set
    // to null), so at any moment at most one column exists twice.
    private static MessageTable buildMessages(Messages pending, List<LoadWarning> warnings) {
        KeyedRows keys = pending.keys;
        keys.dropIndex();
        int[] order = enqueueOrder(pending);
        long withoutEnqueue = keys.size() - order.length;
        int n = order.length;
        int[] mailboxIds = new int[n];
        for (int i = 0; i < n; i++) {
            mailboxIds[i] = keys.scopeId(order[i]);
        }
        keys = null;
        pending.keys = null;

        long[] enqueueNanos = new long[n];
        for (int i = 0; i < n; i++) {
            enqueueNanos[i] = pending.enqueueNanos.get(order[i]);
        }
        pending.enqueueNanos = null;
        long[] dequeueNanos = new long[n];
        for (int i = 0; i < n; i++) {
            int row = order[i];
            long dequeue = pending.dequeueNanos.get(row) != Message.NEVER ? pending.dequeueNanos.get(row)
                    : pending.handledStartNanos.get(row);
            if (dequeue != Message.NEVER && dequeue < enqueueNanos[i]) {
                dequeue = enqueueNanos[i]; // clocks of two threads; never a negative wait
            }
            dequeueNanos[i] = dequeue;
        }
        pending.dequeueNanos = null;
        pending.handledStartNanos = null;
        int[] senderIds = new int[n];
        for (int i = 0; i < n; i++) {
            senderIds[i] = pending.senderIds.get(order[i]);
        }
        pending.senderIds = null;
        int[] receiverIds = new int[n];
        for (int i = 0; i < n; i++) {
            receiverIds[i] = pending.receiverIds.get(order[i]);
        }
        pending.receiverIds = null;
        // One name list: the mailboxes, then the types.
        List<String> names = new ArrayList<>();
        for (int id = 0; id < pending.mailboxes.size(); id++) {
            names.add(pending.mailboxes.name(id));
        }
        int typeOffset = names.size();
        for (int id = 0; id < pending.types.size(); id++) {
            names.add(pending.types.name(id));
        }
        int[] typeIds = new int[n];
        for (int i = 0; i < n; i++) {
            typeIds[i] = typeOffset + pending.typeIds.get(order[i]);
        }
        pending.typeIds = null;
        long[] fanoutIds = pending.anyFanoutId ? new long[n] : null;
        long[] handledEndNanos = pending.anyHandledEnd ? new long[n] : null;
        for (int i = 0; i < n; i++) {
            if (fanoutIds != null) {
                fanoutIds[i] = pending.fanoutIds.get(order[i]);
            }
            if (handledEndNanos != null) {
                handledEndNanos[i] = pending.handledEndNanos.get(order[i]);
            }
        }
        pending.fanoutIds = null;
        pending.handledEndNanos = null;
        if (withoutEnqueue > 0) {
            warnings.add(new LoadWarning("message-enqueue-missing", withoutEnqueue
                    + " message(s) were taken from a mailbox but enqueued before the recording started", withoutEnqueue));
        }
        MessageTable table = MessageTable.ofColumns(senderIds, receiverIds, names, mailboxIds, typeIds, enqueueNanos,
                dequeueNanos);
        return fanoutIds == null && handledEndNanos == null ? table
                : table.withFanoutColumns(fanoutIds, handledEndNanos);
    }

    private static SchedulingTable buildTasks(Tasks pending, Map<String, Integer> executorIds,
            List<LoadWarning> warnings) {
        KeyedRows keys = pending.keys;
        keys.dropIndex();
        int[] order = startOrder(pending);
        long neverRan = keys.size() - order.length;
        int n = order.length;

        long[] runningFromNanos = new long[n];
        for (int i = 0; i < n; i++) {
            runningFromNanos[i] = pending.startNanos.get(order[i]);
        }
        pending.startNanos = null;
        long[] runnableSinceNanos = new long[n];
        for (int i = 0; i < n; i++) {
            long submit = pending.submitNanos.get(order[i]);
            runnableSinceNanos[i] = submit == Message.NEVER ? Message.NEVER : Math.min(submit, runningFromNanos[i]);
        }
        pending.submitNanos = null;
        long[] runningToNanos = new long[n];
        for (int i = 0; i < n; i++) {
            runningToNanos[i] = Math.max(runningFromNanos[i], pending.endNanos.get(order[i]));
        }
        pending.endNanos = null;
        int[] schedulerIds = new int[n];
        for (int i = 0; i < n; i++) {
            schedulerIds[i] = pending.workerIds.get(order[i]);
        }
        pending.workerIds = null;
        int[] processIdOfExecutor = new int[pending.executors.size()];
        for (int id = 0; id < processIdOfExecutor.length; id++) {
            processIdOfExecutor[id] = executorIds.get(pending.executors.name(id));
        }
        int[] processIds = new int[n];
        for (int i = 0; i < n; i++) {
            processIds[i] = processIdOfExecutor[keys.scopeId(order[i])];
        }
        if (neverRan > 0) {
            warnings.add(new LoadWarning("task-not-run", neverRan
                    + " task(s) were submitted but had not started when the recording ended", neverRan));
        }
        return SchedulingTable.ofColumns(processIds, schedulerIds, runnableSinceNanos, runningFromNanos, runningToNanos);
    }

    /** The rows of enqueued messages, by enqueue time, then mailbox name, then id. */
    private static int[] enqueueOrder(Messages pending) {
        KeyedRows keys = pending.keys;
        int[] order = rowsWith(pending.enqueueNanos, keys.size(), Message.NEVER);
        int[] mailboxRanks = pending.mailboxes.sortedRanks();
        PrimitiveColumns.Longs enqueueNanos = pending.enqueueNanos;
        RowOrder byEnqueue = (a, b) -> {
            int byTime = Long.compare(enqueueNanos.get(a), enqueueNanos.get(b));
            if (byTime != 0) {
                return byTime;
            }
            int byMailbox = Integer.compare(mailboxRanks[keys.scopeId(a)], mailboxRanks[keys.scopeId(b)]);
            return byMailbox != 0 ? byMailbox : Long.compare(keys.id(a), keys.id(b));
        };
        byEnqueue.sort(order);
        return order;
    }

    /** The rows of tasks that ran, by start time, then executor name, then id. */
    private static int[] startOrder(Tasks pending) {
        KeyedRows keys = pending.keys;
        int[] order = rowsWith(pending.startNanos, keys.size(), Message.NEVER);
        int[] executorRanks = pending.executors.sortedRanks();
        PrimitiveColumns.Longs startNanos = pending.startNanos;
        RowOrder byStart = (a, b) -> {
            int byTime = Long.compare(startNanos.get(a), startNanos.get(b));
            if (byTime != 0) {
                return byTime;
            }
            int byExecutor = Integer.compare(executorRanks[keys.scopeId(a)], executorRanks[keys.scopeId(b)]);
            return byExecutor != 0 ? byExecutor : Long.compare(keys.id(a), keys.id(b));
        };
        byStart.sort(order);
        return order;
    }

    private static String textOrEmpty(String value) {
        return value == null ? "" : value;
    }
}
