package dev.flightpath.reporters.latency;

import dev.flightpath.analyzers.latency.HistogramBucket;
import dev.flightpath.analyzers.latency.LatencyAnalyzer;
import dev.flightpath.analyzers.latency.LatencyGroup;
import dev.flightpath.analyzers.latency.LatencyReport;
import dev.flightpath.analyzers.latency.WorstWindow;
import dev.flightpath.analyzers.stats.DurationStats;
import dev.flightpath.reporters.terminal.Bar;
import dev.flightpath.reporters.terminal.TerminalStyle;
import dev.flightpath.reporters.terminal.TextTable;
import dev.flightpath.reporters.terminal.Units;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The latency analysis for people: a ranked table, then per group a histogram by decade and the
 * worst windows. Times are offsets from the recording start ("+1.234567 s"), never dates, so
 * monotonic clocks read the same as epoch ones.
 */
public final class LatencyTableReporter {
    private static final TextTable.Align L = TextTable.Align.LEFT;
    private static final TextTable.Align R = TextTable.Align.RIGHT;
    private static final int BAR_WIDTH = 30;

    private final TerminalStyle style;

    public LatencyTableReporter(TerminalStyle style) {
        this.style = style;
    }

    public void write(LatencyReport report, PrintWriter out) {
        String by = report.groupBy().name().toLowerCase(Locale.ROOT);
        out.println(style.heading(" Waits by " + by + ", worst first") + style.label(" (by total wait)"));
        out.println();
        if (report.groups().isEmpty()) {
            out.println(" No waits.");
            out.flush();
            return;
        }
        TextTable table = new TextTable(
                new String[] {"#", capitalised(by), "Category", "Count", "p50", "p90", "p99", "p99.9", "max", "Total",
                    "Waiting"},
                new TextTable.Align[] {R, L, L, R, R, R, R, R, R, R, R});
        int rank = 1;
        for (LatencyGroup group : report.groups()) {
            DurationStats s = group.stats();
            table.addRow(Integer.toString(rank++), group.group(), group.category().cliName(), Units.count(s.count()),
                    Units.duration(s.p50Nanos()), Units.duration(s.p90Nanos()), Units.duration(s.p99Nanos()),
                    Units.duration(s.p999Nanos()), Units.duration(s.maxNanos()), Units.duration(s.totalNanos()),
                    Double.isNaN(group.waitShare()) ? "–" : Units.percent(group.waitShare()));
        }
        table.write(out, style);
        out.println(style.label(" Waiting: share of runnable work's wall time spent waiting to run"));
        for (String note : notes(report)) {
            out.println(style.label(" " + note));
        }
        rank = 1;
        for (LatencyGroup group : report.groups()) {
            out.println();
            out.println(style.heading(String.format(Locale.ROOT, " %d. %s, %s", rank++, group.group(),
                    group.category().cliName())));
            histogram(out, group);
            if (!group.worstWindows().isEmpty()) {
                StringJoiner worst = new StringJoiner("; ");
                for (WorstWindow window : group.worstWindows()) {
                    worst.add(Units.offset(window.startNanos(), report.recordingStartNanos()) + " p99 "
                            + Units.duration(window.p99Nanos()) + " (" + Units.count(window.count()) + ")");
                }
                out.println("    " + style.label("Worst " + Units.duration(report.windowNanos()) + " windows:") + " "
                        + worst);
            }
        }
        out.flush();
    }

    /** Why waits are in the groups that are not a scheduler, when grouping by scheduler. */
    static java.util.List<String> notes(LatencyReport report) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (report.groupBy() != dev.flightpath.analyzers.latency.GroupBy.SCHEDULER) {
            return notes;
        }
        boolean unknown = false;
        boolean none = false;
        for (LatencyGroup group : report.groups()) {
            unknown |= group.group().equals(LatencyAnalyzer.UNKNOWN_SCHEDULER);
            none |= group.group().equals(LatencyAnalyzer.NO_SCHEDULER);
        }
        if (unknown) {
            notes.add(LatencyAnalyzer.UNKNOWN_SCHEDULER + ": the scheduling intervals carry no scheduler id "
                    + "(a BEAM trace has them only with the scheduler_id trace flag)");
        }
        if (none) {
            notes.add(LatencyAnalyzer.NO_SCHEDULER + ": blocked time and a thread's pauses belong to no scheduler");
        }
        return notes;
    }

    private void histogram(PrintWriter out, LatencyGroup group) {
        long max = 0;
        int width = 0;
        for (HistogramBucket bucket : group.histogram()) {
            max = Math.max(max, bucket.count());
            width = Math.max(width, range(bucket).length());
        }
        for (HistogramBucket bucket : group.histogram()) {
            out.println(String.format(Locale.ROOT, "    %-" + width + "s %10s %s", range(bucket),
                    Units.count(bucket.count()), style.number(Bar.of(bucket.count(), max, BAR_WIDTH))).stripTrailing());
        }
    }

    private static String range(HistogramBucket bucket) {
        String high = bucket.highNanos() == Long.MAX_VALUE ? "∞" : Units.duration(bucket.highNanos());
        return Units.duration(bucket.lowNanos()) + " – " + high;
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
