package dev.flightpath.analyzers.mailbox;

import dev.flightpath.analyzers.stats.IndexSort;
import dev.flightpath.analyzers.stats.WeightedPercentile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact depth of one mailbox over a window, from a sweep over its enqueue and dequeue events.
 *
 * <p>Rules: depth at time t is the weight of the messages with {@code enqueue ≤ t < dequeue}, so
 * the depth curve is a step function that is constant from one event time to the next. All events
 * at the same nanosecond are applied together before the depth is looked at, which is the same as
 * applying the dequeues first: a message enqueued and dequeued in one nanosecond never adds to the
 * depth, and no peak comes from the order of events within a nanosecond. Messages waiting when the
 * window starts are enqueued at its start; messages still waiting at its end just stay.
 */
final class DepthSweep {
    private final long fromNanos;
    private final long toNanos;
    private final long overDepth;
    private final long[] sparkline;

    private final long[] segmentDepths;
    private final long[] segmentNanos;
    private int segments;

    private long depth;
    private long minDepth;
    private long maxDepth;
    private long maxDepthAtNanos;
    private double area;
    private long timeOverNanos;

    private int episodeCount;
    private boolean inEpisode;
    private long episodeStart;
    private long episodePeak;
    private long episodePeakAt;
    private long episodeIn;
    private long episodeOut;
    private double episodeArea;
    private Episode worst;

    private DepthSweep(long fromNanos, long toNanos, long overDepth, int buckets, int maxSegments) {
        this.fromNanos = fromNanos;
        this.toNanos = toNanos;
        this.overDepth = overDepth;
        this.sparkline = new long[buckets];
        this.segmentDepths = new long[maxSegments];
        this.segmentNanos = new long[maxSegments];
        this.maxDepthAtNanos = fromNanos;
    }

    /**
     * Sweeps one mailbox. Every event time must lie in {@code [fromNanos, toNanos)}; the arrays are
     * not changed.
     */
    static DepthTimeline sweep(long[] enqueueNanos, long[] enqueueWeights, long[] dequeueNanos, long[] dequeueWeights,
            long fromNanos, long toNanos, long overDepth, int buckets) {
        DepthSweep sweep = new DepthSweep(fromNanos, toNanos, overDepth, buckets,
                enqueueNanos.length + dequeueNanos.length + 1);
        sweep.run(enqueueNanos, enqueueWeights, dequeueNanos, dequeueWeights);
        return sweep.result();
    }

    private void run(long[] enqueueTimes, long[] enqueueWeightsByRow, long[] dequeueTimes,
            long[] dequeueWeightsByRow) {
        long[] enqueueNanos = enqueueTimes;
        long[] enqueueWeights = enqueueWeightsByRow;
        long[] dequeueNanos = dequeueTimes;
        long[] dequeueWeights = dequeueWeightsByRow;
        if (allOnes(enqueueWeights) && allOnes(dequeueWeights)) {
            // Unweighted: the times alone can be sorted, much faster than sorting an index.
            enqueueNanos = enqueueTimes.clone();
            dequeueNanos = dequeueTimes.clone();
            Arrays.sort(enqueueNanos);
            Arrays.sort(dequeueNanos);
        }
        int[] enqueues = IndexSort.byKey(enqueueNanos);
        int[] dequeues = IndexSort.byKey(dequeueNanos);
        int e = 0;
        int d = 0;
        long previous = fromNanos;
        while (e < enqueues.length || d < dequeues.length) {
            long time = Math.min(e < enqueues.length ? enqueueNanos[enqueues[e]] : Long.MAX_VALUE,
                    d < dequeues.length ? dequeueNanos[dequeues[d]] : Long.MAX_VALUE);
            segment(previous, time);
            long in = 0;
            while (e < enqueues.length && enqueueNanos[enqueues[e]] == time) {
                in += enqueueWeights[enqueues[e++]];
            }
            long out = 0;
            while (d < dequeues.length && dequeueNanos[dequeues[d]] == time) {
                out += dequeueWeights[dequeues[d++]];
            }
            apply(time, in, out);
            previous = time;
        }
        segment(previous, toNanos);
        if (inEpisode) {
            closeEpisode(toNanos, true);
        }
    }

    private static boolean allOnes(long[] weights) {
        for (long weight : weights) {
            if (weight != 1) {
                return false;
            }
        }
        return true;
    }

    /** The depth held from {@code start} to {@code end}. */
    private void segment(long start, long end) {
        if (end <= start) {
            return;
        }
        long nanos = end - start;
        segmentDepths[segments] = depth;
        segmentNanos[segments] = nanos;
        segments++;
        double segmentArea = (double) depth * nanos;
        area += segmentArea;
        if (depth > overDepth) {
            timeOverNanos += nanos;
        }
        if (inEpisode) {
            episodeArea += segmentArea;
        }
        int first = bucket(start);
        int last = bucket(end - 1);
        for (int b = first; b <= last; b++) {
            sparkline[b] = Math.max(sparkline[b], depth);
        }
    }

    private int bucket(long time) {
        double fraction = (double) (time - fromNanos) / (double) (toNanos - fromNanos);
        return (int) Math.min(sparkline.length - 1, Math.max(0, (long) (fraction * sparkline.length)));
    }

    /** Applies the events of one nanosecond. */
    private void apply(long time, long in, long out) {
        depth += in - out;
        minDepth = Math.min(minDepth, depth);
        if (depth > maxDepth) {
            maxDepth = depth;
            maxDepthAtNanos = time;
        }
        if (!inEpisode && depth > overDepth) {
            inEpisode = true;
            episodeCount++;
            episodeStart = time;
            episodePeak = depth;
            episodePeakAt = time;
            episodeIn = in;
            episodeOut = out;
            episodeArea = 0;
        } else if (inEpisode) {
            episodeIn += in;
            episodeOut += out;
            if (depth > episodePeak) {
                episodePeak = depth;
                episodePeakAt = time;
            }
            if (depth <= overDepth) {
                closeEpisode(time, false);
            }
        }
    }

    private void closeEpisode(long end, boolean ongoing) {
        inEpisode = false;
        if (worst == null || episodeArea > worst.queuedMessageNanos()) {
            worst = new Episode(episodeStart, episodePeakAt, episodePeak, end, ongoing, episodeIn, episodeOut,
                    episodeArea, List.of(), List.of());
        }
    }

    private DepthTimeline result() {
        long[] depthPercentiles = depthPercentiles(50, 90, 99);
        List<Long> spark = new ArrayList<>(sparkline.length);
        for (long value : sparkline) {
            spark.add(value);
        }
        return new DepthTimeline(maxDepth, maxDepthAtNanos, area / (toNanos - fromNanos),
                depthPercentiles[0], depthPercentiles[1], depthPercentiles[2], timeOverNanos, area, depth,
                minDepth, episodeCount, worst, spark);
    }

    /** Time-weighted depth percentiles: by counting time per depth when depths are few, else by sorting. */
    private long[] depthPercentiles(double... percentiles) {
        long[] result = new long[percentiles.length];
        if (minDepth < 0 || maxDepth > 4L * segments + 1024) {
            WeightedPercentile sorted = new WeightedPercentile(
                    Arrays.copyOf(segmentDepths, segments), Arrays.copyOf(segmentNanos, segments));
            for (int i = 0; i < percentiles.length; i++) {
                result[i] = sorted.at(percentiles[i]);
            }
            return result;
        }
        long[] nanosAtDepth = new long[(int) maxDepth + 1];
        long total = 0;
        for (int i = 0; i < segments; i++) {
            nanosAtDepth[(int) segmentDepths[i]] += segmentNanos[i];
            total += segmentNanos[i];
        }
        for (int i = 0; i < percentiles.length; i++) {
            long rank = WeightedPercentile.rank(percentiles[i], total);
            long cumulative = 0;
            int depthAt = 0;
            while (depthAt < maxDepth && cumulative + nanosAtDepth[depthAt] < rank) {
                cumulative += nanosAtDepth[depthAt++];
            }
            result[i] = total == 0 ? 0 : depthAt;
        }
        return result;
    }

    /**
     * What the sweep found.
     *
     * @param finalDepth the depth at the window's end
     * @param minDepth   the lowest depth seen (never negative for consistent input; tests check it)
     */
    record DepthTimeline(long maxDepth, long maxDepthAtNanos, double meanDepth, long depthP50, long depthP90,
            long depthP99, long timeOverNanos, double queuedMessageNanos, long finalDepth, long minDepth,
            int episodeCount,
            Episode worstEpisode, List<Long> sparkline) {
    }
}
