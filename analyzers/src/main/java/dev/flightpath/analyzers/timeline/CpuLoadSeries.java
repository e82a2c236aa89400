package dev.flightpath.analyzers.timeline;

/**
 * CPU load per timeline window: the mean of the readings taken in the window, as fractions 0–1 of
 * the machine's CPU time. A window without a reading (or whose readings all lack the field) is
 * {@link Double#NaN}: no data, not an idle CPU. Arrays are indexed by window and not copied; treat
 * them as read-only.
 *
 * @param jvm      the recorded JVM's share (user + system)
 * @param machine  the whole machine's share (every process)
 * @param readings how many readings each window has
 */
public record CpuLoadSeries(double[] jvm, double[] machine, long[] readings) {
}
