package dev.flightpath.analyzers.latency;

import dev.flightpath.model.FrameType;
import dev.flightpath.model.StackTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tells apart the three kinds of blocked time a JFR monitor-enter, monitor-wait or park event
 * stands for, from its stack alone: {@link LatencyCategory#CONTENTION} (waiting for a lock another
 * thread holds), {@link LatencyCategory#IDLE} (a worker waiting for work) and
 * {@link LatencyCategory#OTHER_WAIT} (sleeping, joining a future, waiting on a latch).
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>A stack without frames (only the class waited on, or none) tells nothing: other wait.</li>
 *   <li>A stack with a frame matching one of the user's idle-frame patterns ({@code --idle-frame
 *       REGEX}, found anywhere in the frame's name) is idle.</li>
 *   <li>A stack whose leaf is not waiting machinery ({@code java.util.concurrent.locks.*},
 *       {@code ForkJoinPool.managedBlock}, {@code Object.wait}, {@code Unsafe.park},
 *       {@code VirtualThread}) is a monitor enter, blocked at the {@code synchronized} code of its
 *       leaf: contention, whatever called it (a selector's internal lock is contention too).</li>
 *   <li>Otherwise the frames are read from the leaf towards the root, and the first frame that one
 *       of {@link #RULES} names decides. The machinery names nothing, so the caller decides: a
 *       {@code LinkedBlockingQueue.take} waiting on its condition is idle, while an
 *       {@code ArrayBlockingQueue.poll} blocked in its {@code ReentrantLock.lockInterruptibly} is
 *       contention (the lock frame is nearer the leaf). {@code AbstractQueuedSynchronizer.acquire}
 *       called by {@code Condition.await*} is the signalled thread re-acquiring the lock:
 *       contention.</li>
 *   <li>A park or wait that no rule names is an other wait.</li>
 * </ol>
 * The event type is read from the stack because the model keeps one sample kind for all three
 * events (the JDK sometimes records a monitor wait from {@code Condition.await} without its
 * {@code Object.wait} frame, which the machinery rule still recognises). Selectors and sockets wait
 * in native code and record no park events.
 */
public final class WaitClassifier {
    /** A frame rule: a frame whose name matches {@code frame} (from its start) decides the class. */
    public record Rule(LatencyCategory category, Pattern frame, String example) {
        public Rule {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(frame, "frame");
        }

        boolean matches(String frameName) {
            return frame.matcher(frameName).lookingAt();
        }
    }

    private static final String JUC = "java\\.util\\.concurrent\\.";
    private static final String LOCKS = JUC + "locks\\.";
    /** A method name ends the match: the next character may not continue an identifier. */
    private static final String END = "(?![\\w$])";

    private static final Pattern PARK = Pattern.compile(
            "((jdk\\.internal\\.misc|sun\\.misc)\\.Unsafe\\.park|" + LOCKS + "LockSupport\\.park|java\\.lang\\.VirtualThread\\.park)");
    private static final Pattern MONITOR_WAIT = Pattern.compile("java\\.lang\\.Object\\.wait");
    /** The waiting machinery a park or wait is called through (a monitor enter's leaf is the synchronized code). */
    private static final Pattern MACHINERY = Pattern.compile(LOCKS + "|" + JUC + "ForkJoinPool\\.(managedBlock|unmanagedBlock)"
            + END + "|java\\.lang\\.Object\\.wait|java\\.lang\\.VirtualThread\\.|(jdk\\.internal\\.misc|sun\\.misc)\\.Unsafe\\.park");
    /** Re-acquiring a condition's lock after being signalled: contention, whatever the caller waited for. */
    private static final Pattern AQS_ACQUIRE = Pattern.compile(LOCKS + "AbstractQueued(Long)?Synchronizer\\.acquire" + END);
    private static final Pattern CONDITION_AWAIT = Pattern.compile(
            LOCKS + "AbstractQueued(Long)?Synchronizer\\$ConditionObject\\.await");

    /** The built-in rules, most specific first (the README lists them). */
    public static final List<Rule> RULES = List.of(
            // Contention: a lock held by another thread.
            contention(LOCKS + "ReentrantLock(\\$\\w+)?\\.(lock|lockInterruptibly|tryLock)\\w*" + END, "ReentrantLock.lock"),
            contention(LOCKS + "ReentrantReadWriteLock(\\$\\w+)?\\.(lock|lockInterruptibly|tryLock|tryReadLock|tryWriteLock)\\w*"
                    + END, "ReentrantReadWriteLock$WriteLock.lock"),
            contention(LOCKS + "StampedLock\\.(readLock|writeLock|tryReadLock|tryWriteLock|acquireRead|acquireWrite"
                    + "|asReadLock|asWriteLock|tryConvertTo\\w+)\\w*" + END, "StampedLock.writeLock"),
            contention(JUC + "Semaphore\\.(acquire|tryAcquire)\\w*" + END, "Semaphore.acquire"),
            // Idle: a worker waiting for work.
            idle(JUC + "ThreadPoolExecutor\\.getTask" + END, "ThreadPoolExecutor.getTask"),
            idle(JUC + "ScheduledThreadPoolExecutor\\$DelayedWorkQueue\\.(take|poll)" + END, "DelayedWorkQueue.take"),
            idle(JUC + "(LinkedBlockingQueue|ArrayBlockingQueue|PriorityBlockingQueue|DelayQueue|LinkedTransferQueue)"
                    + "\\.(take|poll)" + END, "LinkedBlockingQueue.take"),
            idle(JUC + "LinkedBlockingDeque\\.(take|poll)\\w*" + END, "LinkedBlockingDeque.takeFirst"),
            idle(JUC + "SynchronousQueue(\\$\\w+)?\\.", "SynchronousQueue.poll"),
            idle(JUC + "LinkedTransferQueue\\.(awaitMatch|xfer)" + END, "LinkedTransferQueue.xfer"),
            idle(JUC + "ForkJoinPool\\.(awaitWork|awaitQuiescence)" + END, "ForkJoinPool.awaitWork"),
            idle(JUC + "Exchanger\\.", "Exchanger.exchange"),
            idle("java\\.util\\.TimerThread\\.mainLoop" + END, "TimerThread.mainLoop"),
            idle("java\\.lang\\.ref\\.ReferenceQueue\\.remove" + END, "ReferenceQueue.remove"),
            idle("jdk\\.jfr\\.internal\\.PlatformRecorder\\.takeNap" + END, "PlatformRecorder.takeNap"),
            idle("com\\.sun\\.jmx\\.remote\\.internal\\.(ArrayNotificationBuffer|ServerCommunicatorAdmin"
                    + "|ClientNotifForwarder|ServerNotifForwarder)", "ArrayNotificationBuffer.fetchNotifications"),
            idle("sun\\.rmi\\.transport\\.DGCClient\\$EndpointEntry\\$RenewCleanThread\\.run" + END,
                    "DGCClient$EndpointEntry$RenewCleanThread.run"),
            idle("io\\.netty\\.util\\.concurrent\\.SingleThreadEventExecutor\\.takeTask" + END, "SingleThreadEventExecutor.takeTask"),
            idle("dev\\.flightpath\\.recorder\\.TracedMailbox\\.(poll|take|pollAndHandle)\\w*" + END, "TracedMailbox.poll"),
            // Other waits: the application waits for a result, a signal or time.
            other(JUC + "(FutureTask|CompletableFuture|ForkJoinTask)\\.(get|join|awaitDone|waitingGet|timedGet)\\w*"
                    + END, "FutureTask.get"),
            other(JUC + "(CountDownLatch|CyclicBarrier|Phaser)\\.", "CountDownLatch.await"),
            other("java\\.lang\\.Thread\\.(sleep|join)\\w*" + END, "Thread.sleep"));

    private static final WaitClassifier STANDARD = new WaitClassifier(List.of());

    private final List<Pattern> idleFrames;

    private WaitClassifier(List<Pattern> idleFrames) {
        this.idleFrames = List.copyOf(idleFrames);
    }

    /** The built-in rules only. */
    public static WaitClassifier standard() {
        return STANDARD;
    }

    /** The built-in rules, and any wait with a frame matching one of {@code patterns} (find) is idle. */
    public WaitClassifier withIdleFrames(List<Pattern> patterns) {
        List<Pattern> all = new ArrayList<>(idleFrames);
        all.addAll(patterns);
        return new WaitClassifier(all);
    }

    public List<Pattern> idleFrames() {
        return idleFrames;
    }

    /** The class of the stack of a lock sample (monitor enter, monitor wait or park). */
    public LatencyCategory classify(StackTable stacks, int stackId) {
        if (stackId < 0 || stackId >= stacks.stackCount()) {
            return LatencyCategory.OTHER_WAIT;
        }
        int depth = stacks.depth(stackId);
        if (depth == 0 || depth == 1 && stacks.frame(stacks.frameAt(stackId, 0)).type() == FrameType.LOCK_CLASS) {
            return LatencyCategory.OTHER_WAIT; // no stack: nothing tells what it waited for
        }
        for (int i = 0; i < depth; i++) {
            String name = stacks.frame(stacks.frameAt(stackId, i)).name();
            for (Pattern pattern : idleFrames) {
                if (pattern.matcher(name).find()) {
                    return LatencyCategory.IDLE;
                }
            }
        }
        boolean blockedInCall = false;
        boolean leafSeen = false;
        for (int i = 0; i < depth; i++) {
            int frameId = stacks.frameAt(stackId, i);
            if (stacks.frame(frameId).type() == FrameType.LOCK_CLASS) {
                continue;
            }
            String name = stacks.frame(frameId).name();
            if (!leafSeen && !MACHINERY.matcher(name).lookingAt()) {
                // The leaf is the code itself, not a wait: a monitor enter, contention wherever it is called from.
                return LatencyCategory.CONTENTION;
            }
            leafSeen = true;
            if (i + 1 < depth && AQS_ACQUIRE.matcher(name).lookingAt()
                    && CONDITION_AWAIT.matcher(stacks.frame(stacks.frameAt(stackId, i + 1)).name()).lookingAt()) {
                return LatencyCategory.CONTENTION;
            }
            for (Rule rule : RULES) {
                if (rule.matches(name)) {
                    return rule.category();
                }
            }
            blockedInCall |= PARK.matcher(name).lookingAt() || MONITOR_WAIT.matcher(name).lookingAt();
        }
        return blockedInCall ? LatencyCategory.OTHER_WAIT : LatencyCategory.CONTENTION;
    }

    /** Classifies each stack of {@code stacks} once, however many samples share it. */
    public Cached on(StackTable stacks) {
        return new Cached(stacks);
    }

    /** The classes of one recording's stacks, computed on first use. */
    public final class Cached {
        private final StackTable stacks;
        private final byte[] classes;

        private Cached(StackTable stacks) {
            this.stacks = stacks;
            this.classes = new byte[stacks.stackCount()];
            Arrays.fill(classes, (byte) -1);
        }

        public LatencyCategory classify(int stackId) {
            if (stackId < 0 || stackId >= classes.length) {
                return LatencyCategory.OTHER_WAIT;
            }
            if (classes[stackId] < 0) {
                classes[stackId] = (byte) WaitClassifier.this.classify(stacks, stackId).ordinal();
            }
            return LatencyCategory.values()[classes[stackId]];
        }
    }

    private static Rule contention(String regex, String example) {
        return new Rule(LatencyCategory.CONTENTION, Pattern.compile(regex), example);
    }

    private static Rule idle(String regex, String example) {
        return new Rule(LatencyCategory.IDLE, Pattern.compile(regex), example);
    }

    private static Rule other(String regex, String example) {
        return new Rule(LatencyCategory.OTHER_WAIT, Pattern.compile(regex), example);
    }
}
