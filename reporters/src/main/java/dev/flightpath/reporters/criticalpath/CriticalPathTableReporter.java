package dev.flightpath.reporters.criticalpath;

import dev.flightpath.analyzers.criticalpath.Contribution;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.criticalpath.PathSegment;
import dev.flightpath.analyzers.criticalpath.TracePath;
import dev.flightpath.reporters.terminal.TerminalStyle;
import dev.flightpath.reporters.terminal.TextTable;
import dev.flightpath.reporters.terminal.Units;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The critical-path analysis for people: the share of critical-path time per operation (process,
 * service), then each of the slowest paths as segments with offsets from its root's start. A path
 * with more than {@link #MAX_SEGMENTS} segments shows its longest ones, in time order.
 */
public final class CriticalPathTableReporter {
    static final int MAX_SEGMENTS = 40;
    private static final TextTable.Align L = TextTable.Align.LEFT;
    private static final TextTable.Align R = TextTable.Align.RIGHT;

    private final TerminalStyle style;

    public CriticalPathTableReporter(TerminalStyle style) {
        this.style = style;
    }

    public void write(CriticalPathReport report, PrintWriter out) {
        String group = GroupNames.field(report.groupBy());
        out.println(style.heading(" Critical path by " + group) + style.label(" (" + Units.count(report.paths())
                + " paths in " + Units.count(report.traces()) + " traces, " + Units.duration(report.totalNanos())
                + " in all)"));
        if (report.estimated()) {
            out.println(" " + style.warning("estimated: spans are sampled; times and percentiles are weighted"));
        }
        out.println();
        if (report.paths() == 0) {
            out.println(" No spans to follow.");
            out.flush();
            return;
        }
        TextTable table = new TextTable(
                new String[] {"#", GroupNames.title(report.groupBy()), "Time", "Share", "Paths", "p50", "p95", "p99",
                    "Self", "Running", "Queue wait"},
                new TextTable.Align[] {R, L, R, R, R, R, R, R, R, R, R});
        int rank = 1;
        for (Contribution c : report.contributions()) {
            table.addRow(Integer.toString(rank++), c.name(), Units.duration(c.totalNanos()), Units.percent(c.share()),
                    Units.count(c.traces()), Units.duration(c.p50Nanos()), Units.duration(c.p95Nanos()),
                    Units.duration(c.p99Nanos()), Units.duration(c.selfNanos()), Units.duration(c.runningNanos()),
                    Units.duration(c.queueWaitNanos()));
        }
        table.write(out, style);
        rank = 1;
        for (TracePath path : report.slowest()) {
            out.println();
            out.println(style.heading(" " + rank++ + ". " + path.operation() + "  " + Units.duration(path.durationNanos()))
                    + style.label("  trace " + path.traceId() + ", root span " + path.rootSpanId() + ", from "
                            + Units.utcTime(path.startNanos())));
            if (path.upstream() != null) {
                out.println(style.label("    after '" + path.upstream().operation() + "' (trace "
                        + path.upstream().traceId() + ", span " + path.upstream().spanId() + ") and a queue wait of ")
                        + style.number(Units.duration(path.upstream().queueWaitNanos())));
            }
            segments(out, path);
        }
        out.flush();
    }

    private void segments(PrintWriter out, TracePath path) {
        List<PathSegment> shown = path.segments();
        if (shown.size() > MAX_SEGMENTS) {
            List<PathSegment> longest = new ArrayList<>(shown);
            longest.sort(Comparator.comparingLong(PathSegment::durationNanos).reversed()
                    .thenComparingLong(PathSegment::startNanos));
            shown = new ArrayList<>(longest.subList(0, MAX_SEGMENTS));
            shown.sort(Comparator.comparingLong(PathSegment::startNanos));
        }
        TextTable table = new TextTable(new String[] {"At", "Duration", "Share", "Kind", "Operation", "Process", "Span"},
                new TextTable.Align[] {R, R, R, L, L, L, L});
        for (PathSegment s : shown) {
            table.addRow("+" + Units.duration(s.startNanos() - path.startNanos()), Units.duration(s.durationNanos()),
                    Units.percent(path.durationNanos() == 0 ? 0 : (double) s.durationNanos() / path.durationNanos()),
                    s.kind().cliName(), s.operation(), s.process(), s.spanId());
        }
        table.write(out, style);
        if (shown.size() < path.segments().size()) {
            long hidden = path.durationNanos() - shown.stream().mapToLong(PathSegment::durationNanos).sum();
            out.println(style.label(" … " + Units.count(path.segments().size() - shown.size())
                    + " shorter segments not shown (" + Units.duration(hidden) + " together; all are in --format json)"));
        }
    }
}
