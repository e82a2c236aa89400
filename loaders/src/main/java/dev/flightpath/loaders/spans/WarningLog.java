package dev.flightpath.loaders.spans;

import dev.flightpath.model.LoadWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what a loader handled rather than failed on, one {@link LoadWarning} per code: the
 * first occurrence's message (so a file with 10,000 orphans gives one line, not 10,000) and the
 * count.
 */
public final class WarningLog {
    private final Map<String, String> firstMessages = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    public void add(String code, String message) {
        firstMessages.putIfAbsent(code, message);
        counts.merge(code, 1L, Long::sum);
    }

    public long count(String code) {
        return counts.getOrDefault(code, 0L);
    }

    public List<LoadWarning> toList() {
        List<LoadWarning> warnings = new ArrayList<>();
        for (Map.Entry<String, String> entry : firstMessages.entrySet()) {
            long count = counts.get(entry.getKey());
            String message = count == 1 ? entry.getValue()
                    : entry.getValue() + " (and " + (count - 1) + " more)";
            warnings.add(new LoadWarning(entry.getKey(), message, count));
        }
        return warnings;
    }
}
