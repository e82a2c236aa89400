package dev.flightpath.recorder;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A task ran: the event spans the run, on the worker thread. Its start minus the matching
 * {@link TaskSubmittedEvent}'s start is the task's run-queue wait (scheduler latency).
 */
@Name(TaskExecutedEvent.NAME)
@Label("Task Executed")
@StackTrace(false) // the stack at commit is the helper's own frame, of no use
@Category({"flightpath", "Executors"})
@Description("A task ran on a worker thread; the duration is the run time")
public final class TaskExecutedEvent extends Event {
    public static final String NAME = "flightpath.TaskExecuted";

    @Label("Executor")
    public String executor;

    @Label("Task Id")
    public long taskId;

    @Label("Task Type")
    public String taskType;
}
