package dev.flightpath.model;

/** All scheduling intervals of a recording, stored by column (36 bytes a row). */
public final class SchedulingTable {
    private final int[] processIds;
    private final int[] schedulerIds;
    private final long[] runnableSinceNanos;
    private final long[] runningFromNanos;
    private final long[] runningToNanos;

    private SchedulingTable(Builder builder) {
        processIds = builder.processIds.toArray();
        schedulerIds = builder.schedulerIds.toArray();
        runnableSinceNanos = builder.runnableSinceNanos.toArray();
        runningFromNanos = builder.runningFromNanos.toArray();
        runningToNanos = builder.runningToNanos.toArray();
    }

    public static SchedulingTable empty() {
        return new Builder().build();
    }

    public int size() {
        return processIds.length;
    }

    public SchedulingInterval get(int row) {
        return new SchedulingInterval(processIds[row], schedulerIds[row], runnableSinceNanos[row],
                runningFromNanos[row], runningToNanos[row]);
    }

    /** Adds rows one at a time; not thread-safe. */
    public static final class Builder {
        private final IntColumn processIds = new IntColumn();
        private final IntColumn schedulerIds = new IntColumn();
        private final LongColumn runnableSinceNanos = new LongColumn();
        private final LongColumn runningFromNanos = new LongColumn();
        private final LongColumn runningToNanos = new LongColumn();

        public Builder add(SchedulingInterval interval) {
            processIds.add(interval.processId());
            schedulerIds.add(interval.schedulerId());
            runnableSinceNanos.add(interval.runnableSinceNanos());
            runningFromNanos.add(interval.runningFromNanos());
            runningToNanos.add(interval.runningToNanos());
            return this;
        }

        public int size() {
            return processIds.size();
        }

        public SchedulingTable build() {
            return new SchedulingTable(this);
        }
    }
}
