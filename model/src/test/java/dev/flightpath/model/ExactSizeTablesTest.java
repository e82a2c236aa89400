package dev.flightpath.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exact-size ways to build a table (a builder told its row count, columns handed over whole)
 * give the same rows as the incremental builder.
 */
class ExactSizeTablesTest {
    private static final List<String> NAMES = List.of("", "mailbox-a", "mailbox-b", "Post", "Ack");

    /** Unweighted messages sent as enqueued and handled by no span: what the JFR recorder gives. */
    private static List<Message> recorderMessages(int count) {
        Random random = new Random(5);
        List<Message> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long enqueue = random.nextLong();
            rows.add(new Message(random.nextInt(9) - 1, random.nextInt(9) - 1, NAMES.get(1 + random.nextInt(2)),
                    NAMES.get(random.nextBoolean() ? 0 : 3 + random.nextInt(2)), enqueue, enqueue,
                    random.nextInt(4) == 0 ? Message.NEVER : enqueue + random.nextInt(1000), -1, 1.0));
        }
        return rows;
    }

    private static void assertSameRows(MessageTable expected, MessageTable actual) {
        assertEquals(expected.size(), actual.size());
        for (int row = 0; row < expected.size(); row++) {
            assertEquals(expected.get(row), actual.get(row));
            assertEquals(expected.messageType(row), actual.messageType(row));
            assertEquals(expected.sendNanos(row), actual.sendNanos(row));
            assertEquals(expected.handledBySpan(row), actual.handledBySpan(row));
            assertEquals(expected.weight(row), actual.weight(row));
        }
    }

    @Test
    void aBuilderToldItsRowCountBuildsWhatTheGrowingBuilderBuilds() {
        for (int count : new int[] {0, 1, 16, 17, 1000}) {
            List<Message> rows = recorderMessages(count);
            MessageTable.Builder growing = new MessageTable.Builder();
            MessageTable.Builder exact = new MessageTable.Builder(count);
            MessageTable.Builder tooSmall = new MessageTable.Builder(count / 2);
            for (Message message : rows) {
                growing.add(message);
                exact.add(message);
                tooSmall.add(message);
            }
            MessageTable expected = growing.build();
            assertSameRows(expected, exact.build());
            assertSameRows(expected, tooSmall.build());
            for (int row = 0; row < count; row++) {
                assertEquals(rows.get(row), expected.get(row));
            }
        }
    }

    @Test
    void optionalColumnsAppearAtTheFirstRowThatNeedsThem() {
        List<Message> rows = new ArrayList<>(recorderMessages(40));
        rows.add(new Message(1, 2, "m", "t", 5, 7, 9, 3, 2.5)); // sent before enqueue, a span, weight 2.5
        rows.addAll(recorderMessages(40));
        MessageTable.Builder builder = new MessageTable.Builder(rows.size());
        rows.forEach(builder::add);
        MessageTable table = builder.build();
        for (int row = 0; row < rows.size(); row++) {
            assertEquals(rows.get(row), table.get(row));
        }
        // A builder reused after build() leaves the built table as it was.
        builder.add(new Message(0, 0, "late", "", 1, 1, 2, -1, 1.0));
        assertEquals(rows.size(), table.size());
        assertEquals(rows.get(rows.size() - 1), table.get(rows.size() - 1));
    }

    @Test
    void messageColumnsHandedOverGiveTheSameRows() {
        List<Message> rows = recorderMessages(500);
        int n = rows.size();
        int[] senders = new int[n];
        int[] receivers = new int[n];
        int[] mailboxIds = new int[n];
        int[] typeIds = new int[n];
        long[] enqueue = new long[n];
        long[] dequeue = new long[n];
        MessageTable.Builder builder = new MessageTable.Builder();
        for (int row = 0; row < n; row++) {
            Message message = rows.get(row);
            builder.add(message);
            senders[row] = message.senderProcessId();
            receivers[row] = message.receiverProcessId();
            mailboxIds[row] = NAMES.indexOf(message.mailbox());
            typeIds[row] = NAMES.indexOf(message.messageType());
            enqueue[row] = message.enqueueNanos();
            dequeue[row] = message.dequeueNanos();
        }
        MessageTable handedOver = MessageTable.ofColumns(senders, receivers, NAMES, mailboxIds, typeIds, enqueue, dequeue);
        assertSameRows(builder.build(), handedOver);
        assertThrows(IllegalArgumentException.class, () -> MessageTable.ofColumns(senders, receivers, NAMES,
                mailboxIds, typeIds, enqueue, new long[n - 1]));
        int[] badIds = mailboxIds.clone();
        badIds[3] = NAMES.size();
        assertThrows(IllegalArgumentException.class, () -> MessageTable.ofColumns(senders, receivers, NAMES, badIds,
                typeIds, enqueue, dequeue));
    }

    @Test
    void schedulingBuiltAtExactSizeOrHandedOverGivesTheSameRows() {
        Random random = new Random(3);
        int n = 300;
        int[] processIds = new int[n];
        int[] schedulerIds = new int[n];
        long[] runnableSince = new long[n];
        long[] runningFrom = new long[n];
        long[] runningTo = new long[n];
        SchedulingTable.Builder growing = new SchedulingTable.Builder();
        SchedulingTable.Builder exact = new SchedulingTable.Builder(n);
        for (int row = 0; row < n; row++) {
            long from = random.nextInt(1_000_000);
            SchedulingInterval interval = new SchedulingInterval(random.nextInt(5), random.nextInt(3) - 1,
                    random.nextBoolean() ? Message.NEVER : from - random.nextInt(100), from, from + random.nextInt(100));
            growing.add(interval);
            exact.add(interval);
            processIds[row] = interval.processId();
            schedulerIds[row] = interval.schedulerId();
            runnableSince[row] = interval.runnableSinceNanos();
            runningFrom[row] = interval.runningFromNanos();
            runningTo[row] = interval.runningToNanos();
        }
        SchedulingTable expected = growing.build();
        SchedulingTable handedOver = SchedulingTable.ofColumns(processIds, schedulerIds, runnableSince, runningFrom,
                runningTo);
        for (SchedulingTable table : List.of(exact.build(), handedOver)) {
            assertEquals(n, table.size());
            for (int row = 0; row < n; row++) {
                assertEquals(expected.get(row), table.get(row));
                assertEquals(expected.get(row).processId(), table.processId(row));
                assertEquals(expected.get(row).schedulerId(), table.schedulerId(row));
                assertEquals(expected.get(row).runnableSinceNanos(), table.runnableSinceNanos(row));
                assertEquals(expected.get(row).runningFromNanos(), table.runningFromNanos(row));
                assertEquals(expected.get(row).runningToNanos(), table.runningToNanos(row));
            }
        }
        long[] endsEarly = runningTo.clone();
        endsEarly[7] = runningFrom[7] - 1;
        assertThrows(IllegalArgumentException.class, () -> SchedulingTable.ofColumns(processIds, schedulerIds,
                runnableSince, runningFrom, endsEarly));
        long[] runnableLate = runnableSince.clone();
        runnableLate[9] = runningFrom[9] + 1;
        assertThrows(IllegalArgumentException.class, () -> SchedulingTable.ofColumns(processIds, schedulerIds,
                runnableLate, runningFrom, runningTo));
    }
}
