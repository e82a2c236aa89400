package dev.flightpath.analyzers.flame;

import dev.flightpath.model.Recording;
import dev.flightpath.model.StackTable;

/**
 * Builds a {@link FlameTree} from a recording's samples: aggregates them by stack first, then
 * merges the distinct stacks into a tree. Loops only: stacks can be thousands of frames deep.
 */
public final class FlameAnalyzer {
    private FlameAnalyzer() {
    }

    public static FlameTree build(Recording recording, FlameOptions options) {
        SelectedStacks selected = SelectedStacks.select(recording, options);
        StackTable stacks = recording.stacks();
        FrameLabels labels = new FrameLabels(stacks, options.lines(), options.simple());
        int rootLabel = labels.intern(new FlameLabel(FlameTree.ROOT_NAME, FlameLabel.Kind.ROOT));
        FlameTreeBuilder nodes = new FlameTreeBuilder(rootLabel);
        int noStackLabel = -1;
        for (int entry = 0; entry < selected.size(); entry++) {
            long weight = selected.weight(entry, options.total());
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
        }
        return nodes.build(options.kind(), options.weightUnit(), selected.sampleCount(), labels.all());
    }
}
