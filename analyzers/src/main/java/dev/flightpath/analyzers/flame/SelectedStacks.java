package dev.flightpath.analyzers.flame;

import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.StackTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The samples a flame graph uses, aggregated by stack id (and by thread name when the graph has a
 * root per thread): a count and a total value per distinct stack, in primitive arrays.
 */
final class SelectedStacks {
    /** The pseudo stack id of samples without a stack. */
    static final int NO_STACK = -1;
    private static final byte UNKNOWN = 0;
    private static final byte KEEP = 1;
    private static final byte DROP = 2;

    private int[] stackIds = new int[64];
    private int[] groups = new int[64];
    private long[] counts = new long[64];
    private long[] values = new long[64];
    private int size;
    private final List<String> groupNames = new ArrayList<>();
    private long sampleCount;
    /** With time windows: per (entry, window) cell its entry, window, count and value. */
    private final TimeWindows timeWindows;
    private LongIntMap cellOf;
    private int[] cellEntries = new int[0];
    private int[] cellWindows = new int[0];
    private long[] cellCounts = new long[0];
    private long[] cellValues = new long[0];
    private int cells;

    private SelectedStacks(TimeWindows timeWindows) {
        this.timeWindows = timeWindows;
        if (timeWindows != null) {
            cellOf = new LongIntMap(1024);
            cellEntries = new int[64];
            cellWindows = new int[64];
            cellCounts = new long[64];
            cellValues = new long[64];
        }
    }

    static SelectedStacks select(Recording recording, FlameOptions options) {
        return select(recording, options, null);
    }

    /** Also splits each entry's count and value by time window, when {@code timeWindows} is not null. */
    static SelectedStacks select(Recording recording, FlameOptions options, TimeWindows timeWindows) {
        SelectedStacks selected = new SelectedStacks(timeWindows);
        selected.aggregate(recording, options);
        return selected;
    }

    /** How many (entry, window) cells there are; 0 without time windows. */
    int cellCount() {
        return cells;
    }

    int cellEntry(int cell) {
        return cellEntries[cell];
    }

    int cellWindow(int cell) {
        return cellWindows[cell];
    }

    long cellWeight(int cell, boolean byValue) {
        return byValue ? cellValues[cell] : cellCounts[cell];
    }

    int size() {
        return size;
    }

    /** The stack id of entry i, or {@link #NO_STACK}. */
    int stackId(int entry) {
        return stackIds[entry];
    }

    /** The thread-name group of entry i; -1 when the options do not group by thread. */
    int group(int entry) {
        return groups[entry];
    }

    long count(int entry) {
        return counts[entry];
    }

    long value(int entry) {
        return values[entry];
    }

    long weight(int entry, boolean byValue) {
        return byValue ? values[entry] : counts[entry];
    }

    String groupName(int group) {
        return groupNames.get(group);
    }

    /** How many samples were kept. */
    long sampleCount() {
        return sampleCount;
    }

    private void aggregate(Recording recording, FlameOptions options) {
        SampleTable samples = recording.samples();
        StackTable stacks = recording.stacks();
        List<ProcessInfo> processes = recording.processes();
        byte[] processState = new byte[processes.size()];
        int[] processGroup = new int[processes.size()];
        Map<String, Integer> groupIds = new HashMap<>();
        byte[] stackState = new byte[stacks.stackCount()];
        byte noStackState = options.includes().isEmpty() ? KEEP : DROP;
        FrameMatcher matcher = new FrameMatcher(stacks, options.includes(), options.excludes());
        // Without thread groups every stack has a fixed slot (stack id + 1); with them, a map finds the slot.
        int[] slotOfStack = null;
        LongIntMap slotOfKey = null;
        if (options.threads()) {
            slotOfKey = new LongIntMap(1024);
        } else {
            slotOfStack = new int[stacks.stackCount() + 1];
            Arrays.fill(slotOfStack, -1);
        }
        for (int row = 0; row < samples.size(); row++) {
            if (samples.kind(row) != options.kind()) {
                continue;
            }
            long time = samples.timeNanos(row);
            if (time < options.fromNanos() || time >= options.toNanos()) {
                continue;
            }
            int processId = samples.processId(row);
            int group = -1;
            if (processId < 0 || processId >= processes.size()) {
                if (options.threadPattern() != null) {
                    continue;
                }
                if (options.threads()) {
                    group = groupId(groupIds, "[unknown thread]");
                }
            } else {
                if (processState[processId] == UNKNOWN) {
                    String name = processes.get(processId).name();
                    boolean keep = options.threadPattern() == null || options.threadPattern().matcher(name).find();
                    processState[processId] = keep ? KEEP : DROP;
                    processGroup[processId] = options.threads() ? groupId(groupIds, name) : -1;
                }
                if (processState[processId] == DROP) {
                    continue;
                }
                group = processGroup[processId];
            }
            int stackId = samples.stackId(row);
            byte state;
            if (stackId < 0) {
                stackId = NO_STACK;
                state = noStackState;
            } else {
                state = stackState[stackId];
                if (state == UNKNOWN) {
                    state = matcher.keeps(stackId) ? KEEP : DROP;
                    stackState[stackId] = state;
                }
            }
            if (state == DROP) {
                continue;
            }
            int slot;
            if (slotOfStack != null) {
                slot = slotOfStack[stackId + 1];
                if (slot < 0) {
                    slot = add(stackId, group);
                    slotOfStack[stackId + 1] = slot;
                }
            } else {
                long key = ((long) group << 32) | ((stackId + 1) & 0xFFFFFFFFL);
                slot = slotOfKey.get(key);
                if (slot < 0) {
                    slot = add(stackId, group);
                    slotOfKey.put(key, slot);
                }
            }
            // A wall-clock batch counts as the samples it folds (jfr-converter --wall does the same).
            long represented = samples.samplesIn(row);
            counts[slot] += represented;
            values[slot] += samples.value(row);
            sampleCount += represented;
            if (timeWindows != null) {
                addToCell(slot, timeWindows.windowOf(time), represented, samples.value(row));
            }
        }
        groupNames.addAll(orderedNames(groupIds));
    }

    private void addToCell(int entry, int window, long count, long value) {
        long key = ((long) entry << 32) | (window & 0xFFFFFFFFL);
        int cell = cellOf.get(key);
        if (cell < 0) {
            if (cells == cellEntries.length) {
                int capacity = cells * 2;
                cellEntries = Arrays.copyOf(cellEntries, capacity);
                cellWindows = Arrays.copyOf(cellWindows, capacity);
                cellCounts = Arrays.copyOf(cellCounts, capacity);
                cellValues = Arrays.copyOf(cellValues, capacity);
            }
            cell = cells++;
            cellEntries[cell] = entry;
            cellWindows[cell] = window;
            cellOf.put(key, cell);
        }
        cellCounts[cell] += count;
        cellValues[cell] += value;
    }

    private int groupId(Map<String, Integer> groupIds, String name) {
        return groupIds.computeIfAbsent(name, n -> groupIds.size());
    }

    private static List<String> orderedNames(Map<String, Integer> groupIds) {
        String[] names = new String[groupIds.size()];
        groupIds.forEach((name, id) -> names[id] = name);
        return Arrays.asList(names);
    }

    private int add(int stackId, int group) {
        if (size == stackIds.length) {
            int capacity = size * 2;
            stackIds = Arrays.copyOf(stackIds, capacity);
            groups = Arrays.copyOf(groups, capacity);
            counts = Arrays.copyOf(counts, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        stackIds[size] = stackId;
        groups[size] = group;
        return size++;
    }

    /** Include/exclude patterns on frame names, each frame tested at most once per pattern. */
    private static final class FrameMatcher {
        private final StackTable stacks;
        private final List<Pattern> includes;
        private final List<Pattern> excludes;
        private final byte[][] includeMatches;
        private final byte[][] excludeMatches;

        FrameMatcher(StackTable stacks, List<Pattern> includes, List<Pattern> excludes) {
            this.stacks = stacks;
            this.includes = includes;
            this.excludes = excludes;
            includeMatches = new byte[includes.size()][stacks.frameCount()];
            excludeMatches = new byte[excludes.size()][stacks.frameCount()];
        }

        boolean keeps(int stackId) {
            for (int p = 0; p < includes.size(); p++) {
                if (!anyFrameMatches(stackId, includes.get(p), includeMatches[p])) {
                    return false;
                }
            }
            for (int p = 0; p < excludes.size(); p++) {
                if (anyFrameMatches(stackId, excludes.get(p), excludeMatches[p])) {
                    return false;
                }
            }
            return true;
        }

        private boolean anyFrameMatches(int stackId, Pattern pattern, byte[] cache) {
            int depth = stacks.depth(stackId);
            for (int i = 0; i < depth; i++) {
                int frameId = stacks.frameAt(stackId, i);
                if (cache[frameId] == UNKNOWN) {
                    cache[frameId] = pattern.matcher(stacks.frame(frameId).name()).find() ? KEEP : DROP;
                }
                if (cache[frameId] == KEEP) {
                    return true;
                }
            }
            return false;
        }
    }
}
