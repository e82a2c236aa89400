package dev.flightpath.recorder;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out fan-out ids: a sender takes one per broadcast and passes it with every copy
 * ({@link TracedMailbox#put(Object, String, String, String, long)}). Ids start at 1 (0 means "sent
 * alone") and need only be unique per sending thread, so one instance per sender (or one shared by
 * all) will do.
 */
public final class FanoutIds {
    private final AtomicLong last = new AtomicLong();

    /** A new id, never 0. */
    public long next() {
        return last.incrementAndGet();
    }
}
