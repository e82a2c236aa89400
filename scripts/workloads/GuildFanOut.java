import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small message-passing workload for sample recordings: a "guild" thread receives posts on its
 * mailbox and fans each one out to N session mailboxes; sessions do some CPU work and allocate,
 * and share a lock for delivery statistics. Run it with -XX:StartFlightRecording to record it.
 * Arguments: seconds to run (default 3), sessions (default 16).
 */
public final class GuildFanOut {
    private static final Object STATS_LOCK = new Object();
    private static long delivered;

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 3;
        int sessionCount = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        BlockingQueue<String> guildMailbox = new ArrayBlockingQueue<>(10_000);
        List<BlockingQueue<String>> sessionMailboxes = new ArrayList<>();
        ExecutorService sessions = Executors.newFixedThreadPool(4);
        for (int i = 0; i < sessionCount; i++) {
            BlockingQueue<String> mailbox = new ArrayBlockingQueue<>(100_000);
            sessionMailboxes.add(mailbox);
            sessions.submit(() -> runSession(mailbox));
        }
        Thread guild = new Thread(() -> runGuild(guildMailbox, sessionMailboxes), "guild");
        guild.start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int posted = 0;
        while (System.nanoTime() < end) {
            guildMailbox.put("post-" + posted++);
            if (posted % 50 == 0) {
                Thread.sleep(1);
            }
        }
        guildMailbox.put("stop");
        guild.join();
        sessions.shutdownNow();
        sessions.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("posted " + posted + ", delivered " + delivered);
    }

    private static void runGuild(BlockingQueue<String> mailbox, List<BlockingQueue<String>> sessions) {
        try {
            while (true) {
                String post = mailbox.take();
                if (post.equals("stop")) {
                    return;
                }
                for (BlockingQueue<String> session : sessions) {
                    session.offer(post);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runSession(BlockingQueue<String> mailbox) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                String post = mailbox.poll(10, TimeUnit.MILLISECONDS);
                if (post != null) {
                    render(post);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void render(String post) {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            page.append(post).append(':').append(Integer.toHexString(post.hashCode() * i));
        }
        byte[] bytes = page.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        synchronized (STATS_LOCK) {
            delivered += bytes.length > 0 ? 1 : 0;
        }
    }
}
