package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.analyzers.latency.GroupBy;
import dev.flightpath.analyzers.latency.LatencyAnalyzer;
import dev.flightpath.analyzers.latency.LatencyCategory;
import dev.flightpath.analyzers.latency.LatencyGroup;
import dev.flightpath.analyzers.latency.LatencyOptions;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.PauseTable;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contention, idle and other waits on real recordings, against counts checked by hand with
 * {@code jfr print --events jdk.ThreadPark,jdk.JavaMonitorEnter} (each case says which stacks make
 * up its numbers). The JFR loader reads park and monitor-enter events; the recordings' monitor
 * waits ({@code jdk.JavaMonitorWait}) are not loaded yet.
 */
class WaitClassesRecordingsTest {
    private static Map<LatencyCategory, Long> counts(Path file) throws Exception {
        var recording = RecordingLoader.load(file, null, LoadRequest.of(DataKind.SAMPLES));
        Map<LatencyCategory, Long> counts = new EnumMap<>(LatencyCategory.class);
        for (LatencyGroup group : LatencyAnalyzer.analyze(recording, PauseTable.empty(),
                new LatencyOptions(GroupBy.THREAD, 0, 0)).groups()) {
            counts.merge(group.category(), group.stats().count(), Long::sum);
        }
        return counts;
    }

    private static Map<LatencyCategory, Long> expected(long contention, long idle, long other) {
        Map<LatencyCategory, Long> map = new EnumMap<>(LatencyCategory.class);
        if (contention > 0) {
            map.put(LatencyCategory.CONTENTION, contention);
        }
        if (idle > 0) {
            map.put(LatencyCategory.IDLE, idle);
        }
        if (other > 0) {
            map.put(LatencyCategory.OTHER_WAIT, other);
        }
        return map;
    }

    @Test
    void anIdleThreadPoolExecutorIsIdle() throws Exception {
        // 40 parks in LinkedBlockingQueue.take under getTask.
        assertEquals(expected(0, 40, 0), counts(TestFiles.sample("waits/idle-pool.jfr")));
    }

    @Test
    void anIdleForkJoinPoolIsIdle() throws Exception {
        // 28 parks in ForkJoinPool.awaitWork.
        assertEquals(expected(0, 28, 0), counts(TestFiles.sample("waits/forkjoin.jfr")));
    }

    @Test
    void aContendedReentrantLockIsContention() throws Exception {
        // 50 parks in ReentrantLock.lock.
        assertEquals(expected(50, 0, 0), counts(TestFiles.sample("waits/reentrant.jfr")));
    }

    @Test
    void aContendedMonitorIsContention() throws Exception {
        // 38 monitor enters of the synchronized block.
        assertEquals(expected(38, 0, 0), counts(TestFiles.sample("waits/synchronized.jfr")));
    }

    @Test
    void theJmxRmiServiceOfTheCorpusIsIdle() throws Exception {
        // 8 parks under ThreadPoolExecutor.getTask (DelayedWorkQueue.take, SynchronousQueue.poll). The one
        // monitor enter was recorded without a stack, so nothing tells its class: other wait. (Its 31,151
        // monitor waits, all idle loops such as PlatformRecorder.takeNap and TimerThread.mainLoop, are not loaded.)
        assertEquals(expected(0, 8, 1), counts(Corpus.jfr("cryostat-jfr-datasource__jdk17-600s-recording.jfr")));
    }

    @Test
    void theKafkaBrokerOfTheCorpusIsContention() throws Exception {
        // async-profiler's lock mode: 1,773 monitor enters and 435 parks, all in lock acquisition
        // (248 ReentrantLock.lock, 130 lockInterruptibly, 57 re-acquiring after Condition.awaitNanos).
        assertEquals(expected(2_208, 0, 0),
                counts(Corpus.jfr("jfr-parser__async-profiler-2.9-jdk17-kafka-cpu-lock-alloc.jfr")));
    }
}
