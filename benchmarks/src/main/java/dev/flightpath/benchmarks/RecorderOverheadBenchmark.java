package dev.flightpath.benchmarks;

import dev.flightpath.recorder.TracedExecutorService;
import dev.flightpath.recorder.TracedMailbox;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the recorder costs when no recording is running: a message through a {@link TracedMailbox}
 * against the plain {@link LinkedBlockingQueue} it wraps, and a task through a
 * {@link TracedExecutorService} against the same executor unwrapped. Single-threaded, so the
 * numbers are the per-message and per-task overhead, not contention.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RecorderOverheadBenchmark {
    /** Runs tasks on the calling thread, so the benchmark measures the wrapper, not a handoff. */
    private static final class CallerRuns extends AbstractExecutorService {
        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public java.util.List<Runnable> shutdownNow() {
            return java.util.List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    private LinkedBlockingQueue<String> plainQueue;
    private TracedMailbox<String> tracedMailbox;
    private ExecutorService plainExecutor;
    private ExecutorService tracedExecutor;
    private long counter;
    private final Runnable task = () -> counter++;

    @Setup
    public void setUp() {
        plainQueue = new LinkedBlockingQueue<>();
        tracedMailbox = new TracedMailbox<>("bench");
        plainExecutor = new CallerRuns();
        tracedExecutor = new TracedExecutorService("bench", new CallerRuns());
    }

    @Benchmark
    public String plainQueueOfferPoll() throws InterruptedException {
        plainQueue.put("m");
        return plainQueue.poll(0, TimeUnit.NANOSECONDS);
    }

    @Benchmark
    public String tracedMailboxPutPoll() throws InterruptedException {
        tracedMailbox.put("m", "String", null, null);
        return tracedMailbox.poll(0, TimeUnit.NANOSECONDS);
    }

    @Benchmark
    public long plainExecutorTask() {
        plainExecutor.execute(task);
        return counter;
    }

    @Benchmark
    public long tracedExecutorTask() {
        tracedExecutor.execute(task);
        return counter;
    }
}
