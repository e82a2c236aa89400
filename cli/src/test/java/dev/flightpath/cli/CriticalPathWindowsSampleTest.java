package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.criticalpath.Contribution;
import dev.flightpath.analyzers.criticalpath.CriticalPathAnalyzer;
import dev.flightpath.analyzers.criticalpath.CriticalPathOptions;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.criticalpath.CriticalPathWindows;
import dev.flightpath.analyzers.criticalpath.CriticalPathWindowsAnalyzer;
import dev.flightpath.analyzers.criticalpath.OperationWindows;
import dev.flightpath.analyzers.criticalpath.PathSegment;
import dev.flightpath.analyzers.criticalpath.SegmentKind;
import dev.flightpath.analyzers.criticalpath.TracePath;
import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.analyzers.stats.WeightedPercentile;
import dev.flightpath.analyzers.timeline.LogBuckets;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.Recording;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The critical-path figures per window of the OTLP sample against each path's own segments: for a
 * range of windows, every operation's paths and time split are those of the paths whose root starts
 * in it, and its percentiles are within one log bucket of the exact weighted ones.
 */
class CriticalPathWindowsSampleTest {

    @Test
    void aWindowRangeHasTheFiguresOfThePathsStartingInIt() throws Exception {
        Recording recording = RecordingLoader.load(TestFiles.sample("guild-fanout-otlp.jsonl"), null,
                LoadRequest.everything());
        CriticalPathReport report = CriticalPathAnalyzer.analyze(recording, CriticalPathOptions.defaults());
        List<TracePath> paths = CriticalPathAnalyzer.paths(recording);
        long start = paths.stream().mapToLong(TracePath::startNanos).min().orElseThrow();
        long end = paths.stream().mapToLong(TracePath::endNanos).max().orElseThrow();
        TimeWindows windows = new TimeWindows(start, Math.max(1, (end - start) / 40 + 1), 40);
        List<String> names = report.contributions().stream().map(Contribution::name).collect(Collectors.toList());
        CriticalPathWindows byWindow = CriticalPathWindowsAnalyzer.analyze(recording, CriticalPathOptions.defaults(),
                windows, names, 10, 3);
        int w0 = 10;
        int w1 = 24;
        long pathsIn = 0;
        for (TracePath path : paths) {
            int w = windows.windowOf(path.startNanos());
            pathsIn += w >= w0 && w <= w1 ? 1 : 0;
        }
        assertTrue(pathsIn > 0 && pathsIn < paths.size(), pathsIn + " paths in the range");
        long windowPaths = 0;
        for (int w = w0; w <= w1; w++) {
            windowPaths += byWindow.paths()[w];
        }
        assertEquals(pathsIn, windowPaths);

        for (OperationWindows operation : byWindow.operations()) {
            double[] kinds = new double[SegmentKind.values().length];
            long on = 0;
            List<Long> parts = new ArrayList<>();
            List<Long> weights = new ArrayList<>();
            for (TracePath path : paths) {
                int w = windows.windowOf(path.startNanos());
                if (w < w0 || w > w1) {
                    continue;
                }
                long part = 0;
                for (PathSegment s : path.segments()) {
                    if (s.operation().equals(operation.name())) {
                        kinds[s.kind().ordinal()] += path.weight() * s.durationNanos();
                        part += s.durationNanos();
                    }
                }
                if (part > 0) {
                    on++;
                    parts.add(part);
                    weights.add(Math.max(1, Math.round(path.weight() * 1000)));
                }
            }
            long onInWindows = 0;
            double self = 0;
            double running = 0;
            double queueWait = 0;
            for (int w = w0; w <= w1; w++) {
                onInWindows += operation.paths()[w];
                self += operation.selfNanos()[w];
                running += operation.runningNanos()[w];
                queueWait += operation.queueWaitNanos()[w];
            }
            String name = operation.name();
            assertEquals(on, onInWindows, name);
            assertEquals(Math.round(kinds[SegmentKind.SELF.ordinal()]), Math.round(self), name);
            assertEquals(Math.round(kinds[SegmentKind.RUNNING.ordinal()]), Math.round(running), name);
            assertEquals(Math.round(kinds[SegmentKind.QUEUE_WAIT.ordinal()]), Math.round(queueWait), name);
            if (on == 0) {
                continue;
            }
            WeightedPercentile exact = new WeightedPercentile(parts.stream().mapToLong(Long::longValue).toArray(),
                    weights.stream().mapToLong(Long::longValue).toArray());
            for (double p : new double[] {50, 95, 99}) {
                long fromBuckets = percentileIn(operation, w0, w1, p);
                int bucket = LogBuckets.of(exact.at(p));
                assertTrue(fromBuckets >= exact.at(p) && fromBuckets < LogBuckets.upperNanos(bucket),
                        name + " p" + p + ": " + fromBuckets + " for exactly " + exact.at(p));
            }
        }
    }

    /** As the page reads it: the nearest-rank bucket's top, capped at the range's greatest part. */
    private static long percentileIn(OperationWindows operation, int w0, int w1, double p) {
        long[] counts = new long[LogBuckets.COUNT];
        long total = 0;
        long[] cells = operation.perPath().cells();
        for (int i = 0; i < cells.length; i += 3) {
            if (cells[i] >= w0 && cells[i] <= w1) {
                counts[(int) cells[i + 1]] += cells[i + 2];
                total += cells[i + 2];
            }
        }
        long max = -1;
        for (int w = w0; w <= w1; w++) {
            max = Math.max(max, operation.perPath().maxNanos()[w]);
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100 * total));
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return Math.min(LogBuckets.upperNanos(b) - 1, max);
            }
        }
        return max;
    }
}
