package dev.flightpath.analyzers.mailbox;

import dev.flightpath.analyzers.stats.DurationRecorder;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Mailbox backlog: per mailbox (a mailbox name at one receiving process), depth over time, queue
 * waits, top senders and types, and the worst episode.
 *
 * <p>Rules (the command's help and the README repeat them):
 * <ul>
 *   <li>The window is the recording's time range (widened to cover every message event), cut to
 *       {@link MailboxOptions#fromNanos()}/{@link MailboxOptions#toNanos()}; it is half-open.</li>
 *   <li>A message with a dequeue time before its enqueue time is taken as dequeued on enqueue.</li>
 *   <li>Weights are rounded to whole messages, at least 1; a message of weight 100 counts 100 in
 *       counts, depth and wait percentiles, and any weight other than 1 marks the result
 *       estimated.</li>
 *   <li>Depth: see {@link DepthSweep}. Queue wait: messages enqueued in the window and dequeued at
 *       any time.</li>
 *   <li>A message without an enqueue time (sent, never received within the recording: to an
 *       untraced or dead process, or still in flight at the end) never entered a mailbox: it is
 *       left out of depth, waits and counts, and counted in
 *       {@link MailboxReport#neverReceived()} when its send time is in the window.</li>
 *   <li>Ranking (badness): the area under the depth curve, message-nanoseconds spent waiting in
 *       the window, so a deep mailbox that drains at once ranks below a shallow one that never
 *       does; ties by process name, then mailbox name. A mailbox none of whose messages was ever
 *       seen dequeued (over the whole recording, not just the window) ranks after every mailbox
 *       with a dequeue: its receiver has no traced dequeue point (a BEAM process with a plain
 *       {@code receive}, a JVM consumer that does not use the recorder), or never took a
 *       message, and the recording cannot tell which; its depth only ever grows, so it would
 *       otherwise outrank real backlogs by the length of the recording alone.
 *       {@link MailboxStats#dequeueSeen()} is false for it.</li>
 * </ul>
 * Memory: a few primitive arrays the size of the message table, plus per-mailbox arrays.
 */
public final class MailboxAnalyzer {
    /** What the analysis reads from a file: messages, and the spans and samples they may come with. */
    public static final Set<DataKind> NEEDS = Set.of(DataKind.MESSAGES, DataKind.SPANS, DataKind.SAMPLES);
    private static final int ACTIVITY_NAMES = 3;
    /** Marks in the mailbox index of a row: not a wanted receiver, or never entered a mailbox. */
    private static final int NOT_WANTED = -1;
    private static final int NEVER_RECEIVED = -2;

    private final Recording recording;
    private final MailboxOptions options;

    private MailboxAnalyzer(Recording recording, MailboxOptions options) {
        this.recording = recording;
        this.options = options;
    }

    public static MailboxReport analyze(Recording recording, MailboxOptions options) {
        return new MailboxAnalyzer(recording, options).run();
    }

    private MailboxReport run() {
        MessageTable messages = recording.messages();
        boolean[] wanted = wantedProcesses();
        long start = recording.info().startNanos();
        long end = start + recording.info().durationNanos();
        // Group rows by mailbox: the mailbox index of every wanted row, then rows ordered by mailbox.
        Map<MailboxKey, Integer> ids = new HashMap<>();
        List<MailboxKey> keys = new ArrayList<>();
        int[] mailboxOfRow = new int[messages.size()];
        for (int row = 0; row < messages.size(); row++) {
            int receiver = messages.receiverProcessId(row);
            if (!wants(wanted, receiver)) {
                mailboxOfRow[row] = NOT_WANTED;
                continue;
            }
            if (messages.enqueueNanos(row) == Message.NEVER) {
                // Never entered a mailbox within the recording: no place in depth or wait.
                mailboxOfRow[row] = NEVER_RECEIVED;
                continue;
            }
            MailboxKey key = new MailboxKey(receiver, messages.mailbox(row));
            Integer id = ids.get(key);
            if (id == null) {
                id = keys.size();
                ids.put(key, id);
                keys.add(key);
            }
            mailboxOfRow[row] = id;
            long enqueue = messages.enqueueNanos(row);
            start = Math.min(start, enqueue);
            end = Math.max(end, Math.max(enqueue, messages.dequeueNanos(row)) + 1);
        }
        long from = Math.max(start, options.fromNanos());
        long to = Math.min(end, options.toNanos());
        RecordingInfo info = recording.info();
        if (to <= from) {
            return new MailboxReport(from, Math.max(from, to), info.startNanos(), info.timeBase(), options.overDepth(),
                    false, 0, List.of());
        }
        long neverReceivedInWindow = 0;
        for (int row = 0; row < mailboxOfRow.length; row++) {
            if (mailboxOfRow[row] == NEVER_RECEIVED) {
                long send = messages.sendNanos(row);
                // Without a send time either (no loader writes such rows today) it counts anyway.
                if (send == Message.NEVER || (send >= from && send < to)) {
                    neverReceivedInWindow += weight(messages.weight(row));
                }
            }
        }
        int[] offsets = new int[keys.size() + 1];
        for (int id : mailboxOfRow) {
            if (id >= 0) {
                offsets[id + 1]++;
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] rows = new int[offsets[keys.size()]];
        int[] next = offsets.clone();
        boolean[] dequeueSeen = new boolean[keys.size()];
        for (int row = 0; row < mailboxOfRow.length; row++) {
            if (mailboxOfRow[row] >= 0) {
                rows[next[mailboxOfRow[row]]++] = row;
                dequeueSeen[mailboxOfRow[row]] |= messages.dequeueNanos(row) != Message.NEVER;
            }
        }
        mailboxOfRow = null; // only the grouped rows are needed from here on

        ActivityIndex activity = new ActivityIndex(recording);
        List<MailboxStats> result = new ArrayList<>();
        boolean estimated = false;
        for (int id = 0; id < keys.size(); id++) {
            MailboxStats stats = mailbox(keys.get(id), rows, offsets[id], offsets[id + 1], from, to, activity,
                    dequeueSeen[id]);
            if (stats != null) {
                result.add(stats);
                estimated |= stats.estimated();
            }
        }
        // Mailboxes whose receiver was never seen taking a message rank after the others: their
        // depth only grows, so it says nothing about a backlog (see the class documentation).
        result.sort(Comparator.comparing((MailboxStats stats) -> !stats.dequeueSeen())
                .thenComparing(Comparator.comparingDouble(MailboxStats::queuedMessageNanos).reversed())
                .thenComparing(MailboxStats::process)
                .thenComparing(MailboxStats::mailbox)
                .thenComparingInt(MailboxStats::processId));
        return new MailboxReport(from, to, info.startNanos(), info.timeBase(), options.overDepth(), estimated,
                neverReceivedInWindow, result);
    }

    /** One mailbox's statistics, or null when none of its messages touch the window. */
    private MailboxStats mailbox(MailboxKey key, int[] rows, int first, int last, long from, long to,
            ActivityIndex activity, boolean dequeueSeen) {
        MessageTable messages = recording.messages();
        int n = last - first;
        long[] enqueueNanos = new long[n];
        long[] enqueueWeights = new long[n];
        long[] dequeueNanos = new long[n];
        long[] dequeueWeights = new long[n];
        int enqueues = 0;
        int dequeues = 0;
        long depthAtStart = 0;
        long enqueued = 0;
        long dequeued = 0;
        long leftAtEnd = 0;
        boolean estimated = false;
        DurationRecorder waits = new DurationRecorder();
        Map<Integer, long[]> senders = new HashMap<>();
        Map<String, long[]> types = new HashMap<>();
        for (int i = first; i < last; i++) {
            int row = rows[i];
            long enqueue = messages.enqueueNanos(row);
            long dequeue = messages.dequeueNanos(row);
            boolean wasDequeued = dequeue != Message.NEVER;
            if (wasDequeued) {
                dequeue = Math.max(dequeue, enqueue);
            }
            if (enqueue >= to || (wasDequeued && dequeue < from)) {
                continue;
            }
            double rawWeight = messages.weight(row);
            estimated |= rawWeight != 1.0;
            long weight = weight(rawWeight);
            if (enqueue < from) {
                depthAtStart += weight;
            } else {
                enqueued += weight;
            }
            enqueueNanos[enqueues] = Math.max(enqueue, from);
            enqueueWeights[enqueues++] = weight;
            if (wasDequeued && dequeue < to) {
                dequeued += weight;
                dequeueNanos[dequeues] = dequeue;
                dequeueWeights[dequeues++] = weight;
            } else {
                leftAtEnd += weight;
            }
            if (enqueue >= from) {
                long waitNanos = wasDequeued ? dequeue - enqueue : 0;
                if (wasDequeued) {
                    waits.record(waitNanos, weight);
                }
                long totalWait = wasDequeued ? waitNanos * weight : 0;
                add(senders.computeIfAbsent(messages.senderProcessId(row), k -> new long[2]), weight, totalWait);
                add(types.computeIfAbsent(messages.messageType(row), k -> new long[2]), weight, totalWait);
            }
        }
        if (enqueues == 0) {
            return null;
        }
        DepthSweep.DepthTimeline depth = DepthSweep.sweep(
                Arrays.copyOf(enqueueNanos, enqueues), Arrays.copyOf(enqueueWeights, enqueues),
                Arrays.copyOf(dequeueNanos, dequeues), Arrays.copyOf(dequeueWeights, dequeues),
                from, to, options.overDepth(), options.sparklineBuckets());
        Episode worst = depth.worstEpisode();
        if (worst != null && key.processId() >= 0) {
            worst = worst.withActivity(
                    activity.spans(key.processId(), worst.startNanos(), worst.endNanos(), ACTIVITY_NAMES),
                    activity.frames(key.processId(), worst.startNanos(), worst.endNanos(), ACTIVITY_NAMES));
        }
        Map<String, long[]> senderNames = new HashMap<>();
        senders.forEach((id, totals) -> {
            long[] merged = senderNames.computeIfAbsent(processName(id), k -> new long[2]);
            merged[0] += totals[0];
            merged[1] += totals[1];
        });
        return new MailboxStats(key.mailbox(), key.processId(), processName(key.processId()),
                depthAtStart, enqueued, dequeued, leftAtEnd,
                depth.maxDepth(), depth.maxDepthAtNanos(), depth.meanDepth(),
                depth.depthP50(), depth.depthP90(), depth.depthP99(), depth.timeOverNanos(),
                depth.queuedMessageNanos(), waits.stats(),
                top(senderNames, true), top(senderNames, false), top(types, true), top(types, false),
                depth.episodeCount(), worst, depth.sparkline(), estimated, dequeueSeen);
    }

    /** A sampling weight as whole messages: rounded, at least 1. */
    private static long weight(double rawWeight) {
        return Math.max(1, Math.round(rawWeight));
    }

    private static void add(long[] totals, long count, long waitNanos) {
        totals[0] += count;
        totals[1] += waitNanos;
    }

    private List<Contributor> top(Map<String, long[]> totals, boolean byCount) {
        Comparator<Contributor> order = byCount
                ? Comparator.comparingLong(Contributor::count).thenComparingLong(Contributor::totalWaitNanos)
                : Comparator.comparingLong(Contributor::totalWaitNanos).thenComparingLong(Contributor::count);
        return totals.entrySet().stream()
                .map(entry -> new Contributor(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .sorted(order.reversed().thenComparing(Contributor::name))
                .limit(options.topContributors())
                .collect(Collectors.toList());
    }

    private String processName(int processId) {
        if (processId < 0 || processId >= recording.processes().size()) {
            return "unknown";
        }
        return recording.processes().get(processId).name();
    }

    /** Which process ids pass the filter; null when all do. */
    private boolean[] wantedProcesses() {
        if (options.processFilter() == null) {
            return null;
        }
        List<ProcessInfo> processes = recording.processes();
        boolean[] wanted = new boolean[processes.size()];
        for (ProcessInfo process : processes) {
            wanted[process.id()] = matches(options.processFilter(), process);
        }
        return wanted;
    }

    private static boolean matches(Pattern filter, ProcessInfo process) {
        return filter.matcher(process.name()).find() || filter.matcher(process.externalId()).find();
    }

    /**
     * The names of the processes that receive messages and pass the filter (all when it is null),
     * most messages received first, then by name: what a {@code --process} filter can select.
     */
    public static List<String> receiverNames(Recording recording, Pattern filter) {
        MessageTable messages = recording.messages();
        List<ProcessInfo> processes = recording.processes();
        long[] received = new long[processes.size()];
        for (int row = 0; row < messages.size(); row++) {
            int receiver = messages.receiverProcessId(row);
            if (receiver >= 0 && receiver < received.length) {
                received[receiver]++;
            }
        }
        return processes.stream()
                .filter(process -> received[process.id()] > 0 && (filter == null || matches(filter, process)))
                .sorted(Comparator.comparingLong((ProcessInfo process) -> received[process.id()]).reversed()
                        .thenComparing(ProcessInfo::name))
                .map(ProcessInfo::name)
                .distinct()
                .collect(Collectors.toList());
    }

    private static boolean wants(boolean[] wanted, int processId) {
        return wanted == null || (processId >= 0 && processId < wanted.length && wanted[processId]);
    }

    private record MailboxKey(int processId, String mailbox) {
    }
}
