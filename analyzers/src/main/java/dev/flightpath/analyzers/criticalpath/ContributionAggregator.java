package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.analyzers.stats.LongList;
import dev.flightpath.analyzers.stats.WeightedPercentile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds critical paths up per operation (process, service), as CRISP does: each key's total over
 * all paths, weighted by the paths' sampling weights, and percentiles of its per-path contribution.
 * Percentile weights are the sampling weights in thousandths, rounded (at least 1).
 */
final class ContributionAggregator {
    private final GroupKeys keys;
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<KeyTotals> totals = new ArrayList<>();
    private final Map<Integer, long[]> perPath = new HashMap<>();
    private double weightedDurationNanos;
    private boolean estimated;

    ContributionAggregator(GroupKeys keys) {
        this.keys = keys;
    }

    void add(Segments segments, double weight, long durationNanos) {
        perPath.clear();
        for (int i = 0; i < segments.size(); i++) {
            String key = keys.key(segments.span(i));
            Integer id = keyIds.get(key);
            if (id == null) {
                id = totals.size();
                keyIds.put(key, id);
                totals.add(new KeyTotals(key));
            }
            long[] sums = perPath.computeIfAbsent(id, unused -> new long[SegmentKind.values().length]);
            sums[segments.kind(i).ordinal()] += segments.end(i) - segments.start(i);
        }
        long weightThousandths = Math.max(1, Math.round(weight * 1000));
        for (Map.Entry<Integer, long[]> entry : perPath.entrySet()) {
            totals.get(entry.getKey()).add(entry.getValue(), weight, weightThousandths);
        }
        weightedDurationNanos += weight * durationNanos;
        estimated |= weight != 1.0;
    }

    long totalNanos() {
        return Math.round(weightedDurationNanos);
    }

    boolean estimated() {
        return estimated;
    }

    /** Largest total first; ties by name. */
    List<Contribution> contributions() {
        List<Contribution> out = new ArrayList<>(totals.size());
        for (KeyTotals key : totals) {
            out.add(key.contribution(weightedDurationNanos));
        }
        out.sort((a, b) -> a.totalNanos() != b.totalNanos() ? Long.compare(b.totalNanos(), a.totalNanos())
                : a.name().compareTo(b.name()));
        return out;
    }

    private static final class KeyTotals {
        final String name;
        final double[] kindNanos = new double[SegmentKind.values().length];
        final LongList contributions = new LongList();
        final LongList weights = new LongList();

        KeyTotals(String name) {
            this.name = name;
        }

        void add(long[] sums, double weight, long weightThousandths) {
            long sum = 0;
            for (int k = 0; k < sums.length; k++) {
                kindNanos[k] += weight * sums[k];
                sum += sums[k];
            }
            contributions.add(sum);
            weights.add(weightThousandths);
        }

        Contribution contribution(double allNanos) {
            WeightedPercentile percentiles = new WeightedPercentile(contributions.toArray(), weights.toArray());
            long self = Math.round(kindNanos[SegmentKind.SELF.ordinal()]);
            long running = Math.round(kindNanos[SegmentKind.RUNNING.ordinal()]);
            long queueWait = Math.round(kindNanos[SegmentKind.QUEUE_WAIT.ordinal()]);
            double total = kindNanos[0] + kindNanos[1] + kindNanos[2];
            return new Contribution(name, Math.round(total), allNanos > 0 ? total / allNanos : 0,
                    contributions.size(), percentiles.at(50), percentiles.at(95), percentiles.at(99), self, running,
                    queueWait);
        }
    }
}
