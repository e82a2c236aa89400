package dev.flightpath.model;

/**
 * All stack samples of a recording, stored by column (25 bytes a row: 10 million samples take
 * 250 MB). Stacks are ids into the recording's {@link StackTable}.
 */
public final class SampleTable {
    private static final SampleKind[] KINDS = SampleKind.values();

    private final long[] timeNanos;
    private final int[] stackIds;
    private final int[] processIds;
    private final byte[] kinds;
    private final long[] values;

    private SampleTable(Builder builder) {
        timeNanos = builder.timeNanos.toArray();
        stackIds = builder.stackIds.toArray();
        processIds = builder.processIds.toArray();
        kinds = java.util.Arrays.copyOf(builder.kinds, builder.timeNanos.size());
        values = builder.values.toArray();
    }

    public static SampleTable empty() {
        return new Builder().build();
    }

    public int size() {
        return timeNanos.length;
    }

    public StackSample get(int row) {
        return new StackSample(timeNanos[row], stackIds[row], processIds[row], kind(row), values[row]);
    }

    public long timeNanos(int row) {
        return timeNanos[row];
    }

    public int stackId(int row) {
        return stackIds[row];
    }

    public int processId(int row) {
        return processIds[row];
    }

    public SampleKind kind(int row) {
        return KINDS[kinds[row]];
    }

    public long value(int row) {
        return values[row];
    }

    /**
     * How many samples the row stands for: its value for kinds whose value is a sample count
     * ({@link SampleKind#valueCountsSamples()}: an async-profiler wall-clock batch), else 1.
     */
    public long samplesIn(int row) {
        return KINDS[kinds[row]].valueCountsSamples() ? values[row] : 1;
    }

    /** The number of rows of that kind (a wall-clock batch is one row; see {@link #samplesIn}). */
    public long count(SampleKind kind) {
        long count = 0;
        for (byte k : kinds) {
            if (k == kind.ordinal()) {
                count++;
            }
        }
        return count;
    }

    /** Adds rows one at a time; not thread-safe. */
    public static final class Builder {
        private final LongColumn timeNanos = new LongColumn();
        private final IntColumn stackIds = new IntColumn();
        private final IntColumn processIds = new IntColumn();
        private byte[] kinds = new byte[16];
        private final LongColumn values = new LongColumn();

        public Builder add(long timeNanos, int stackId, int processId, SampleKind kind, long value) {
            int row = this.timeNanos.size();
            if (row == kinds.length) {
                kinds = java.util.Arrays.copyOf(kinds, LongColumn.newCapacity(kinds.length));
            }
            kinds[row] = (byte) kind.ordinal();
            this.timeNanos.add(timeNanos);
            stackIds.add(stackId);
            processIds.add(processId);
            values.add(value);
            return this;
        }

        public int size() {
            return timeNanos.size();
        }

        public SampleTable build() {
            return new SampleTable(this);
        }
    }
}
