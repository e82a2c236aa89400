package dev.flightpath.loaders.jfr;

import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * async-profiler's native-memory events replayed in time order to find the leaks: a
 * {@code profiler.Malloc} whose address no later {@code profiler.Free} released, as jfr-converter's
 * {@code --nativemem --leak} finds them (a malloc at an address already allocated replaces the
 * earlier one). Unlike the converter, no tail of late allocations is left out (its {@code --tail},
 * 10% by default): flightpath shows every allocation still held when the recording ended.
 */
final class NativeLeaks {
    private static final int FREE = -2;

    private long[] timeNanos = new long[64];
    private long[] addresses = new long[64];
    private int[] stackIds = new int[64];
    private int[] threadIds = new int[64];
    private long[] sizes = new long[64];
    private int count;

    void malloc(long timeNanos, long address, int stackId, int threadId, long sizeBytes) {
        add(timeNanos, address, stackId, threadId, sizeBytes);
    }

    void free(long timeNanos, long address) {
        add(timeNanos, address, FREE, -1, 0);
    }

    private void add(long time, long address, int stackId, int threadId, long size) {
        if (count == timeNanos.length) {
            int capacity = count * 2;
            timeNanos = Arrays.copyOf(timeNanos, capacity);
            addresses = Arrays.copyOf(addresses, capacity);
            stackIds = Arrays.copyOf(stackIds, capacity);
            threadIds = Arrays.copyOf(threadIds, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
        }
        timeNanos[count] = time;
        addresses[count] = address;
        stackIds[count] = stackId;
        threadIds[count] = threadId;
        sizes[count] = size;
        count++;
    }

    /** Adds a {@link SampleKind#NATIVE_LEAK} row per allocation never freed, in time order. */
    void addLeaks(SampleTable.Builder samples) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        // Stable: events of the same time keep the order they were read in.
        Arrays.sort(order, (a, b) -> Long.compare(timeNanos[a], timeNanos[b]));
        Map<Long, Integer> live = new HashMap<>();
        for (int i : order) {
            if (stackIds[i] == FREE) {
                live.remove(addresses[i]);
            } else {
                live.put(addresses[i], i);
            }
        }
        int[] leaks = live.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        Integer[] leakOrder = Arrays.stream(leaks).boxed().toArray(Integer[]::new);
        Arrays.sort(leakOrder, (a, b) -> Long.compare(timeNanos[a], timeNanos[b]));
        for (int i : leakOrder) {
            samples.add(timeNanos[i], stackIds[i], threadIds[i], SampleKind.NATIVE_LEAK, sizes[i]);
        }
    }
}
