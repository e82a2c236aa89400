package dev.flightpath.analyzers.fanout;

/**
 * An estimated true count with a 95% confidence interval (see {@link SamplingEstimator}).
 *
 * @param value the estimate
 * @param low   the interval's lower end (never below what was seen)
 * @param high  the interval's upper end
 */
public record Estimate(double value, double low, double high) {
    /** Whether the interval is a single point: nothing was sampled away. */
    public boolean exact() {
        return low == high;
    }
}
