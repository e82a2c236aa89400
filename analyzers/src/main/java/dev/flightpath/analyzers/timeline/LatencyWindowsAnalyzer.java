package dev.flightpath.analyzers.timeline;

import dev.flightpath.analyzers.latency.LatencyAnalyzer;
import dev.flightpath.analyzers.latency.LatencyCategory;
import dev.flightpath.analyzers.latency.LatencyGroup;
import dev.flightpath.analyzers.latency.LatencyOptions;
import dev.flightpath.model.PauseTable;
import dev.flightpath.model.Recording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The waits of chosen latency groups per timeline window: the same waits, groups and categories as
 * {@link LatencyAnalyzer} with the same options, each in the window of its time.
 */
public final class LatencyWindowsAnalyzer {
    private LatencyWindowsAnalyzer() {
    }

    /** One series per group given, in their order. */
    public static List<GroupWaitSeries> analyze(Recording recording, PauseTable pauses, LatencyOptions options,
            Timeline timeline, List<LatencyGroup> groups) {
        Map<String, WindowHistogram> byKey = new HashMap<>();
        List<GroupWaitSeries> series = new ArrayList<>();
        for (LatencyGroup group : groups) {
            WindowHistogram histogram = new WindowHistogram(timeline.windows());
            byKey.put(key(group.group(), group.category()), histogram);
            series.add(new GroupWaitSeries(group.group(), group.category(), histogram));
        }
        LatencyAnalyzer.forEachWait(recording, pauses, options, (group, category, timeNanos, waitNanos) -> {
            WindowHistogram histogram = byKey.get(key(group, category));
            if (histogram != null) {
                histogram.add(timeline.windowOf(timeNanos), waitNanos, 1);
            }
        });
        return series;
    }

    private static String key(String group, LatencyCategory category) {
        return category.name() + "\u0000" + group;
    }
}
