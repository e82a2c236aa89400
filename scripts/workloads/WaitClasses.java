import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Small workloads whose blocked time has one known class, for flightpath's wait-class tests:
 * {@code idle-pool} (4 ThreadPoolExecutor workers waiting for tasks), {@code forkjoin} (a
 * ForkJoinPool's workers waiting for tasks), {@code reentrant} (4 threads contending on one
 * ReentrantLock held 30 ms at a time), {@code synchronized} (the same with a monitor).
 * Usage: java WaitClasses.java MODE SECONDS
 */
public final class WaitClasses {
    private static final Object MONITOR = new Object();
    private static final ReentrantLock LOCK = new ReentrantLock();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[1]));
        switch (mode) {
            case "idle-pool":
            case "forkjoin": {
                ExecutorService pool = mode.equals("idle-pool")
                        ? new ThreadPoolExecutor(4, 4, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>())
                        : new ForkJoinPool(4);
                while (System.nanoTime() < end) {
                    for (int i = 0; i < 4; i++) {
                        pool.execute(() -> spin(1));
                    }
                    Thread.sleep(200);
                }
                pool.shutdown();
                break;
            }
            case "reentrant":
            case "synchronized": {
                Thread[] threads = new Thread[4];
                for (int t = 0; t < threads.length; t++) {
                    threads[t] = new Thread(() -> {
                        while (System.nanoTime() < end) {
                            if (mode.equals("reentrant")) {
                                LOCK.lock();
                                try {
                                    spin(30);
                                } finally {
                                    LOCK.unlock();
                                }
                            } else {
                                synchronized (MONITOR) {
                                    spin(30);
                                }
                            }
                        }
                    }, mode + "-" + t);
                    threads[t].start();
                }
                for (Thread thread : threads) {
                    thread.join();
                }
                break;
            }
            default:
                throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    /** Busy for about {@code millis} ms (busy, so a lock holder keeps the CPU while it holds the lock). */
    private static void spin(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
