package dev.flightpath.model;

/** All scheduling intervals of a recording, stored by column (36 bytes a row). */
public final class SchedulingTable {
    private final int[] processIds;
    private final int[] schedulerIds;
    private final long[] runnableSinceNanos;
    private final long[] runningFromNanos;
    private final long[] runningToNanos;

    private SchedulingTable(int[] processIds, int[] schedulerIds, long[] runnableSinceNanos, long[] runningFromNanos,
            long[] runningToNanos) {
        this.processIds = processIds;
        this.schedulerIds = schedulerIds;
        this.runnableSinceNanos = runnableSinceNanos;
        this.runningFromNanos = runningFromNanos;
        this.runningToNanos = runningToNanos;
    }

    public static SchedulingTable empty() {
        return new Builder().build();
    }

    /**
     * A table over columns the caller already holds at their final size, taken over without a
     * copy. Row {@code i} of every array is interval {@code i}, with the meaning of the
     * {@link SchedulingInterval} components; the caller must not change the arrays afterwards.
     *
     * @throws IllegalArgumentException when the columns differ in length or a row is not a
     *                                  possible interval (see {@link SchedulingInterval})
     */
    public static SchedulingTable ofColumns(int[] processIds, int[] schedulerIds, long[] runnableSinceNanos,
            long[] runningFromNanos, long[] runningToNanos) {
        int rows = processIds.length;
        if (schedulerIds.length != rows || runnableSinceNanos.length != rows || runningFromNanos.length != rows
                || runningToNanos.length != rows) {
            throw new IllegalArgumentException("scheduling columns differ in length");
        }
        for (int row = 0; row < rows; row++) {
            if (runningToNanos[row] < runningFromNanos[row]) {
                throw new IllegalArgumentException("interval " + row + " ends before it starts");
            }
            if (runnableSinceNanos[row] != Message.NEVER && runnableSinceNanos[row] > runningFromNanos[row]) {
                throw new IllegalArgumentException("interval " + row + " is runnable after running started");
            }
        }
        return new SchedulingTable(processIds, schedulerIds, runnableSinceNanos, runningFromNanos, runningToNanos);
    }

    public int size() {
        return processIds.length;
    }

    public SchedulingInterval get(int row) {
        return new SchedulingInterval(processIds[row], schedulerIds[row], runnableSinceNanos[row],
                runningFromNanos[row], runningToNanos[row]);
    }

    public int processId(int row) {
        return processIds[row];
    }

    public int schedulerId(int row) {
        return schedulerIds[row];
    }

    /** When the process became runnable, or {@link Message#NEVER} when the recording does not say. */
    public long runnableSinceNanos(int row) {
        return runnableSinceNanos[row];
    }

    public long runningFromNanos(int row) {
        return runningFromNanos[row];
    }

    public long runningToNanos(int row) {
        return runningToNanos[row];
    }

    /** Adds rows one at a time; not thread-safe. */
    public static final class Builder {
        private final IntColumn processIds;
        private final IntColumn schedulerIds;
        private final LongColumn runnableSinceNanos;
        private final LongColumn runningFromNanos;
        private final LongColumn runningToNanos;

        public Builder() {
            this(16);
        }

        /**
         * A builder with room for {@code expectedRows} rows: when exactly that many are added,
         * {@link #build()} takes the columns over without a copy.
         */
        public Builder(int expectedRows) {
            if (expectedRows < 0) {
                throw new IllegalArgumentException("negative row count: " + expectedRows);
            }
            processIds = new IntColumn(expectedRows);
            schedulerIds = new IntColumn(expectedRows);
            runnableSinceNanos = new LongColumn(expectedRows);
            runningFromNanos = new LongColumn(expectedRows);
            runningToNanos = new LongColumn(expectedRows);
        }

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
            return new SchedulingTable(processIds.toArray(), schedulerIds.toArray(), runnableSinceNanos.toArray(),
                    runningFromNanos.toArray(), runningToNanos.toArray());
        }
    }
}
