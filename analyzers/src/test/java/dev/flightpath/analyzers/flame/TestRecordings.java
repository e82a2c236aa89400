package dev.flightpath.analyzers.flame;

import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.StackTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds small recordings in code: stacks written root first as "a;b;c", frames JIT-compiled. */
final class TestRecordings {
    static final long START_NANOS = 1_000_000_000_000L;

    private final StackTable.Builder stacks = new StackTable.Builder();
    private final SampleTable.Builder samples = new SampleTable.Builder();
    private final List<ProcessInfo> threads = new ArrayList<>();
    private final Map<String, Integer> threadIds = new HashMap<>();

    /** A sample at START + offset on the named thread; frames may end in ":line" and "@type". */
    TestRecordings sample(long offsetNanos, String thread, String rootFirst, SampleKind kind, long value) {
        int threadId = threadIds.computeIfAbsent(thread, name -> {
            threads.add(new ProcessInfo(threads.size(), Integer.toString(threads.size()), name, ProcessKind.THREAD, ""));
            return threads.size() - 1;
        });
        int stackId = -1;
        if (!rootFirst.isEmpty()) {
            String[] names = rootFirst.split(";");
            int[] leafFirst = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                leafFirst[names.length - 1 - i] = stacks.internFrame(frame(names[i], i == names.length - 1, kind));
            }
            stackId = stacks.internStack(leafFirst);
        }
        samples.add(START_NANOS + offsetNanos, stackId, threadId, kind, value);
        return this;
    }

    TestRecordings cpu(String thread, String rootFirst) {
        return sample(0, thread, rootFirst, SampleKind.CPU, 1);
    }

    private static Frame frame(String spec, boolean leaf, SampleKind kind) {
        String name = spec;
        int line = 0;
        int colon = name.lastIndexOf(':');
        if (colon > 0) {
            line = Integer.parseInt(name.substring(colon + 1));
            name = name.substring(0, colon);
        }
        FrameType type = FrameType.JIT_COMPILED;
        if (leaf && kind == SampleKind.ALLOC) {
            type = FrameType.ALLOCATED_CLASS;
        } else if (leaf && kind == SampleKind.LOCK) {
            type = FrameType.LOCK_CLASS;
        }
        return new Frame(name, type, line);
    }

    Recording build() {
        return new Recording(new RecordingInfo(InputFormat.JFR, "2.1", "test", "", START_NANOS, 10_000_000_000L, 1, false),
                Map.of(), threads, List.of(), MessageTable.empty(), SchedulingTable.empty(), stacks.build(),
                samples.build(), 0, List.of());
    }
}
