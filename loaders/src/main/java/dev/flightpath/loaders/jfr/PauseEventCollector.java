package dev.flightpath.loaders.jfr;

import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.PauseKind;
import dev.flightpath.model.PauseTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;

/**
 * Turns the JVM's pause events into {@link PauseTable} rows, all of the whole runtime (process -1):
 * <ul>
 *   <li>{@code jdk.GCPhasePause} → {@link PauseKind#GC}: its start and duration. The
 *       {@code jdk.GCPhasePauseLevel1}–{@code 4} sub-phases are not read: they are parts of the
 *       same pause.</li>
 *   <li>{@code jdk.SafepointBegin} and the {@code jdk.SafepointEnd} of the same
 *       {@code safepointId} → {@link PauseKind#SAFEPOINT}, from the begin event's start (when the
 *       VM started to bring threads to the safepoint) to the end event's end (when it let them
 *       go). A begin without its end, or an end without its begin, is not a pause: the settings
 *       left the other half out (both are off in the JDK's default and profile settings, and a
 *       threshold drops short ones) or the recording cut it off. When both kinds were recorded,
 *       the halves left over are counted in a {@code safepoint-unpaired} warning; when only one
 *       kind was, that is the settings' choice and no warning is given.</li>
 *   <li>{@code jdk.SafepointStateSynchronization} → {@link PauseKind#TIME_TO_SAFEPOINT}: its start
 *       and duration.</li>
 * </ul>
 * Events come in any order (the stream is unordered), so safepoint halves are matched by id; the
 * rows are sorted by start (then kind) when built. One instance per load; not thread-safe.
 */
final class PauseEventCollector {
    static final String GC_PHASE_PAUSE = "jdk.GCPhasePause";
    static final String SAFEPOINT_BEGIN = "jdk.SafepointBegin";
    static final String SAFEPOINT_END = "jdk.SafepointEnd";
    static final String SAFEPOINT_STATE_SYNCHRONIZATION = "jdk.SafepointStateSynchronization";
    static final List<String> EVENT_NAMES =
            List.of(GC_PHASE_PAUSE, SAFEPOINT_BEGIN, SAFEPOINT_END, SAFEPOINT_STATE_SYNCHRONIZATION);

    private static final int WHOLE_RUNTIME = -1;

    private record Pause(PauseKind kind, long startNanos, long durationNanos) {
    }

    private final List<Pause> pauses = new ArrayList<>();
    private final Map<Long, Long> beginStartById = new HashMap<>();
    private final Map<Long, Long> endEndById = new HashMap<>();
    private boolean sawBegin;
    private boolean sawEnd;

    static boolean isPauseEvent(String eventName) {
        return EVENT_NAMES.contains(eventName);
    }

    void onEvent(String eventName, RecordedEvent event) {
        long startNanos = JfrEventCollector.epochNanos(event.getStartTime());
        switch (eventName) {
            case GC_PHASE_PAUSE:
                pauses.add(new Pause(PauseKind.GC, startNanos, durationNanos(event)));
                break;
            case SAFEPOINT_STATE_SYNCHRONIZATION:
                pauses.add(new Pause(PauseKind.TIME_TO_SAFEPOINT, startNanos, durationNanos(event)));
                break;
            case SAFEPOINT_BEGIN: {
                sawBegin = true;
                long id = event.getLong("safepointId");
                Long end = endEndById.remove(id);
                if (end == null) {
                    beginStartById.put(id, startNanos);
                } else {
                    addSafepoint(startNanos, end);
                }
                break;
            }
            case SAFEPOINT_END: {
                sawEnd = true;
                long id = event.getLong("safepointId");
                long endNanos = JfrEventCollector.epochNanos(event.getEndTime());
                Long begin = beginStartById.remove(id);
                if (begin == null) {
                    endEndById.put(id, endNanos);
                } else {
                    addSafepoint(begin, endNanos);
                }
                break;
            }
            default:
                break;
        }
    }

    private void addSafepoint(long beginNanos, long endNanos) {
        pauses.add(new Pause(PauseKind.SAFEPOINT, beginNanos, Math.max(0, endNanos - beginNanos)));
    }

    private static long durationNanos(RecordedEvent event) {
        return Math.max(0, event.getDuration().toNanos());
    }

    /** The pauses in start order; unpaired safepoint halves are counted in a warning. */
    PauseTable build(List<LoadWarning> warnings) {
        pauses.sort((a, b) -> a.startNanos() != b.startNanos() ? Long.compare(a.startNanos(), b.startNanos())
                : a.kind().compareTo(b.kind()));
        PauseTable.Builder table = new PauseTable.Builder();
        for (Pause pause : pauses) {
            table.add(pause.kind(), WHOLE_RUNTIME, pause.startNanos(), pause.durationNanos());
        }
        long unpaired = beginStartById.size() + endEndById.size();
        // Only one of the two kinds recorded is a choice of the settings, not a loss: no warning.
        if (unpaired > 0 && sawBegin && sawEnd) {
            warnings.add(new LoadWarning("safepoint-unpaired", String.format(Locale.ROOT,
                    "%d %s and %d %s event(s) have no other half with the same safepointId (left out by the"
                            + " recording settings or cut off), so their safepoints are not counted",
                    beginStartById.size(), SAFEPOINT_BEGIN, endEndById.size(), SAFEPOINT_END), unpaired));
        }
        return table.build();
    }
}
