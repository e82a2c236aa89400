package dev.flightpath.analyzers.fanout;

import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds broadcasts among a recording's messages (rules M1 and M2 of the package documentation):
 * messages of one sender sharing a broadcast id form one broadcast; the others form bursts.
 */
final class MessageBroadcasts {
    private MessageBroadcasts() {
    }

    static List<DetectedBroadcast> detect(Recording recording, long burstGapNanos) {
        MessageTable table = recording.messages();
        MailboxDepths depths = depths(table);
        Integer[] order = new Integer[table.size()];
        for (int row = 0; row < order.length; row++) {
            order[row] = row;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(table::senderProcessId)
                .thenComparingLong(table::sendNanos).thenComparingInt(row -> row));
        List<DetectedBroadcast> found = new ArrayList<>();
        Map<List<Long>, List<Integer>> byId = new LinkedHashMap<>();
        Burst burst = null;
        for (int row : order) {
            long id = table.broadcastId(row);
            if (id != MessageTable.NO_BROADCAST) {
                byId.computeIfAbsent(List.of((long) table.senderProcessId(row), id), key -> new ArrayList<>()).add(row);
                continue;
            }
            if (burst == null || !burst.accepts(table, row, burstGapNanos)) {
                if (burst != null) {
                    found.add(broadcast(recording, depths, burst.rows, DetectionRule.BURST));
                }
                burst = new Burst();
            }
            burst.add(table, row);
        }
        if (burst != null) {
            found.add(broadcast(recording, depths, burst.rows, DetectionRule.BURST));
        }
        for (List<Integer> rows : byId.values()) {
            found.add(broadcast(recording, depths, rows, DetectionRule.BROADCAST_ID));
        }
        return found;
    }

    private static MailboxDepths depths(MessageTable table) {
        MailboxDepths.Builder builder = new MailboxDepths.Builder();
        for (int row = 0; row < table.size(); row++) {
            builder.add(table.mailbox(row), table.enqueueNanos(row), table.dequeueNanos(row));
        }
        return builder.build();
    }

    private static DetectedBroadcast broadcast(Recording recording, MailboxDepths depths, List<Integer> rows,
            DetectionRule rule) {
        MessageTable table = recording.messages();
        int first = rows.get(0);
        List<Delivery> deliveries = new ArrayList<>(rows.size());
        for (int row : rows) {
            String mailbox = table.mailbox(row);
            deliveries.add(new Delivery(mailbox, table.enqueueNanos(row), table.dequeueNanos(row),
                    handledEnd(recording, row), depths.depthBefore(mailbox, table.enqueueNanos(row)),
                    table.weight(row)));
        }
        return new DetectedBroadcast(processName(recording.processes(), table.senderProcessId(first)),
                table.messageType(first), rule, deliveries);
    }

    private static long handledEnd(Recording recording, int row) {
        MessageTable table = recording.messages();
        long end = table.handledEndNanos(row);
        int span = table.handledBySpan(row);
        if (end == Message.NEVER && span >= 0 && span < recording.spans().size()) {
            Span handler = recording.spans().get(span);
            end = handler.endNanos();
        }
        return end;
    }

    static String processName(List<ProcessInfo> processes, int id) {
        return id >= 0 && id < processes.size() ? processes.get(id).name() : "unknown";
    }

    /** The messages of a burst so far: one sender, one type, distinct mailboxes, small gaps. */
    private static final class Burst {
        final List<Integer> rows = new ArrayList<>();
        final Set<String> mailboxes = new HashSet<>();
        int sender;
        String type;
        long lastSendNanos;

        boolean accepts(MessageTable table, int row, long gapNanos) {
            return table.senderProcessId(row) == sender && table.messageType(row).equals(type)
                    && table.sendNanos(row) - lastSendNanos <= gapNanos && !mailboxes.contains(table.mailbox(row));
        }

        void add(MessageTable table, int row) {
            if (rows.isEmpty()) {
                sender = table.senderProcessId(row);
                type = table.messageType(row);
            }
            rows.add(row);
            mailboxes.add(table.mailbox(row));
            lastSendNanos = table.sendNanos(row);
        }
    }
}
