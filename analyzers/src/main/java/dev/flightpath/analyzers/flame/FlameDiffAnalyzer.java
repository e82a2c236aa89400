package dev.flightpath.analyzers.flame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Matches a flame tree's call paths against a baseline tree's (same labels from the root down). */
public final class FlameDiffAnalyzer {
    private FlameDiffAnalyzer() {
    }

    public static FlameDiff diff(FlameTree current, FlameTree baseline) {
        if (current.kind() != baseline.kind() || !current.weightUnit().equals(baseline.weightUnit())) {
            throw new IllegalArgumentException("cannot compare " + current + " with " + baseline);
        }
        // Labels of both trees as one set of ids, so a path is a sequence of comparable ints.
        Map<FlameLabel, Integer> sharedIds = new HashMap<>();
        int[] currentLabelIds = sharedIds(current.labels(), sharedIds);
        int[] baselineLabelIds = sharedIds(baseline.labels(), sharedIds);

        int[] baselineParents = parents(baseline);
        LongIntMap baselineChildren = new LongIntMap(baseline.nodeCount());
        for (int node = 1; node < baseline.nodeCount(); node++) {
            baselineChildren.put(key(baselineParents[node], baselineLabelIds[baseline.nodeLabels()[node]]), node);
        }
        int[] currentParents = parents(current);
        int[] baselineNodes = new int[current.nodeCount()];
        boolean[] matched = new boolean[baseline.nodeCount()];
        baselineNodes[0] = 0;
        matched[0] = true;
        for (int node = 1; node < current.nodeCount(); node++) {
            int parentMatch = baselineNodes[currentParents[node]];
            int match = parentMatch < 0 ? -1
                    : baselineChildren.get(key(parentMatch, currentLabelIds[current.nodeLabels()[node]]));
            baselineNodes[node] = match;
            if (match >= 0) {
                matched[match] = true;
            }
        }
        int[] currentOfBaseline = new int[baseline.nodeCount()];
        Arrays.fill(currentOfBaseline, -1);
        for (int node = 0; node < current.nodeCount(); node++) {
            if (baselineNodes[node] >= 0) {
                currentOfBaseline[baselineNodes[node]] = node;
            }
        }
        List<FlameDiff.BaselineOnly> baselineOnly = new ArrayList<>();
        for (int node = 1; node < baseline.nodeCount(); node++) {
            int parent = baselineParents[node];
            if (!matched[node] && matched[parent]) {
                baselineOnly.add(new FlameDiff.BaselineOnly(currentOfBaseline[parent], node));
            }
        }
        return new FlameDiff(current, baseline, baselineNodes, baselineOnly);
    }

    private static int[] sharedIds(List<FlameLabel> labels, Map<FlameLabel, Integer> sharedIds) {
        int[] ids = new int[labels.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = sharedIds.computeIfAbsent(labels.get(i), label -> sharedIds.size());
        }
        return ids;
    }

    /** Each node's parent in pre-order (-1 for the root), without recursion. */
    static int[] parents(FlameTree tree) {
        int[] parents = new int[tree.nodeCount()];
        int[] path = new int[tree.maxDepth() + 1];
        parents[0] = -1;
        for (int node = 1; node < tree.nodeCount(); node++) {
            int depth = tree.depth(node);
            parents[node] = path[depth - 1];
            path[depth] = node;
        }
        return parents;
    }

    private static long key(int parent, int label) {
        return ((long) parent << 32) | (label & 0xFFFFFFFFL);
    }
}
