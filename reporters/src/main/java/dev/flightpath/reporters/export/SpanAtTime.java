package dev.flightpath.reporters.export;

import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The span a process was in at a moment: of its spans that cover the time, the one that started
 * last (the innermost, when spans nest). Used to label stack samples with their span.
 */
final class SpanAtTime {
    /** How far back from the last span started before the time the search looks for one that covers it. */
    private static final int MAX_LOOK_BACK = 64;

    private final Map<Integer, List<Span>> byProcess = new HashMap<>();

    SpanAtTime(Recording recording) {
        for (Span span : recording.spans()) {
            byProcess.computeIfAbsent(span.processId(), p -> new ArrayList<>()).add(span);
        }
        for (List<Span> spans : byProcess.values()) {
            spans.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
        }
    }

    /** The span's name, or null when the process was in none. */
    String nameAt(int processId, long timeNanos) {
        List<Span> spans = byProcess.get(processId);
        if (spans == null) {
            return null;
        }
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (spans.get(middle).startNanos() <= timeNanos) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int i = low - 1; i >= 0 && i >= low - MAX_LOOK_BACK; i--) {
            if (spans.get(i).endNanos() >= timeNanos) {
                return spans.get(i).name();
            }
        }
        return null;
    }
}
