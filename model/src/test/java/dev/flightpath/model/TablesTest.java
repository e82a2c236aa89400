package dev.flightpath.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The columnar tables give back exactly the rows they were given, and intern what is equal. */
class TablesTest {
    @Test
    void messagesRoundTripThroughTheColumns() {
        Random random = new Random(11);
        List<Message> rows = new ArrayList<>();
        MessageTable.Builder builder = new MessageTable.Builder();
        for (int i = 0; i < 5_000; i++) {
            long enqueue = random.nextLong();
            Message message = new Message(random.nextInt(50) - 1, random.nextInt(50) - 1, "mailbox-" + random.nextInt(7),
                    random.nextBoolean() ? "" : "type-" + random.nextInt(3), enqueue - random.nextInt(1000), enqueue,
                    random.nextInt(5) == 0 ? Message.NEVER : enqueue + random.nextInt(1_000_000), random.nextInt(10) - 1,
                    1 + random.nextInt(100));
            rows.add(message);
            builder.add(message);
        }
        MessageTable table = builder.build();
        assertEquals(rows.size(), table.size());
        for (int row = 0; row < rows.size(); row++) {
            assertEquals(rows.get(row), table.get(row));
            assertEquals(rows.get(row).mailbox(), table.mailbox(row));
            assertEquals(rows.get(row).enqueueNanos(), table.enqueueNanos(row));
            assertEquals(rows.get(row).dequeueNanos(), table.dequeueNanos(row));
        }
    }

    @Test
    void messageWeightMustBePositive() {
        Message zero = new Message(0, 1, "m", "", 0, 0, 1, -1, 0);
        assertThrows(IllegalArgumentException.class, () -> new MessageTable.Builder().add(zero));
    }

    @Test
    void schedulingRoundTripsAndRejectsImpossibleIntervals() {
        SchedulingTable.Builder builder = new SchedulingTable.Builder();
        SchedulingInterval interval = new SchedulingInterval(3, 1, 10, 15, 40);
        SchedulingInterval unknownStart = new SchedulingInterval(4, -1, Message.NEVER, -50, -20);
        builder.add(interval).add(unknownStart);
        SchedulingTable table = builder.build();
        assertEquals(interval, table.get(0));
        assertEquals(unknownStart, table.get(1));
        assertEquals(5, interval.schedulerLatencyNanos());
        assertEquals(false, unknownStart.hasRunnableSince());
        assertThrows(IllegalArgumentException.class, () -> new SchedulingInterval(0, 0, 20, 15, 40));
        assertThrows(IllegalArgumentException.class, () -> new SchedulingInterval(0, 0, 10, 15, 14));
    }

    @Test
    void stacksAndFramesAreInternedOnce() {
        StackTable.Builder builder = new StackTable.Builder();
        int a = builder.internFrame(new Frame("a.A.run", FrameType.JIT_COMPILED, 10));
        int b = builder.internFrame(new Frame("b.B.call", FrameType.INLINED, 0));
        assertEquals(a, builder.internFrame(new Frame("a.A.run", FrameType.JIT_COMPILED, 10)));
        assertNotEquals(a, builder.internFrame(new Frame("a.A.run", FrameType.INTERPRETED, 10)));
        int[] leafFirst = {b, a};
        int stack = builder.internStack(leafFirst);
        leafFirst[0] = a; // the table copied the array
        assertEquals(stack, builder.internStack(new int[] {b, a}));
        assertNotEquals(stack, builder.internStack(new int[] {a, b}));
        StackTable table = builder.build();
        assertArrayEquals(new int[] {b, a}, table.stack(stack));
        assertEquals(2, table.depth(stack));
        assertEquals(b, table.frameAt(stack, 0));
        assertEquals("b.B.call", table.frame(b).name());
    }

    @Test
    void samplesRoundTripAndCountPerKind() {
        SampleTable.Builder builder = new SampleTable.Builder();
        Random random = new Random(5);
        long[] perKind = new long[SampleKind.values().length];
        List<StackSample> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            SampleKind kind = SampleKind.values()[random.nextInt(SampleKind.values().length)];
            StackSample sample = new StackSample(random.nextLong(), random.nextInt(100) - 1, random.nextInt(9) - 1, kind,
                    random.nextInt(1 << 20));
            rows.add(sample);
            perKind[kind.ordinal()]++;
            builder.add(sample.timeNanos(), sample.stackId(), sample.processId(), kind, sample.value());
        }
        SampleTable table = builder.build();
        for (int row = 0; row < rows.size(); row++) {
            assertEquals(rows.get(row), table.get(row));
        }
        for (SampleKind kind : SampleKind.values()) {
            assertEquals(perKind[kind.ordinal()], table.count(kind));
        }
    }

    @Test
    void spansAndRecordingsCheckTheirInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new Span("t", "s", "", List.of(), "op", 0, 10, 9,
                SpanKind.INTERNAL, SpanStatus.UNSET, Map.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> new Span("t", "s", "", List.of(), "op", 0, 10, 11,
                SpanKind.INTERNAL, SpanStatus.UNSET, Map.of(), 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Span("t", "s", "", List.of(), "op", 0, 10, 11,
                SpanKind.INTERNAL, SpanStatus.UNSET, Map.of(), Double.NaN));
        RecordingInfo info = new RecordingInfo(InputFormat.JFR, "2.1", "", "", 0, 1, 1, false);
        List<ProcessInfo> misnumbered = List.of(new ProcessInfo(1, "x", "x", ProcessKind.THREAD, ""));
        assertThrows(IllegalArgumentException.class, () -> new Recording(info, Map.of(), misnumbered, List.of(),
                MessageTable.empty(), SchedulingTable.empty(), StackTable.empty(), SampleTable.empty(), 0, List.of()));
        assertEquals(RecordingInfo.TimeBase.EPOCH, info.timeBase());
    }

    @Test
    void cpuLoadKeepsItsReadingsAndMissingFields() {
        CpuLoadTable.Builder builder = new CpuLoadTable.Builder();
        for (int i = 0; i < 40; i++) {
            builder.add(1_000_000_000L * i, i / 100.0, Double.NaN, i / 50.0);
        }
        CpuLoadTable table = builder.build();
        assertEquals(40, table.size());
        assertEquals(7_000_000_000L, table.timeNanos(7));
        assertEquals(0.07, table.jvmUser(7));
        assertEquals(0.14, table.machineTotal(7));
        assertEquals(Double.NaN, table.jvmSystem(7));
        assertEquals(Double.NaN, table.jvmTotal(7), "a missing part leaves the total missing");
        assertEquals(0.3, new CpuLoadTable.Builder().add(0, 0.1, 0.2, 0.5).build().jvmTotal(0), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> new CpuLoadTable.Builder().add(0, Double.POSITIVE_INFINITY, 0, 0));
        assertEquals(0, CpuLoadTable.empty().size());
        RecordingInfo info = new RecordingInfo(InputFormat.JFR, "2.1", "", "", 0, 1, 1, false);
        Recording withoutLoad = new Recording(info, Map.of(), List.of(), List.of(), MessageTable.empty(),
                SchedulingTable.empty(), PauseTable.empty(), StackTable.empty(), SampleTable.empty(), 0, List.of());
        assertEquals(0, withoutLoad.cpuLoad().size(), "the constructor without readings leaves them empty");
    }
}
