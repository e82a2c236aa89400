package dev.flightpath.loaders.chrome;

import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.LinkKind;
import dev.flightpath.model.SpanLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns flow events into {@link LinkKind#FLOW} links on the receiving slice, one per hop as in
 * Perfetto's flow table. Points of one flow id are taken in time order (file order on ties): a
 * point that ends a flow (v1 {@code t}/{@code f}, v2 {@code flow_in}) is linked from the latest
 * point that started or continued it, which stays the source, so one start with several ends gives
 * one link to each end; a point that does both (v1 {@code t}, v2 {@code flow_in} and
 * {@code flow_out}) becomes the new source. A start with the id of an earlier flow starts a new
 * chain (Perfetto ignores such a duplicate start and keeps the first). v1
 * points bind to the innermost slice enclosing them on their thread (an {@code f} without
 * {@code bp: "e"}: the next slice that starts at or after it).
 */
final class FlowLinker {
    private final List<FlowPoint> points = new ArrayList<>();

    void add(FlowPoint point) {
        points.add(point);
    }

    /** Returns the number of links made. */
    long link(Map<Integer, ThreadSlices> threads, String traceId, WarningLog warnings) {
        Map<String, List<FlowPoint>> flows = new LinkedHashMap<>();
        for (FlowPoint point : points) {
            ChromeSlice slice = point.slice() != null ? point.slice() : bind(point, threads);
            if (slice == null) {
                warnings.add("unbound-flow", "flow event (" + point.flowId() + ") is on no slice of its thread");
                continue;
            }
            flows.computeIfAbsent(point.flowId(), k -> new ArrayList<>())
                    .add(new FlowPoint(point.flowId(), point.thread(), point.timeNanos(), point.sequence(), slice,
                            point.bindNext(), point.flowIn(), point.flowOut()));
        }
        long links = 0;
        for (List<FlowPoint> flow : flows.values()) {
            flow.sort(Comparator.comparingLong(FlowPoint::timeNanos).thenComparingInt(FlowPoint::sequence));
            ChromeSlice pending = null;
            for (FlowPoint point : flow) {
                if (point.flowIn() && pending != null && pending != point.slice()) {
                    point.slice().draft().links().add(
                            new SpanLink(traceId, pending.draft().spanId(), LinkKind.FLOW));
                    links++;
                }
                if (point.flowOut()) {
                    pending = point.slice();
                }
            }
        }
        return links;
    }

    private static ChromeSlice bind(FlowPoint point, Map<Integer, ThreadSlices> threads) {
        ThreadSlices slices = threads.get(point.thread());
        if (slices == null) {
            return null;
        }
        if (point.bindNext()) {
            ChromeSlice next = slices.next(point.timeNanos());
            return next != null ? next : slices.enclosing(point.timeNanos());
        }
        return slices.enclosing(point.timeNanos());
    }
}
