package dev.flightpath.recorder;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A task entered an executor's run queue; the event's thread is the submitter. */
@Name(TaskSubmittedEvent.NAME)
@Label("Task Submitted")
@Category({"flightpath", "Executors"})
@Description("A task entered an executor's queue")
@StackTrace(false)
public final class TaskSubmittedEvent extends Event {
    public static final String NAME = "flightpath.TaskSubmitted";

    @Label("Executor")
    public String executor;

    @Label("Task Id")
    @Description("Unique within the executor")
    public long taskId;

    @Label("Task Type")
    public String taskType;
}
