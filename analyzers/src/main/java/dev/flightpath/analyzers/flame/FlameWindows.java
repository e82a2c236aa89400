package dev.flightpath.analyzers.flame;

import dev.flightpath.analyzers.stats.IndexSort;
import java.util.Arrays;

/**
 * A flame tree with each node's self weight split by time window, so a viewer can narrow the graph
 * to a range of windows: a node's total in a range is the sum of the self weights in it of the node
 * and its descendants. Summed over all windows, a node's cells give its {@link FlameTree#self}.
 *
 * @param tree    the tree, as {@link FlameAnalyzer#build} makes it
 * @param windows the windows the samples were split by (a sample's time picks its window)
 * @param cells   triples node, window, self weight, by node then window, only where the weight is
 *                not zero; read-only
 */
public record FlameWindows(FlameTree tree, TimeWindows windows, long[] cells) {

    /** Per node, its self weight in windows {@code [fromWindow, toWindow)}. */
    public long[] selfIn(int fromWindow, int toWindow) {
        long[] self = new long[tree.nodeCount()];
        for (int i = 0; i < cells.length; i += 3) {
            if (cells[i + 1] >= fromWindow && cells[i + 1] < toWindow) {
                self[(int) cells[i]] += cells[i + 2];
            }
        }
        return self;
    }

    /** Per node, its total weight in windows {@code [fromWindow, toWindow)}: the tree narrowed to them. */
    public long[] totalsIn(int fromWindow, int toWindow) {
        return totalsFromSelf(selfIn(fromWindow, toWindow), tree.nodeDepths());
    }

    /** Totals from self weights of a pre-order tree with the given depths, bottom-up. */
    static long[] totalsFromSelf(long[] self, int[] depths) {
        long[] totals = self.clone();
        int[] parentAtDepth = new int[depths.length + 1];
        int[] parent = new int[depths.length];
        for (int node = 0; node < depths.length; node++) {
            parent[node] = depths[node] == 0 ? -1 : parentAtDepth[depths[node] - 1];
            parentAtDepth[depths[node]] = node;
        }
        for (int node = depths.length - 1; node > 0; node--) {
            if (parent[node] >= 0) {
                totals[parent[node]] += totals[node];
            }
        }
        return totals;
    }

    /**
     * The cells of a pruned tree: {@code kept} lists the nodes kept, in pre-order and closed under
     * ancestors (node 0 first); the weight of a node left out goes to its nearest kept ancestor, so
     * every kept node's total over any windows stays exact. Triples kept position, window, weight,
     * by position then window.
     */
    public long[] keptCells(int[] kept) {
        int[] position = new int[tree.nodeCount()];
        // Per depth, the position given to the last node seen there: in pre-order, a node's parent.
        int[] positionAtDepth = new int[tree.maxDepth() + 1];
        int next = 0;
        for (int node = 0; node < tree.nodeCount(); node++) {
            int depth = tree.depth(node);
            if (next < kept.length && kept[next] == node) {
                position[node] = next++;
            } else {
                position[node] = depth == 0 ? 0 : positionAtDepth[depth - 1];
            }
            positionAtDepth[depth] = position[node];
        }
        return merged(cells, position, 1);
    }

    /**
     * Cells (triples node, window, weight) with windows merged {@code step} at a time: window
     * {@code w} becomes {@code w / step}. Sorted by node then window, zero weights dropped.
     */
    public static long[] coarser(long[] cells, int step) {
        return merged(cells, null, step);
    }

    /** Renumbers nodes (when position is not null) and windows, adds cells that meet, sorts. */
    private static long[] merged(long[] cells, int[] position, int step) {
        int count = cells.length / 3;
        // Nodes and windows are ints: one long key per cell sorts by node, then window.
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            long node = position == null ? cells[3 * i] : position[(int) cells[3 * i]];
            keys[i] = (node << 32) | (cells[3 * i + 1] / step);
        }
        long[] out = new long[cells.length];
        int size = 0;
        for (int i : IndexSort.byKey(keys)) {
            long node = keys[i] >>> 32;
            long window = keys[i] & 0xFFFFFFFFL;
            if (size > 0 && out[size - 3] == node && out[size - 2] == window) {
                out[size - 1] += cells[3 * i + 2];
            } else {
                if (size > 0 && out[size - 1] == 0) {
                    size -= 3; // the previous cell added up to nothing
                }
                out[size++] = node;
                out[size++] = window;
                out[size++] = cells[3 * i + 2];
            }
        }
        if (size > 0 && out[size - 1] == 0) {
            size -= 3;
        }
        return Arrays.copyOf(out, size);
    }
}
