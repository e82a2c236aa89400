package dev.flightpath.loaders.jfr.fast;

import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.StackTable;
import java.util.List;

/**
 * The stack samples of a recording as the fast reader found them.
 *
 * @param threads           the sampled threads: index = process id
 * @param stacks            frames and stacks
 * @param samples           one row per sample event, in file order
 * @param sawProfilerEvents whether any sample came from an async-profiler ({@code profiler.*}) event
 */
public record FastSamples(List<ProcessInfo> threads, StackTable stacks, SampleTable samples, boolean sawProfilerEvents) {
    public FastSamples {
        threads = List.copyOf(threads);
    }
}
