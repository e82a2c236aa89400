package dev.flightpath.analyzers.fanout;

/**
 * Estimates of true counts from sampled ones, and the sampling rate to recommend.
 *
 * <p>Each kept broadcast i was kept with probability p_i and weighs w_i = 1/p_i. The
 * Horvitz–Thompson estimate of the true number of broadcasts is N̂ = Σ w_i; with each broadcast
 * kept independently (Poisson sampling, what trace-id-based samplers do), an unbiased estimate of
 * its variance is V̂ = Σ w_i (w_i − 1), and the 95% interval is N̂ ± 1.96·√V̂, its lower end raised
 * to the number kept. Deliveries are the same sum with each term multiplied by the broadcast's
 * size s_i: D̂ = Σ w_i s_i, V̂ = Σ w_i (w_i − 1) s_i². Unsampled data (every w_i = 1) gives
 * V̂ = 0: the count is exact.
 *
 * <p>The recommended rate for a bucket keeps a target number T of broadcasts from the N̂ that
 * happened in the same time: p = min(1, T / N̂).
 */
final class SamplingEstimator {
    private static final double Z_95 = 1.959964;

    private double estimate;
    private double variance;
    private long kept;

    /** A kept broadcast of weight {@code weight} that counts {@code amount} (1, or its size). */
    void add(double weight, double amount) {
        estimate += weight * amount;
        variance += weight * (weight - 1) * amount * amount;
        kept += (long) amount;
    }

    Estimate result() {
        double halfWidth = Z_95 * Math.sqrt(variance);
        return new Estimate(estimate, Math.max(kept, estimate - halfWidth), estimate + halfWidth);
    }

    static double recommendedRate(double estimatedTrue, long target) {
        return estimatedTrue <= 0 ? 1.0 : Math.min(1.0, target / estimatedTrue);
    }
}
