package dev.flightpath.analyzers.flame;

import dev.flightpath.model.DataKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.StackTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Self and total weight per method, from the same selection as a flame graph. */
public final class HotAnalyzer {
    /** What the analysis reads from a file (of the samples, the kind its options choose suffices). */
    public static final Set<DataKind> NEEDS = FlameAnalyzer.NEEDS;

    private HotAnalyzer() {
    }

    public static HotMethods hot(Recording recording, FlameOptions options) {
        SelectedStacks selected = SelectedStacks.select(recording, options);
        StackTable stacks = recording.stacks();
        FrameLabels labels = new FrameLabels(stacks, options.lines(), options.simple());
        Map<String, Integer> methodIds = new HashMap<>();
        List<String> names = new ArrayList<>();
        long[] selves = new long[64];
        long[] totals = new long[64];
        int[] lastEntry = new int[64];
        int[] methodOfLabel = new int[16];
        Arrays.fill(methodOfLabel, -1);
        long totalWeight = 0;
        for (int entry = 0; entry < selected.size(); entry++) {
            long weight = selected.weight(entry, options.total());
            totalWeight += weight;
            int stackId = selected.stackId(entry);
            int depth = stackId == SelectedStacks.NO_STACK ? 1 : stacks.depth(stackId);
            for (int fromLeaf = 0; fromLeaf < depth; fromLeaf++) {
                String name;
                int label = -1;
                if (stackId == SelectedStacks.NO_STACK) {
                    name = FrameLabels.NO_STACK_NAME;
                } else {
                    label = labels.ofFrame(stacks.frameAt(stackId, fromLeaf));
                    name = labels.label(label).name();
                }
                int method = label >= 0 && label < methodOfLabel.length ? methodOfLabel[label] : -1;
                if (method < 0) {
                    method = methodIds.computeIfAbsent(name, n -> {
                        names.add(n);
                        return names.size() - 1;
                    });
                    if (label >= 0) {
                        if (label >= methodOfLabel.length) {
                            int old = methodOfLabel.length;
                            methodOfLabel = Arrays.copyOf(methodOfLabel, Math.max(label + 1, old * 2));
                            Arrays.fill(methodOfLabel, old, methodOfLabel.length, -1);
                        }
                        methodOfLabel[label] = method;
                    }
                }
                if (method >= selves.length) {
                    int capacity = Math.max(method + 1, selves.length * 2);
                    selves = Arrays.copyOf(selves, capacity);
                    totals = Arrays.copyOf(totals, capacity);
                    lastEntry = Arrays.copyOf(lastEntry, capacity);
                }
                if (fromLeaf == 0) {
                    selves[method] += weight;
                }
                // A recursive method counts once per stack towards its total.
                if (lastEntry[method] != entry + 1) {
                    lastEntry[method] = entry + 1;
                    totals[method] += weight;
                }
            }
        }
        List<HotMethod> methods = new ArrayList<>(names.size());
        for (int m = 0; m < names.size(); m++) {
            if (totals[m] > 0) {
                methods.add(new HotMethod(names.get(m), selves[m], totals[m]));
            }
        }
        methods.sort(Comparator.comparingLong(HotMethod::selfWeight).reversed()
                .thenComparing(Comparator.comparingLong(HotMethod::totalWeight).reversed())
                .thenComparing(HotMethod::name));
        return new HotMethods(options.kind(), options.weightUnit(), selected.sampleCount(), totalWeight, methods);
    }
}
