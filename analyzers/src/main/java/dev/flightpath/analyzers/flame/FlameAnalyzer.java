package dev.flightpath.analyzers.flame;

import dev.flightpath.model.DataKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.StackTable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link FlameTree} from a recording's samples: aggregates them by stack first, then
 * merges the distinct stacks into a tree. Loops only: stacks can be thousands of frames deep.
 */
public final class FlameAnalyzer {
    /** What the analysis reads from a file (of the samples, the kind its options choose suffices). */
    public static final Set<DataKind> NEEDS = Set.of(DataKind.SAMPLES);

    private FlameAnalyzer() {
    }

    public static FlameTree build(Recording recording, FlameOptions options) {
        return build(recording, options, null).tree();
    }

    /**
     * The same tree as {@link #build(Recording, FlameOptions)}, with each node's self weight split
     * by the time windows its samples fall in.
     */
    public static FlameWindows buildWindowed(Recording recording, FlameOptions options, TimeWindows windows) {
        return build(recording, options, Objects.requireNonNull(windows, "windows"));
    }

    private static FlameWindows build(Recording recording, FlameOptions options, TimeWindows windows) {
        SelectedStacks selected = SelectedStacks.select(recording, options, windows);
        StackTable stacks = recording.stacks();
        FrameLabels labels = new FrameLabels(stacks, options.lines(), options.simple());
        int rootLabel = labels.intern(new FlameLabel(FlameTree.ROOT_NAME, FlameLabel.Kind.ROOT));
        FlameTreeBuilder nodes = new FlameTreeBuilder(rootLabel);
        int noStackLabel = -1;
        int[] entryNodes = new int[selected.size()];
        for (int entry = 0; entry < selected.size(); entry++) {
            long weight = selected.weight(entry, options.total());
            entryNodes[entry] = -1;
            if (weight == 0) {
                continue;
            }
            int node = 0;
            if (selected.group(entry) >= 0) {
                node = nodes.child(node, labels.intern(new FlameLabel(selected.groupName(selected.group(entry)),
                        FlameLabel.Kind.THREAD)));
            }
            int stackId = selected.stackId(entry);
            if (stackId == SelectedStacks.NO_STACK) {
                if (noStackLabel < 0) {
                    noStackLabel = labels.intern(new FlameLabel(FrameLabels.NO_STACK_NAME, FlameLabel.Kind.OTHER));
                }
                node = nodes.child(node, noStackLabel);
            } else {
                int depth = stacks.depth(stackId);
                for (int step = 0; step < depth; step++) {
                    int fromLeaf = options.reverse() ? step : depth - 1 - step;
                    node = nodes.child(node, labels.ofFrame(stacks.frameAt(stackId, fromLeaf)));
                }
            }
            nodes.addSelf(node, weight);
            entryNodes[entry] = node;
        }
        FlameTree tree = nodes.build(options.kind(), options.weightUnit(), selected.sampleCount(), labels.all());
        if (windows == null) {
            return new FlameWindows(tree, new TimeWindows(0, 1, 1), new long[0]);
        }
        long[] cells = new long[selected.cellCount() * 3];
        int size = 0;
        for (int cell = 0; cell < selected.cellCount(); cell++) {
            int builderNode = entryNodes[selected.cellEntry(cell)];
            long weight = selected.cellWeight(cell, options.total());
            if (builderNode < 0 || weight == 0 || nodes.preOrderIndex(builderNode) < 0) {
                continue;
            }
            cells[size++] = nodes.preOrderIndex(builderNode);
            cells[size++] = selected.cellWindow(cell);
            cells[size++] = weight;
        }
        // Entries are distinct stacks but may share a node (frames of one label): merge and sort.
        return new FlameWindows(tree, windows, FlameWindows.coarser(Arrays.copyOf(cells, size), 1));
    }
}
