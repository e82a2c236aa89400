package dev.flightpath.model;

/**
 * CPU load readings, stored by column (32 bytes a row): {@link Recording#cpuLoad()}. A reading is
 * the share of all the machine's CPU time, as a fraction from 0 to 1, used over the period before
 * its time: by the recorded process in user mode ({@code jvmUser}) and in the kernel on its behalf
 * ({@code jvmSystem}), and by every process of the machine ({@code machineTotal}). A field the
 * recording lacked is {@link Double#NaN}. The JFR loader fills it from {@code jdk.CPULoad} (once a
 * second in the JDK's default and profile settings) when {@link DataKind#CPU_LOAD} is asked for.
 * Rows are in the order the loader added them (the JFR loader: by time).
 */
public final class CpuLoadTable {
    private final long[] timeNanos;
    private final double[] jvmUser;
    private final double[] jvmSystem;
    private final double[] machineTotal;

    private CpuLoadTable(Builder builder) {
        timeNanos = builder.timeNanos.toArray();
        jvmUser = builder.jvmUser.toArray();
        jvmSystem = builder.jvmSystem.toArray();
        machineTotal = builder.machineTotal.toArray();
    }

    public static CpuLoadTable empty() {
        return new Builder().build();
    }

    public int size() {
        return timeNanos.length;
    }

    /** When the reading was taken. */
    public long timeNanos(int row) {
        return timeNanos[row];
    }

    /** The recorded process's user-mode share of the machine's CPU time, 0–1; NaN when missing. */
    public double jvmUser(int row) {
        return jvmUser[row];
    }

    /** The recorded process's kernel-mode share of the machine's CPU time, 0–1; NaN when missing. */
    public double jvmSystem(int row) {
        return jvmSystem[row];
    }

    /** The share of the machine's CPU time used by all its processes, 0–1; NaN when missing. */
    public double machineTotal(int row) {
        return machineTotal[row];
    }

    /** The recorded process's whole share ({@code jvmUser + jvmSystem}); NaN when either is missing. */
    public double jvmTotal(int row) {
        return jvmUser[row] + jvmSystem[row];
    }

    /** Adds rows one at a time; not thread-safe. */
    public static final class Builder {
        private final LongColumn timeNanos = new LongColumn();
        private final DoubleColumn jvmUser = new DoubleColumn(16);
        private final DoubleColumn jvmSystem = new DoubleColumn(16);
        private final DoubleColumn machineTotal = new DoubleColumn(16);

        /** Each share a fraction 0–1 or NaN for a missing field; infinite values are refused. */
        public Builder add(long timeNanos, double jvmUser, double jvmSystem, double machineTotal) {
            if (Double.isInfinite(jvmUser) || Double.isInfinite(jvmSystem) || Double.isInfinite(machineTotal)) {
                throw new IllegalArgumentException("infinite CPU load at " + timeNanos);
            }
            this.timeNanos.add(timeNanos);
            this.jvmUser.add(jvmUser);
            this.jvmSystem.add(jvmSystem);
            this.machineTotal.add(machineTotal);
            return this;
        }

        public int size() {
            return timeNanos.size();
        }

        public CpuLoadTable build() {
            return new CpuLoadTable(this);
        }
    }
}
