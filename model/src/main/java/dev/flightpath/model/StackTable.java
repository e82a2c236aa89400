package dev.flightpath.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interned frames and stacks. A stack is the list of its frame ids, leaf first (as JFR stores
 * them); equal stacks share one id, so a recording with millions of samples over a few thousand
 * distinct stacks stores each stack once.
 */
public final class StackTable {
    private final List<Frame> frames;
    private final List<int[]> stacks;

    private StackTable(List<Frame> frames, List<int[]> stacks) {
        this.frames = List.copyOf(frames);
        this.stacks = List.copyOf(stacks);
    }

    public static StackTable empty() {
        return new Builder().build();
    }

    public int frameCount() {
        return frames.size();
    }

    public Frame frame(int frameId) {
        return frames.get(frameId);
    }

    public int stackCount() {
        return stacks.size();
    }

    /** The frame ids of a stack, leaf first. The array is a copy. */
    public int[] stack(int stackId) {
        return stacks.get(stackId).clone();
    }

    public int depth(int stackId) {
        return stacks.get(stackId).length;
    }

    /** The frame id at a position counted from the leaf (0 = leaf). */
    public int frameAt(int stackId, int fromLeaf) {
        return stacks.get(stackId)[fromLeaf];
    }

    /** Interns frames and stacks; not thread-safe. */
    public static final class Builder {
        private final List<Frame> frames = new ArrayList<>();
        private final Map<Frame, Integer> frameIds = new HashMap<>();
        private final List<int[]> stacks = new ArrayList<>();
        private final Map<StackKey, Integer> stackIds = new HashMap<>();

        public int internFrame(Frame frame) {
            Integer id = frameIds.get(frame);
            if (id != null) {
                return id;
            }
            int newId = frames.size();
            frames.add(frame);
            frameIds.put(frame, newId);
            return newId;
        }

        /** Interns a stack given leaf first; the array is copied. */
        public int internStack(int[] frameIdsLeafFirst) {
            StackKey key = new StackKey(frameIdsLeafFirst.clone());
            Integer id = stackIds.get(key);
            if (id != null) {
                return id;
            }
            int newId = stacks.size();
            stacks.add(key.frameIds);
            stackIds.put(key, newId);
            return newId;
        }

        public StackTable build() {
            return new StackTable(frames, stacks);
        }
    }

    private static final class StackKey {
        private final int[] frameIds;
        private final int hash;

        StackKey(int[] frameIds) {
            this.frameIds = frameIds;
            this.hash = Arrays.hashCode(frameIds);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StackKey && Arrays.equals(frameIds, ((StackKey) other).frameIds);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
