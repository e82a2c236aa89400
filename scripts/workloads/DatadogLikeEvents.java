import java.nio.file.Path;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;

/**
 * Writes a small JFR file with events named and shaped as Datadog's Java profiler writes them
 * (datadog.ExecutionSample, datadog.MethodSample, datadog.ObjectSample, datadog.HeapLiveObject,
 * with Datadog's field names: weight, size, objectClass, spanId, localRootSpanId), through the
 * JDK's own jdk.jfr API: the real profiler cannot run here. The counts and weights are fixed so
 * tests can compute the answers by hand:
 *   cpu:   3 samples of weight 1 in cpuLight, 2 of weight 5 in cpuHeavy            = 13 samples
 *   wall:  4 samples of weight 10 in sleepy                                          = 40 samples
 *   alloc: 2 samples of byte[] size 1,000 weight 2.5, 1 of java.lang.String[] size 64 weight 1.0
 *          = 5,000 + 64 bytes
 *   live:  1 sample of int[][] size 4,096 weight 2.0                                 = 8,192 bytes
 * Usage: java scripts/workloads/DatadogLikeEvents.java OUT.jfr
 */
public final class DatadogLikeEvents {
    @Name("datadog.ExecutionSample")
    static final class ExecutionSample extends Event {
        long weight;
        long spanId;
        long localRootSpanId;
    }

    @Name("datadog.MethodSample")
    static final class MethodSample extends Event {
        long weight;
        long spanId;
        long localRootSpanId;
    }

    @Name("datadog.ObjectSample")
    static final class ObjectSample extends Event {
        Class<?> objectClass;
        long size;
        float weight;
        long spanId;
        long localRootSpanId;
    }

    @Name("datadog.HeapLiveObject")
    static final class HeapLiveObject extends Event {
        Class<?> objectClass;
        long age;
        long size;
        float weight;
        long spanId;
        long localRootSpanId;
    }

    public static void main(String[] args) throws Exception {
        try (Recording recording = new Recording()) {
            recording.enable(ExecutionSample.class);
            recording.enable(MethodSample.class);
            recording.enable(ObjectSample.class);
            recording.enable(HeapLiveObject.class);
            recording.start();
            for (int i = 0; i < 3; i++) {
                cpuLight();
            }
            for (int i = 0; i < 2; i++) {
                cpuHeavy();
            }
            for (int i = 0; i < 4; i++) {
                sleepy();
            }
            allocate(byte[].class, 1_000, 2.5f);
            allocate(byte[].class, 1_000, 2.5f);
            allocate(String[].class, 64, 1.0f);
            HeapLiveObject live = new HeapLiveObject();
            live.objectClass = int[][].class;
            live.age = 3;
            live.size = 4_096;
            live.weight = 2.0f;
            live.commit();
            recording.stop();
            recording.dump(Path.of(args[0]));
        }
    }

    private static void cpuLight() {
        ExecutionSample sample = new ExecutionSample();
        sample.weight = 1;
        sample.commit();
    }

    private static void cpuHeavy() {
        ExecutionSample sample = new ExecutionSample();
        sample.weight = 5;
        sample.commit();
    }

    private static void sleepy() {
        MethodSample sample = new MethodSample();
        sample.weight = 10;
        sample.commit();
    }

    private static void allocate(Class<?> type, long size, float weight) {
        ObjectSample sample = new ObjectSample();
        sample.objectClass = type;
        sample.size = size;
        sample.weight = weight;
        sample.commit();
    }
}
