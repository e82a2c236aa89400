package dev.flightpath.cli;

import dev.flightpath.analyzers.latency.GroupBy;
import dev.flightpath.analyzers.latency.LatencyAnalyzer;
import dev.flightpath.analyzers.latency.LatencyOptions;
import dev.flightpath.analyzers.latency.LatencyReport;
import dev.flightpath.analyzers.latency.WaitClassifier;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.Recording;
import dev.flightpath.model.TimeRange;
import dev.flightpath.reporters.latency.LatencyJsonReporter;
import dev.flightpath.reporters.latency.LatencyTableReporter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "latency", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scheduler latency (runnable to running), blocked time (monitor enter and wait, park) and JVM "
                + "pauses (GC, safepoints), per group: percentiles, a histogram and the worst moments, worst group "
                + "first.",
        footerHeading = "%nRules:%n",
        footer = {
            "  * scheduler-wakeup: from runnable (a message arrived, a task was",
            "    submitted) to running.",
            "  * scheduler-preempted: scheduled out while still runnable (runnable at or",
            "    before the end of its previous interval), then back to running.",
            "  * Intervals without a runnable time are skipped.",
            "  * contention, idle, other-wait: the blocked time of JFR monitor-enter,",
            "    monitor-wait and park events, told apart by their stacks (see the",
            "    README): contention waits for a lock another thread holds (monitor",
            "    enter, ReentrantLock, ReadWriteLock, StampedLock, Semaphore); idle is a",
            "    worker waiting for work (executor queues, ForkJoinPool.awaitWork,",
            "    selectors, timers, mailbox polls); other-wait is the rest (futures,",
            "    latches, sleep). --idle-frame REGEX makes parks and waits idle.",
            "  * gc-pause (jdk.GCPhasePause), safepoint (jdk.SafepointBegin to the",
            "    jdk.SafepointEnd of its id) and time-to-safepoint",
            "    (jdk.SafepointStateSynchronization): JVM pauses of the whole runtime, in",
            "    the group '(whole runtime)'. GC pauses lie inside safepoints: these",
            "    categories overlap and are not to be added up.",
            "  * --by pool groups thread names without their trailing number",
            "    (pool-2-thread-7 becomes pool-2-thread); thread merges processes of one",
            "    name; process keeps them apart.",
            "  * Percentiles come from an HdrHistogram (3 significant digits); max and",
            "    total are exact.",
            "  * Worst moments: the fixed windows (1, 2 or 5 x 10^k ns, at least 1 ms, at",
            "    most 50 across the recording) with the highest exact p99 of the waits",
            "    that ended in them.",
            "  * Waiting: total wait / (total wait + running time) of runnable work.",
            "  * Ranking: total wait, worst first.",
            "  * --from/--to (offsets from the start or, negative, the end; ISO times)",
            "    keep the waits whose time is in the range: a scheduler wait's running",
            "    start, a lock wait's time, a pause's start; the worst-moment windows",
            "    then start at --from.",
            "  * A recording without scheduling intervals (with runnable times), lock",
            "    samples or JVM pauses is bad input for this command (exit code 1)."
        })
final class LatencyCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--by", paramLabel = "process|scheduler|pool|thread", defaultValue = "process",
            description = "How to group waits. Default: ${DEFAULT-VALUE}.")
    GroupBy by;

    @Mixin
    TimeRangeOption range;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Show the N worst groups. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--idle-frame", paramLabel = "REGEX", converter = RegexConverter.class,
            description = "A park or monitor wait with a frame matching REGEX is idle (waiting for work), "
                    + "not contention or other-wait. Repeatable.")
    java.util.List<java.util.regex.Pattern> idleFrames = new java.util.ArrayList<>();

    @Mixin
    FormatOption output;

    @ParentCommand
    FlightpathCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
        }
        range.validate(spec.commandLine());
        Recording recording = input.load(new LoadRequest(LatencyAnalyzer.NEEDS));
        if (!LatencyAnalyzer.hasLatencyData(recording)) {
            throw new InputDataException("no scheduling intervals in", input.name(),
                    "the latency command needs scheduling intervals with runnable times, lock samples or JVM pauses");
        }
        TimeRange window = range.resolve(recording.info(), spec.commandLine());
        LatencyOptions options = LatencyOptions.by(by).withRange(window.fromNanos(), window.toNanos())
                .withWaits(WaitClassifier.standard().withIdleFrames(idleFrames));
        LatencyReport report = LatencyAnalyzer.analyze(recording, options).top(top);
        output.print(report, new ResultPrinter<>(new LatencyTableReporter(root.style())::write,
                new LatencyJsonReporter()::write), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
