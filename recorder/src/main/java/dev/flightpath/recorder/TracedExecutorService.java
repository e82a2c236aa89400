package dev.flightpath.recorder;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps an {@link ExecutorService} so that every task's submission and run are recorded as JFR
 * events: the gap between them is the task's wait in the run queue.
 */
public final class TracedExecutorService extends AbstractExecutorService {
    private final String name;
    private final ExecutorService delegate;
    private final AtomicLong nextId = new AtomicLong();

    public TracedExecutorService(String name, ExecutorService delegate) {
        this.name = Objects.requireNonNull(name, "name");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void execute(Runnable task) {
        long id = nextId.incrementAndGet();
        String type = task.getClass().getSimpleName();
        TaskSubmittedEvent submitted = new TaskSubmittedEvent();
        submitted.begin();
        delegate.execute(() -> run(task, id, type));
        if (submitted.shouldCommit()) {
            submitted.executor = name;
            submitted.taskId = id;
            submitted.taskType = type;
            submitted.commit();
        }
    }

    private void run(Runnable task, long id, String type) {
        TaskExecutedEvent executed = new TaskExecutedEvent();
        executed.begin();
        try {
            task.run();
        } finally {
            executed.end();
            if (executed.shouldCommit()) {
                executed.executor = name;
                executed.taskId = id;
                executed.taskType = type;
                executed.commit();
            }
        }
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return delegate.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return delegate.awaitTermination(timeout, unit);
    }
}
