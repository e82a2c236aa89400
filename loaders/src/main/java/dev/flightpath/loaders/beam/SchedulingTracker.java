package dev.flightpath.loaders.beam;

import dev.flightpath.model.Message;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds scheduling intervals from {@code in}/{@code out} events, and decides when each process
 * became runnable before it was scheduled in; the rules are in the package documentation.
 */
final class SchedulingTracker {
    private static final int UNKNOWN_SCHEDULER = -1;

    private final Map<Integer, State> states = new HashMap<>();
    /** Intervals in the order they closed; some wait for {@link #build()} to settle runnableSince. */
    private final List<Pending> intervals = new ArrayList<>();
    /** Functions at which some process was seen waiting for, and woken by, a message. */
    private final Set<Mfa> receivePoints = new HashSet<>();

    /** The process was spawned at {@code time}: it is runnable from then until it first runs. */
    void spawned(int process, long time) {
        State state = state(process);
        if (state.runningFrom == Message.NEVER && state.lastOut == Message.NEVER
                && (state.spawnedAt == Message.NEVER || time < state.spawnedAt)) {
            state.spawnedAt = time;
        }
    }

    void scheduledIn(int process, long time) {
        State state = state(process);
        if (state.runningFrom != Message.NEVER) {
            return; // a second in without an out: keep the first
        }
        state.runningFrom = time;
        state.wake = Long.MAX_VALUE;
        state.unknownWake = false;
        state.lastSeen = time;
    }

    /** A message entered the mailbox; {@code sendTime} is the matched send's, or NEVER. */
    void received(int process, long sendTime, long time) {
        State state = state(process);
        state.lastSeen = Math.max(state.lastSeen, time);
        state.receiveTraced = true;
        if (state.lastOut == Message.NEVER) {
            return;
        }
        if (state.runningFrom == Message.NEVER) {
            // Delivered while scheduled out (how runtimes that trace receive on delivery report it).
            state.receivedWhileOut = Math.min(state.receivedWhileOut, time);
            return;
        }
        if (sendTime == Message.NEVER) {
            state.unknownWake = true;
        } else if (sendTime <= state.runningFrom) {
            state.wake = Math.min(state.wake, Math.max(sendTime, state.lastOut));
        }
    }

    /**
     * Scheduled out at {@code mfa}; {@code hasWaitingMessages} says whether it is known to have
     * messages left in its mailbox (and so was still runnable).
     */
    void scheduledOut(int process, Mfa mfa, long time, boolean hasWaitingMessages) {
        State state = state(process);
        if (state.runningFrom != Message.NEVER) {
            close(process, state, time);
        }
        state.lastOut = time;
        state.receivedWhileOut = Long.MAX_VALUE;
        state.lastOutMfa = mfa;
        state.outWithWaitingMessages = hasWaitingMessages;
        state.lastSeen = time;
    }

    void seen(int process, long time) {
        State state = states.get(process);
        if (state != null) {
            state.lastSeen = Math.max(state.lastSeen, time);
        }
    }

    /** Closes what is still running at the process's last event and settles runnableSince. */
    SchedulingTable build() {
        for (Map.Entry<Integer, State> entry : states.entrySet()) {
            State state = entry.getValue();
            if (state.runningFrom != Message.NEVER) {
                close(entry.getKey(), state, Math.max(state.lastSeen, state.runningFrom));
            }
        }
        intervals.sort(Comparator.comparingLong((Pending p) -> p.runningFrom).thenComparingInt(p -> p.process));
        SchedulingTable.Builder table = new SchedulingTable.Builder();
        for (Pending interval : intervals) {
            long runnableSince = interval.runnableSince;
            if (interval.deferred) {
                // Resumed without a message: preempted (runnable since it went out), unless it went
                // out at a receive point, where a timeout or an untraced wake-up is as likely, or
                // its receives are not traced at all, so that a wake-up could not be seen.
                boolean waitPoint = interval.deferredMfa != null && receivePoints.contains(interval.deferredMfa);
                runnableSince = waitPoint || !states.get(interval.process).receiveTraced
                        ? Message.NEVER : interval.previousOut;
            }
            table.add(new SchedulingInterval(interval.process, UNKNOWN_SCHEDULER, runnableSince,
                    interval.runningFrom, interval.runningTo));
        }
        return table.build();
    }

    private void close(int process, State state, long runningTo) {
        Pending interval = new Pending();
        interval.process = process;
        interval.runningFrom = state.runningFrom;
        interval.runningTo = Math.max(runningTo, state.runningFrom);
        interval.previousOut = state.lastOut;
        interval.runnableSince = Message.NEVER;
        if (state.lastOut != Message.NEVER && state.lastOut <= state.runningFrom) {
            if (state.outWithWaitingMessages) {
                interval.runnableSince = state.lastOut;
            } else if (state.receivedWhileOut != Long.MAX_VALUE) {
                interval.runnableSince = Math.min(state.receivedWhileOut, state.runningFrom);
                if (state.lastOutMfa != null) {
                    receivePoints.add(state.lastOutMfa);
                }
            } else if (state.wake != Long.MAX_VALUE) {
                interval.runnableSince = state.wake;
                if (state.wake > state.lastOut && state.lastOutMfa != null) {
                    receivePoints.add(state.lastOutMfa);
                }
            } else if (!state.unknownWake) {
                interval.deferred = true;
                interval.deferredMfa = state.lastOutMfa;
            }
        } else if (state.lastOut == Message.NEVER && state.spawnedAt != Message.NEVER
                && state.spawnedAt <= state.runningFrom) {
            interval.runnableSince = state.spawnedAt;
        }
        intervals.add(interval);
        state.runningFrom = Message.NEVER;
        state.spawnedAt = Message.NEVER;
    }

    private State state(int process) {
        return states.computeIfAbsent(process, id -> new State());
    }

    private static final class State {
        long runningFrom = Message.NEVER;
        long lastOut = Message.NEVER;
        Mfa lastOutMfa;
        boolean outWithWaitingMessages;
        long spawnedAt = Message.NEVER;
        long wake = Long.MAX_VALUE;
        boolean unknownWake;
        long receivedWhileOut = Long.MAX_VALUE;
        boolean receiveTraced;
        long lastSeen = Message.NEVER;
    }

    private static final class Pending {
        int process;
        long runningFrom;
        long runningTo;
        long previousOut;
        long runnableSince;
        boolean deferred;
        Mfa deferredMfa;
    }
}
