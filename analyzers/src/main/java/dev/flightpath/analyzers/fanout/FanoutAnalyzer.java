package dev.flightpath.analyzers.fanout;

import dev.flightpath.analyzers.stats.WeightedPercentile;
import dev.flightpath.model.Message;
import dev.flightpath.model.Recording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Finds a recording's broadcasts and measures them (the rules are in the package documentation). */
public final class FanoutAnalyzer {
    /** Sampling weights become integer percentile weights at this resolution. */
    private static final double WEIGHT_SCALE = 1000.0;

    private FanoutAnalyzer() {
    }

    /** Every broadcast of the recording, measured, by send time. */
    public static List<BroadcastResult> broadcasts(Recording recording, FanoutOptions options) {
        boolean fromSpans = !recording.spans().isEmpty() && !recording.messages().hasBroadcastIds();
        List<DetectedBroadcast> detected = fromSpans ? SpanBroadcasts.detect(recording)
                : MessageBroadcasts.detect(recording, options.burstGapNanos());
        List<BroadcastResult> measured = new ArrayList<>(detected.size());
        for (DetectedBroadcast broadcast : detected) {
            measured.add(measure(broadcast, options.slowestRecipients()));
        }
        measured.sort(Comparator.comparingLong(BroadcastResult::sendNanos).thenComparing(BroadcastResult::sender)
                .thenComparing(BroadcastResult::operation));
        return measured;
    }

    public static FanoutReport analyze(Recording recording, FanoutOptions options) {
        List<BroadcastResult> all = broadcasts(recording, options);
        long deliveries = 0;
        boolean estimated = false;
        SamplingEstimator broadcastEstimate = new SamplingEstimator();
        SamplingEstimator deliveryEstimate = new SamplingEstimator();
        Map<String, Long> rules = new TreeMap<>();
        boolean anyHandled = false;
        boolean anyDequeue = false;
        for (BroadcastResult broadcast : all) {
            deliveries += broadcast.size();
            estimated |= broadcast.weight() != 1.0;
            broadcastEstimate.add(broadcast.weight(), 1);
            deliveryEstimate.add(broadcast.weight(), broadcast.size());
            rules.merge(broadcast.rule().label(), 1L, Long::sum);
            if (broadcast.delivered()) {
                anyHandled |= broadcast.fromHandled();
                anyDequeue |= !broadcast.fromHandled();
            }
        }
        String timing = anyHandled && anyDequeue ? "mixed" : anyHandled ? "handled" : anyDequeue ? "dequeue" : "none";
        return new FanoutReport(recording.info().startNanos(), all.size(), deliveries, estimated, broadcastEstimate.result(),
                deliveryEstimate.result(), timing, rules, buckets(all, options), senders(all),
                slowest(all, options.topBroadcasts()), slowRecipients(all, options.topRecipients()), all, options);
    }

    static BroadcastResult measure(DetectedBroadcast broadcast, int slowestListed) {
        List<Delivery> deliveries = broadcast.deliveries();
        long send = Long.MAX_VALUE;
        double weight = 0;
        long work = 0;
        long lastHandled = Message.NEVER;
        for (Delivery delivery : deliveries) {
            if (delivery.enqueueNanos() != Message.NEVER) {
                send = Math.min(send, delivery.enqueueNanos());
            }
            weight += delivery.weight();
            work += delivery.handlingNanos();
            lastHandled = Math.max(lastHandled, delivery.handledEndNanos());
        }
        weight /= deliveries.size();
        if (send == Long.MAX_VALUE) {
            send = Message.NEVER;
        }
        List<Delivery> arrived = new ArrayList<>();
        boolean fromHandled = false;
        for (Delivery delivery : deliveries) {
            if (delivery.arrivalNanos() != Message.NEVER && send != Message.NEVER) {
                arrived.add(delivery);
                fromHandled |= delivery.dequeueNanos() == Message.NEVER;
            }
        }
        arrived.sort(Comparator.comparingLong(Delivery::arrivalNanos));
        long toFirst = BroadcastResult.UNKNOWN;
        long toMedian = BroadcastResult.UNKNOWN;
        long toLast = BroadcastResult.UNKNOWN;
        if (!arrived.isEmpty()) {
            toFirst = arrived.get(0).arrivalNanos() - send;
            toMedian = arrived.get((arrived.size() - 1) / 2).arrivalNanos() - send;
            toLast = arrived.get(arrived.size() - 1).arrivalNanos() - send;
        }
        List<RecipientDelay> slowest = new ArrayList<>();
        for (int i = arrived.size() - 1; i >= 0 && slowest.size() < slowestListed; i--) {
            Delivery delivery = arrived.get(i);
            slowest.add(new RecipientDelay(delivery.recipient(), delivery.arrivalNanos() - send,
                    delivery.handledEndNanos() == Message.NEVER ? BroadcastResult.UNKNOWN
                            : delivery.handledEndNanos() - send,
                    delivery.depthAhead()));
        }
        long toLastHandled = lastHandled == Message.NEVER || send == Message.NEVER ? BroadcastResult.UNKNOWN
                : lastHandled - send;
        return new BroadcastResult(broadcast.sender(), broadcast.operation(), broadcast.rule(), deliveries.size(),
                send, toFirst, toMedian, toLast, toLastHandled, fromHandled, deliveries.size() - arrived.size(),
                slowest, work, weight);
    }

    private static List<SizeBucket> buckets(List<BroadcastResult> all, FanoutOptions options) {
        List<SizeBucket> buckets = new ArrayList<>();
        for (int range = 0; range < SizeBucket.RANGES.length; range++) {
            SamplingEstimator broadcastEstimate = new SamplingEstimator();
            SamplingEstimator deliveryEstimate = new SamplingEstimator();
            long count = 0;
            long deliveries = 0;
            boolean sampled = false;
            List<long[]> toLast = new ArrayList<>();
            for (BroadcastResult broadcast : all) {
                if (SizeBucket.rangeOf(broadcast.size()) != range) {
                    continue;
                }
                count++;
                deliveries += broadcast.size();
                sampled |= broadcast.weight() != 1.0;
                broadcastEstimate.add(broadcast.weight(), 1);
                deliveryEstimate.add(broadcast.weight(), broadcast.size());
                if (broadcast.delivered()) {
                    toLast.add(new long[] {broadcast.toLastNanos(), Math.round(broadcast.weight() * WEIGHT_SCALE)});
                }
            }
            if (count == 0) {
                continue;
            }
            long[] values = new long[toLast.size()];
            long[] weights = new long[toLast.size()];
            long max = 0;
            for (int i = 0; i < values.length; i++) {
                values[i] = toLast.get(i)[0];
                weights[i] = toLast.get(i)[1];
                max = Math.max(max, values[i]);
            }
            WeightedPercentile percentiles = new WeightedPercentile(values, weights);
            Estimate estimatedBroadcasts = broadcastEstimate.result();
            buckets.add(new SizeBucket(SizeBucket.RANGES[range][0], SizeBucket.RANGES[range][1], count, deliveries,
                    estimatedBroadcasts, deliveryEstimate.result(), percentiles.at(50), percentiles.at(95),
                    percentiles.at(99), max, count / estimatedBroadcasts.value(),
                    SamplingEstimator.recommendedRate(estimatedBroadcasts.value(), options.targetPerBucket()),
                    sampled && count < options.minSamples()));
        }
        return buckets;
    }

    private static List<SenderSummary> senders(List<BroadcastResult> all) {
        Map<String, List<BroadcastResult>> bySender = new LinkedHashMap<>();
        for (BroadcastResult broadcast : all) {
            bySender.computeIfAbsent(broadcast.sender(), s -> new ArrayList<>()).add(broadcast);
        }
        List<SenderSummary> senders = new ArrayList<>();
        for (Map.Entry<String, List<BroadcastResult>> entry : bySender.entrySet()) {
            int[] sizes = entry.getValue().stream().mapToInt(BroadcastResult::size).toArray();
            Arrays.sort(sizes);
            long deliveries = Arrays.stream(sizes).asLongStream().sum();
            senders.add(new SenderSummary(entry.getKey(), sizes.length, deliveries, sizes[0],
                    sizes[(sizes.length - 1) / 2], sizes[sizes.length - 1]));
        }
        senders.sort(Comparator.comparingLong(SenderSummary::broadcasts).reversed()
                .thenComparing(SenderSummary::sender));
        return senders;
    }

    private static List<BroadcastResult> slowest(List<BroadcastResult> all, int top) {
        return all.stream().filter(BroadcastResult::delivered)
                .sorted(Comparator.comparingLong(BroadcastResult::toLastNanos).reversed()
                        .thenComparingLong(BroadcastResult::sendNanos))
                .limit(top).toList();
    }

    /** Among broadcasts with two copies or more that arrived, who was last (weighted by sampling). */
    private static List<SlowRecipient> slowRecipients(List<BroadcastResult> all, int top) {
        Map<String, double[]> counts = new HashMap<>();
        double total = 0;
        for (BroadcastResult broadcast : all) {
            if (broadcast.size() < 2 || broadcast.slowestRecipients().isEmpty()) {
                continue;
            }
            total += broadcast.weight();
            counts.computeIfAbsent(broadcast.slowestRecipients().get(0).recipient(), r -> new double[1])[0] +=
                    broadcast.weight();
        }
        List<SlowRecipient> recipients = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : counts.entrySet()) {
            recipients.add(new SlowRecipient(entry.getKey(), entry.getValue()[0], entry.getValue()[0] / total));
        }
        recipients.sort(Comparator.comparingDouble(SlowRecipient::timesLast).reversed()
                .thenComparing(SlowRecipient::recipient));
        return recipients.size() > top ? recipients.subList(0, top) : recipients;
    }
}
