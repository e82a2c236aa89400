import java.util.ArrayList;
import java.util.List;

/**
 * A scheduling workload for the Chrome systrace sample: more runnable threads than CPUs. Busy
 * threads spin on arithmetic the whole time (so the kernel preempts them: prev_state R); sleepers
 * sleep 2 ms, then work about 0.5 ms, again and again (so they are woken: sched_waking, then wait
 * for a CPU). Arguments: milliseconds to run (default 1500), busy threads (default 5), sleepers
 * (default 3).
 */
public final class Oversubscribe {
    private static volatile boolean running = true;
    private static volatile long sink;

    public static void main(String[] args) throws Exception {
        long millis = args.length > 0 ? Long.parseLong(args[0]) : 1500;
        int busy = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int sleepers = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < busy; i++) {
            threads.add(new Thread(Oversubscribe::spin, "busy-" + i));
        }
        for (int i = 0; i < sleepers; i++) {
            threads.add(new Thread(Oversubscribe::sleepAndWork, "sleeper-" + i));
        }
        threads.forEach(Thread::start);
        Thread.sleep(millis);
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void spin() {
        long x = 1;
        while (running) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        sink = x;
    }

    private static void sleepAndWork() {
        long x = 1;
        try {
            while (running) {
                Thread.sleep(2);
                long until = System.nanoTime() + 500_000;
                while (System.nanoTime() < until) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sink = x;
    }
}
