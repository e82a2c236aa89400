package dev.flightpath.samples;

import dev.flightpath.recorder.FanoutIds;
import dev.flightpath.recorder.TracedMailbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Broadcasts of 10, 100 and 1,000 copies on the JVM, recorded with flightpath's recorder events
 * only: three guild threads ({@code guild-10}, {@code guild-100}, {@code guild-1000}) each fan a
 * post out to the mailboxes of their members, with one fan-out id per post. Member sessions
 * {@code session-0} … {@code session-999} each have a mailbox and a thread; guild N's members are
 * sessions 0 … N−1, so {@code session-0}, the first each guild sends to, belongs to all three. It
 * works 25,000 times longer per delivery than the others, longer than the posts are apart, so its
 * mailbox backs up and it is the last to take each post. The main thread posts 20 ms apart, one
 * guild at a time: 10 posts to guild-10, 3 to guild-100, 1 to guild-1000.
 *
 * <p>Writes {@code broadcast-recorder.jfr} and, beside it, {@code broadcast-recorder.counts}: per
 * guild size the posts and deliveries it made, and the slow member's mailbox.
 *
 * <p>Arguments: output directory (default {@code sample-recordings}).
 */
public final class BroadcastSample {
    private static final int[] SIZES = {10, 100, 1000};
    private static final Map<Integer, Integer> POSTS = Map.of(10, 10, 100, 3, 1000, 1);
    private static final int NORMAL_ROUNDS = 2_000;
    private static final int SLOW_ROUNDS = 50_000_000;

    private record Post(int number) {
    }

    private BroadcastSample() {
    }

    public static void main(String[] args) throws Exception {
        Path outDir = Path.of(args.length > 0 ? args[0] : "sample-recordings");
        Files.createDirectories(outDir);
        List<TracedMailbox<Post>> sessions = new ArrayList<>();
        for (int i = 0; i < SIZES[SIZES.length - 1]; i++) {
            sessions.add(new TracedMailbox<>("session-" + i));
        }
        long totalDeliveries = 0;
        for (int size : SIZES) {
            totalDeliveries += (long) POSTS.get(size) * size;
        }
        AtomicLong handled = new AtomicLong();
        Map<Integer, AtomicLong> sent = new LinkedHashMap<>();
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording()) {
            for (String event : List.of("flightpath.MessageEnqueued", "flightpath.MessageDequeued",
                    "flightpath.MessageHandled")) {
                recording.enable(event).withoutThreshold();
            }
            List<Thread> threads = new ArrayList<>();
            long expected = totalDeliveries;
            for (int i = 0; i < sessions.size(); i++) {
                TracedMailbox<Post> mailbox = sessions.get(i);
                int rounds = i == 0 ? SLOW_ROUNDS : NORMAL_ROUNDS;
                threads.add(new Thread(() -> serve(mailbox, rounds, handled, expected), mailbox.name()));
            }
            Map<Integer, TracedMailbox<Post>> guilds = new LinkedHashMap<>();
            for (int size : SIZES) {
                TracedMailbox<Post> guild = new TracedMailbox<>("guild-" + size);
                guilds.put(size, guild);
                AtomicLong copies = new AtomicLong();
                sent.put(size, copies);
                List<TracedMailbox<Post>> members = sessions.subList(0, size);
                threads.add(new Thread(() -> fanOut(guild, members, POSTS.get(size), copies), guild.name()));
            }
            threads.forEach(Thread::start);
            Thread.sleep(500); // let the 1,003 threads start before recording
            recording.start();
            for (int size : SIZES) {
                for (int number = 0; number < POSTS.get(size); number++) {
                    guilds.get(size).put(new Post(number), "Post", null, null);
                    Thread.sleep(20);
                }
                Thread.sleep(1500); // no two posts to different guilds less than 1 s apart
            }
            for (Thread thread : threads) {
                thread.join();
            }
            recording.stop();
            recording.dump(outDir.resolve("broadcast-recorder.jfr"));
        }
        StringBuilder counts = new StringBuilder("slow_recipient=session-0\n");
        for (int size : SIZES) {
            counts.append(String.format(Locale.ROOT, "guild_%d=guild-%d%nposts_%d=%d%ndeliveries_%d=%d%n", size, size,
                    size, POSTS.get(size), size, sent.get(size).get()));
        }
        counts.append("handled=").append(handled.get()).append('\n');
        Files.writeString(outDir.resolve("broadcast-recorder.counts"), counts.toString());
        System.out.print(counts);
    }

    /** A guild: takes each post and puts one copy into every member's mailbox, under one fan-out id. */
    private static void fanOut(TracedMailbox<Post> guild, List<TracedMailbox<Post>> members, int posts,
            AtomicLong copies) {
        FanoutIds ids = new FanoutIds();
        try {
            for (int handledPosts = 0; handledPosts < posts; ) {
                Post post = guild.poll(100, TimeUnit.MILLISECONDS);
                if (post == null) {
                    continue;
                }
                handledPosts++;
                long id = ids.next();
                for (TracedMailbox<Post> member : members) {
                    member.put(post, "Delivery", null, null, id);
                    copies.incrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void serve(TracedMailbox<Post> mailbox, int rounds, AtomicLong handled, long expected) {
        try {
            while (handled.get() < expected) {
                mailbox.pollAndHandle(20, TimeUnit.MILLISECONDS, post -> {
                    GuildFanOutSample.burnCpu(rounds + post.number());
                    handled.incrementAndGet();
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
