package dev.flightpath.analyzers.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.StackTable;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The classes of real stacks (copied from `jfr print` of the corpus and sample recordings), leaf first. */
class WaitClassifierTest {
    private static final String PARK = "jdk.internal.misc.Unsafe.park";
    private static final String LOCK_SUPPORT_PARK = "java.util.concurrent.locks.LockSupport.park";
    private static final String AQS_ACQUIRE = "java.util.concurrent.locks.AbstractQueuedSynchronizer.acquire";
    private static final String AWAIT = "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.await";

    private static LatencyCategory classify(WaitClassifier classifier, String... framesLeafFirst) {
        StackTable.Builder builder = new StackTable.Builder();
        int[] ids = new int[framesLeafFirst.length + 1];
        ids[0] = builder.internFrame(new Frame("java.lang.Object", FrameType.LOCK_CLASS, 0));
        for (int i = 0; i < framesLeafFirst.length; i++) {
            ids[i + 1] = builder.internFrame(new Frame(framesLeafFirst[i], FrameType.JIT_COMPILED, 0));
        }
        int stack = builder.internStack(ids);
        return classifier.classify(builder.build(), stack);
    }

    private static LatencyCategory classify(String... framesLeafFirst) {
        return classify(WaitClassifier.standard(), framesLeafFirst);
    }

    @Test
    void aMonitorEnterIsContention() {
        // Kafka broker (async-profiler 2.9): a synchronized block in UnifiedLog.
        assertEquals(LatencyCategory.CONTENTION, classify("kafka.log.UnifiedLog.append",
                "kafka.log.UnifiedLog.appendAsLeader", "kafka.cluster.Partition.$anonfun$appendRecordsToLeader$1"));
    }

    @Test
    void aParkInReentrantLockIsContention() {
        assertEquals(LatencyCategory.CONTENTION, classify(PARK, LOCK_SUPPORT_PARK, AQS_ACQUIRE,
                "java.util.concurrent.locks.AbstractQueuedSynchronizer.acquire",
                "java.util.concurrent.locks.ReentrantLock$Sync.lock", "java.util.concurrent.locks.ReentrantLock.lock",
                "kafka.server.DelayedOperationPurgatory.checkAndComplete"));
    }

    @Test
    void aQueuePollBlockedOnTheQueuesLockIsContentionButWaitingForAnElementIsIdle() {
        // Kafka's request handlers: ArrayBlockingQueue.poll blocked in lockInterruptibly (the lock frame is nearer the leaf).
        assertEquals(LatencyCategory.CONTENTION, classify(PARK, LOCK_SUPPORT_PARK, AQS_ACQUIRE,
                "java.util.concurrent.locks.AbstractQueuedSynchronizer.acquireInterruptibly",
                "java.util.concurrent.locks.ReentrantLock$Sync.lockInterruptibly",
                "java.util.concurrent.locks.ReentrantLock.lockInterruptibly", "java.util.concurrent.ArrayBlockingQueue.poll",
                "kafka.network.RequestChannel.receiveRequest", "kafka.server.KafkaRequestHandler.run"));
        assertEquals(LatencyCategory.IDLE, classify(PARK, "java.util.concurrent.locks.LockSupport.parkNanos",
                "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.awaitNanos",
                "java.util.concurrent.ArrayBlockingQueue.poll", "kafka.network.RequestChannel.receiveRequest"));
    }

    @Test
    void reacquiringAConditionsLockAfterASignalIsContention() {
        // Kafka broker: 50 parks in AQS.acquire called by awaitNanos in ArrayBlockingQueue.poll.
        assertEquals(LatencyCategory.CONTENTION, classify(PARK, LOCK_SUPPORT_PARK, AQS_ACQUIRE,
                "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.awaitNanos",
                "java.util.concurrent.ArrayBlockingQueue.poll", "kafka.network.RequestChannel.receiveRequest"));
    }

    @Test
    void executorAndForkJoinWorkersWaitingForWorkAreIdle() {
        assertEquals(LatencyCategory.IDLE, classify(PARK, LOCK_SUPPORT_PARK, "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionNode.block",
                "java.util.concurrent.ForkJoinPool.unmanagedBlock", "java.util.concurrent.ForkJoinPool.managedBlock",
                AWAIT, "java.util.concurrent.LinkedBlockingQueue.take", "java.util.concurrent.ThreadPoolExecutor.getTask"));
        // The cryostat JMX/RMI recording: a scheduled pool and a cached pool.
        assertEquals(LatencyCategory.IDLE, classify(PARK, "java.util.concurrent.locks.LockSupport.parkNanos",
                "java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take",
                "java.util.concurrent.ThreadPoolExecutor.getTask"));
        assertEquals(LatencyCategory.IDLE, classify(PARK, "java.util.concurrent.locks.LockSupport.parkNanos",
                "java.util.concurrent.SynchronousQueue$TransferStack.transfer", "java.util.concurrent.SynchronousQueue.poll",
                "java.util.concurrent.ThreadPoolExecutor.getTask"));
        assertEquals(LatencyCategory.IDLE, classify(PARK, LOCK_SUPPORT_PARK, "java.util.concurrent.ForkJoinPool.awaitWork",
                "java.util.concurrent.ForkJoinPool.runWorker", "java.util.concurrent.ForkJoinWorkerThread.run"));
    }

    @Test
    void monitorWaitsOfIdleLoopsAreIdleAndOthersAreOtherWaits() {
        assertEquals(LatencyCategory.IDLE, classify("java.lang.Object.wait", "jdk.jfr.internal.PlatformRecorder.takeNap",
                "jdk.jfr.internal.PlatformRecorder.periodicTask"));
        assertEquals(LatencyCategory.IDLE, classify("java.lang.Object.wait", "java.util.TimerThread.mainLoop",
                "java.util.TimerThread.run"));
        assertEquals(LatencyCategory.IDLE, classify("java.lang.Object.wait", "java.lang.ref.ReferenceQueue.remove",
                "jdk.internal.ref.CleanerImpl.run"));
        assertEquals(LatencyCategory.IDLE, classify("java.lang.Object.wait",
                "com.sun.jmx.remote.internal.ArrayNotificationBuffer$ShareBuffer.fetchNotifications",
                "javax.management.remote.rmi.RMIConnectionImpl.fetchNotifications"));
        assertEquals(LatencyCategory.OTHER_WAIT, classify("java.lang.Object.wait", "com.acme.Cache.awaitLoaded"));
    }

    @Test
    void joinedFuturesAreOtherWaitsEvenInsideAMailboxPoll() {
        // guild-fanout-recorder.jfr: a session's handler waits for its render task inside TracedMailbox.pollAndHandle.
        assertEquals(LatencyCategory.OTHER_WAIT, classify(PARK, LOCK_SUPPORT_PARK, "java.util.concurrent.FutureTask.awaitDone",
                "java.util.concurrent.FutureTask.get", "dev.flightpath.samples.GuildFanOutSample.lambda$runSession$4",
                "dev.flightpath.recorder.TracedMailbox.pollAndHandle"));
        assertEquals(LatencyCategory.IDLE, classify(PARK, "java.util.concurrent.locks.LockSupport.parkNanos",
                "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.awaitNanos",
                "java.util.concurrent.LinkedBlockingQueue.poll", "dev.flightpath.recorder.TracedMailbox.pollAndHandle"));
        assertEquals(LatencyCategory.OTHER_WAIT, classify(PARK, LOCK_SUPPORT_PARK, AQS_ACQUIRE,
                "java.util.concurrent.locks.AbstractQueuedSynchronizer.acquireSharedInterruptibly",
                "java.util.concurrent.CountDownLatch.await", "com.acme.Main.main"));
        assertEquals(LatencyCategory.OTHER_WAIT, classify(PARK, LOCK_SUPPORT_PARK, "com.acme.Custom.block"));
    }

    @Test
    void idleFramesOverrideTheRules() {
        WaitClassifier classifier = WaitClassifier.standard().withIdleFrames(List.of(Pattern.compile("Custom\\.block")));
        assertEquals(LatencyCategory.IDLE, classify(classifier, PARK, LOCK_SUPPORT_PARK, "com.acme.Custom.block"));
        assertEquals(LatencyCategory.CONTENTION, classify(classifier, "com.acme.Ledger.post"));
        WaitClassifier kafka = WaitClassifier.standard().withIdleFrames(List.of(Pattern.compile("KafkaRequestHandler")));
        assertEquals(LatencyCategory.IDLE, classify(kafka, PARK, LOCK_SUPPORT_PARK, AQS_ACQUIRE,
                "java.util.concurrent.locks.ReentrantLock.lockInterruptibly", "java.util.concurrent.ArrayBlockingQueue.poll",
                "kafka.server.KafkaRequestHandler.run"));
    }

    @Test
    void aMonitorWaitRecordedWithoutItsWaitFrameIsStillIdleInAQueueTake() {
        // sample-recordings/waits/idle-pool.jfr: jdk.JavaMonitorWait events whose stack starts at Condition.await.
        assertEquals(LatencyCategory.IDLE, classify(AWAIT, "java.util.concurrent.LinkedBlockingQueue.take",
                "java.util.concurrent.ThreadPoolExecutor.getTask", "java.util.concurrent.ThreadPoolExecutor.runWorker"));
        assertEquals(LatencyCategory.OTHER_WAIT, classify("java.lang.Object.wait", "java.lang.Thread.join", "WaitClasses.main"));
    }

    @Test
    void aStackWithoutFramesTellsNothing() {
        StackTable.Builder builder = new StackTable.Builder();
        int stack = builder.internStack(new int[] {builder.internFrame(new Frame("java.lang.Object", FrameType.LOCK_CLASS, 0))});
        assertEquals(LatencyCategory.OTHER_WAIT, WaitClassifier.standard().classify(builder.build(), stack));
        assertEquals(LatencyCategory.OTHER_WAIT, WaitClassifier.standard().on(builder.build()).classify(-1));
    }
}
