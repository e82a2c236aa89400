package dev.flightpath.reporters.export;

import dev.flightpath.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spans of each process laid out in lanes in which they nest properly (a span starts after its
 * lane's open spans end, or ends within the innermost one), as timeline formats need: speedscope's
 * evented profiles and Chrome's complete events on one thread must nest. Spans are taken by start
 * (longer first at equal starts) and each goes to the first lane it fits; concurrent requests of
 * one service end up in separate lanes.
 */
final class SpanLanes {
    /**
     * A lane's spans as open and close steps in time order.
     *
     * @param processId the process all its spans ran on
     * @param lane      0 for the first lane of the process
     * @param steps     span index into the recording's spans, as {@code index} for an open and
     *                  {@code -index - 1} for a close
     */
    record Lane(int processId, int lane, List<Integer> steps) {
    }

    private SpanLanes() {
    }

    static List<Lane> of(List<Span> spans) {
        Map<Integer, List<Integer>> byProcess = new TreeMap<>();
        for (int i = 0; i < spans.size(); i++) {
            byProcess.computeIfAbsent(spans.get(i).processId(), p -> new ArrayList<>()).add(i);
        }
        List<Lane> lanes = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> process : byProcess.entrySet()) {
            List<Integer> order = process.getValue();
            order.sort(Comparator.<Integer>comparingLong(i -> spans.get(i).startNanos())
                    .thenComparing(Comparator.<Integer>comparingLong(i -> spans.get(i).endNanos()).reversed())
                    .thenComparingInt(i -> i));
            List<List<Integer>> open = new ArrayList<>();
            List<List<Integer>> steps = new ArrayList<>();
            for (int index : order) {
                Span span = spans.get(index);
                int lane = 0;
                while (true) {
                    if (lane == open.size()) {
                        open.add(new ArrayList<>());
                        steps.add(new ArrayList<>());
                    }
                    List<Integer> stack = open.get(lane);
                    closeEnded(spans, stack, steps.get(lane), span.startNanos());
                    if (stack.isEmpty() || spans.get(stack.get(stack.size() - 1)).endNanos() >= span.endNanos()) {
                        stack.add(index);
                        steps.get(lane).add(index);
                        break;
                    }
                    lane++;
                }
            }
            for (int lane = 0; lane < open.size(); lane++) {
                closeEnded(spans, open.get(lane), steps.get(lane), Long.MAX_VALUE);
                lanes.add(new Lane(process.getKey(), lane, steps.get(lane)));
            }
        }
        return lanes;
    }

    /** Closes, innermost first, the open spans that end by {@code timeNanos}. */
    private static void closeEnded(List<Span> spans, List<Integer> stack, List<Integer> steps, long timeNanos) {
        while (!stack.isEmpty()) {
            int top = stack.get(stack.size() - 1);
            if (timeNanos != Long.MAX_VALUE && spans.get(top).endNanos() > timeNanos) {
                return;
            }
            stack.remove(stack.size() - 1);
            steps.add(-top - 1);
        }
    }
}
