package dev.flightpath.loaders.jfr;

import dev.flightpath.model.CpuLoadTable;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;

/**
 * Turns the JVM's {@code jdk.CPULoad} events ({@code com.oracle.jdk.CPULoad} in format 1.0) into
 * {@link CpuLoadTable} rows: the event's time and its {@code jvmUser}, {@code jvmSystem} and
 * {@code machineTotal} fractions, NaN for a field the event type lacks. The JDK records one a
 * second in its default and profile settings, async-profiler one a second too. Events come in any
 * order (the stream is unordered); the rows are sorted by time when built. One instance per load;
 * not thread-safe.
 */
final class CpuLoadEventCollector {
    static final List<String> EVENT_NAMES = List.of("jdk.CPULoad", "com.oracle.jdk.CPULoad");

    private final CpuLoadTable.Builder readings = new CpuLoadTable.Builder();
    private long lastTimeNanos = Long.MIN_VALUE;
    private boolean inOrder = true;

    static boolean isCpuLoadEvent(String eventName) {
        return EVENT_NAMES.contains(eventName);
    }

    void onEvent(RecordedEvent event) {
        long timeNanos = JfrEventCollector.epochNanos(event.getStartTime());
        inOrder &= timeNanos >= lastTimeNanos;
        lastTimeNanos = timeNanos;
        readings.add(timeNanos, fraction(event, "jvmUser"), fraction(event, "jvmSystem"), fraction(event, "machineTotal"));
    }

    private static double fraction(RecordedEvent event, String field) {
        if (!event.hasField(field)) {
            return Double.NaN;
        }
        double value = event.getDouble(field);
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    /** The readings in time order. */
    CpuLoadTable build() {
        CpuLoadTable table = readings.build();
        if (inOrder) {
            return table;
        }
        int[] rows = new int[table.size()];
        for (int row = 0; row < rows.length; row++) {
            rows[row] = row;
        }
        RowOrder byTime = (a, b) -> Long.compare(table.timeNanos(a), table.timeNanos(b));
        byTime.sort(rows);
        CpuLoadTable.Builder sorted = new CpuLoadTable.Builder();
        for (int row : rows) {
            sorted.add(table.timeNanos(row), table.jvmUser(row), table.jvmSystem(row), table.machineTotal(row));
        }
        return sorted.build();
    }
}
