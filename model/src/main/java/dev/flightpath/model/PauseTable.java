package dev.flightpath.model;

import java.util.Arrays;

/**
 * Runtime pauses (GC, safepoints), stored by column (21 bytes a row): {@link Recording#pauses()}.
 * The JFR loader fills it when {@link DataKind#PAUSES} is asked for, and {@code latency} reads it
 * as stall categories. Rows are in the order the loader added them.
 */
public final class PauseTable {
    private static final PauseKind[] KINDS = PauseKind.values();

    private final byte[] kinds;
    private final int[] processIds;
    private final long[] startNanos;
    private final long[] durationNanos;

    private PauseTable(Builder builder) {
        kinds = Arrays.copyOf(builder.kinds, builder.startNanos.size());
        processIds = builder.processIds.toArray();
        startNanos = builder.startNanos.toArray();
        durationNanos = builder.durationNanos.toArray();
    }

    public static PauseTable empty() {
        return new Builder().build();
    }

    public int size() {
        return startNanos.length;
    }

    public PauseKind kind(int row) {
        return KINDS[kinds[row]];
    }

    /** The paused thread's {@link ProcessInfo#id()}, or -1 for a pause of the whole runtime. */
    public int processId(int row) {
        return processIds[row];
    }

    public long startNanos(int row) {
        return startNanos[row];
    }

    public long durationNanos(int row) {
        return durationNanos[row];
    }

    /** Adds rows one at a time; not thread-safe. */
    public static final class Builder {
        private byte[] kinds = new byte[16];
        private final IntColumn processIds = new IntColumn();
        private final LongColumn startNanos = new LongColumn();
        private final LongColumn durationNanos = new LongColumn();

        public Builder add(PauseKind kind, int processId, long startNanos, long durationNanos) {
            if (durationNanos < 0) {
                throw new IllegalArgumentException("negative pause duration " + durationNanos);
            }
            int row = this.startNanos.size();
            if (row == kinds.length) {
                kinds = Arrays.copyOf(kinds, LongColumn.newCapacity(kinds.length));
            }
            kinds[row] = (byte) kind.ordinal();
            processIds.add(processId);
            this.startNanos.add(startNanos);
            this.durationNanos.add(durationNanos);
            return this;
        }

        public int size() {
            return startNanos.size();
        }

        public PauseTable build() {
            return new PauseTable(this);
        }
    }
}
