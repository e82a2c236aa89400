package dev.flightpath.analyzers.timeline;

import dev.flightpath.analyzers.flame.FlameOptions;
import dev.flightpath.analyzers.flame.HotAnalyzer;
import dev.flightpath.analyzers.flame.HotMethod;
import dev.flightpath.analyzers.flame.HotMethods;
import dev.flightpath.model.Recording;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the hot-method analysis once per group of timeline windows (at most {@code maxGroups}
 * groups), keeping the given methods: the same names and weights as {@code hot} with
 * {@code --from}/{@code --to} on each group.
 */
public final class HotWindowsAnalyzer {
    private HotWindowsAnalyzer() {
    }

    public static HotWindows analyze(Recording recording, FlameOptions options, Timeline timeline,
            List<String> methods, int maxGroups) {
        int step = Math.max(1, (timeline.windows() + maxGroups - 1) / maxGroups);
        int groups = (timeline.windows() + step - 1) / step;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < methods.size(); i++) {
            index.put(methods.get(i), i);
        }
        long[] totals = new long[groups];
        long[] cells = new long[groups * methods.size() * 4];
        int size = 0;
        for (int g = 0; g < groups; g++) {
            long from = g == 0 ? options.fromNanos()
                    : timeline.startNanos() + (long) g * step * timeline.windowNanos();
            long to = g == groups - 1 ? options.toNanos()
                    : timeline.startNanos() + (long) (g + 1) * step * timeline.windowNanos();
            FlameOptions window = new FlameOptions(options.kind(), options.total(), Math.max(from, options.fromNanos()),
                    Math.min(to, options.toNanos()), options.threads(), options.threadPattern(), options.includes(),
                    options.excludes(), options.reverse(), options.lines(), options.simple());
            if (window.toNanos() <= window.fromNanos()) {
                continue;
            }
            HotMethods hot = HotAnalyzer.hot(recording, window);
            totals[g] = hot.totalWeight();
            for (HotMethod method : hot.methods()) {
                Integer m = index.get(method.name());
                if (m != null) {
                    cells[size++] = g;
                    cells[size++] = m;
                    cells[size++] = method.selfWeight();
                    cells[size++] = method.totalWeight();
                }
            }
        }
        return new HotWindows(options.kind(), step, methods, totals, Arrays.copyOf(cells, size));
    }
}
