package dev.flightpath.reporters.mailbox;

import dev.flightpath.analyzers.mailbox.Contributor;
import dev.flightpath.analyzers.mailbox.Episode;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.analyzers.mailbox.MailboxStats;
import dev.flightpath.analyzers.mailbox.NamedAmount;
import dev.flightpath.model.RecordingInfo.TimeBase;
import dev.flightpath.reporters.terminal.Sparkline;
import dev.flightpath.reporters.terminal.TerminalStyle;
import dev.flightpath.reporters.terminal.TextTable;
import dev.flightpath.reporters.terminal.Units;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The mailbox analysis for people: a ranked table, depth sparklines, then the worst episode of
 * each mailbox. Times are offsets from the recording start ("+1.234567 s"); the window start is
 * also given as a UTC date when the recording's clock counts from the epoch, never when it is a
 * monotonic clock.
 */
public final class MailboxTableReporter {
    private static final TextTable.Align L = TextTable.Align.LEFT;
    private static final TextTable.Align R = TextTable.Align.RIGHT;

    private final TerminalStyle style;

    public MailboxTableReporter(TerminalStyle style) {
        this.style = style;
    }

    public void write(MailboxReport report, PrintWriter out) {
        out.println(style.heading(" Mailboxes, worst first") + style.label(" (by time messages spent queued)"));
        long origin = report.recordingStartNanos();
        String windowStart = Units.offset(report.windowStartNanos(), origin);
        out.println(" " + style.label("Window") + "  " + Units.duration(report.windowNanos()) + " from " + windowStart
                + (report.timeBase() == TimeBase.EPOCH
                        ? " (" + Units.utcTime(report.windowStartNanos()) + ")"
                        : " (monotonic clock: times are offsets from the recording start)"));
        if (report.estimated()) {
            out.println(" " + style.warning("estimated: messages are sampled; counts and percentiles are weighted"));
        }
        if (report.neverReceived() > 0) {
            out.println(" " + style.label("Not counted") + "  " + Units.count(report.neverReceived())
                    + " sent, never received (no enqueue in the recording)");
        }
        out.println();
        if (report.mailboxes().isEmpty()) {
            out.println(" No mailbox has messages in the window.");
            out.flush();
            return;
        }
        String over = "Time >" + report.overDepth();
        TextTable table = new TextTable(
                new String[] {"#", "Process", "Mailbox", "In", "Out", "Left", "Max depth", "Mean", "p99 depth",
                    over, "Wait p50", "p99", "p99.9", "max"},
                new TextTable.Align[] {R, L, L, R, R, R, R, R, R, R, R, R, R, R});
        int rank = 1;
        boolean unseen = false;
        for (MailboxStats m : report.mailboxes()) {
            unseen |= !m.dequeueSeen();
            table.addRow(Integer.toString(rank++), m.process(), m.mailbox() + (m.dequeueSeen() ? "" : " *"),
                    Units.count(m.enqueued()),
                    Units.count(m.dequeued()), Units.count(m.leftAtEnd()), Units.count(m.maxDepth()),
                    String.format(Locale.ROOT, "%.2f", m.meanDepth()), Units.count(m.depthP99()),
                    Units.duration(m.timeOverNanos()), wait(m, m.queueWait().p50Nanos()),
                    wait(m, m.queueWait().p99Nanos()), wait(m, m.queueWait().p999Nanos()),
                    wait(m, m.queueWait().maxNanos()));
        }
        table.write(out, style);
        if (unseen) {
            out.println(style.label(" * no dequeue seen (no traced dequeue point, or none taken): depth counts every"
                    + " message received; ranked last"));
        }
        out.println();
        out.println(style.heading(" Depth over time") + style.label(" (highest depth in each of equal slices)"));
        int width = 0;
        for (MailboxStats m : report.mailboxes()) {
            width = Math.max(width, name(m).length());
        }
        rank = 1;
        for (MailboxStats m : report.mailboxes()) {
            out.println(String.format(Locale.ROOT, " %2d %-" + width + "s │", rank++, name(m))
                    + style.number(Sparkline.of(m.depthSparkline())) + "│ max " + Units.count(m.maxDepth()));
        }
        rank = 1;
        for (MailboxStats m : report.mailboxes()) {
            out.println();
            out.println(style.heading(String.format(Locale.ROOT, " %d. %s", rank++, name(m))));
            details(out, report, m);
        }
        out.flush();
    }

    private void details(PrintWriter out, MailboxReport report, MailboxStats m) {
        long origin = report.recordingStartNanos();
        fact(out, "Depth", "max " + Units.count(m.maxDepth()) + " at " + offset(m.maxDepthAtNanos(), origin)
                + ", p50 " + Units.count(m.depthP50()) + ", p90 " + Units.count(m.depthP90())
                + ", p99 " + Units.count(m.depthP99()) + (m.depthAtStart() > 0
                        ? ", " + Units.count(m.depthAtStart()) + " waiting at start" : ""));
        fact(out, "Waits", Units.count(m.queueWait().count()) + " dequeued"
                + (m.leftAtEnd() > 0 ? ", " + style.warning(Units.count(m.leftAtEnd()) + " never dequeued") : "")
                + (m.dequeueSeen() ? "" : " (no dequeue seen in the recording)"));
        fact(out, "Senders", contributors(m.topSendersByWait()));
        fact(out, "Types", contributors(m.topTypesByWait()));
        Episode episode = m.worstEpisode();
        if (episode == null) {
            fact(out, "Episodes", "none above depth " + report.overDepth());
            return;
        }
        fact(out, "Episodes", m.episodeCount() + " above depth " + report.overDepth() + "; worst:");
        fact(out, "", offset(episode.startNanos(), origin) + " → peak " + Units.count(episode.peakDepth()) + " at "
                + offset(episode.peakAtNanos(), origin) + " → " + (episode.ongoing() ? "still queued at "
                : "") + offset(episode.endNanos(), origin) + " (" + Units.duration(episode.durationNanos()) + ")");
        fact(out, "", String.format(Locale.ROOT, "in %s/s, out %s/s (%s in, %s out)",
                rate(episode.inPerSecond()), rate(episode.outPerSecond()), Units.count(episode.in()),
                Units.count(episode.out())));
        if (!episode.handlingSpans().isEmpty()) {
            fact(out, "Doing", amounts(episode.handlingSpans(), Units::duration));
        }
        if (!episode.sampledFrames().isEmpty()) {
            fact(out, "Sampled", amounts(episode.sampledFrames(), count -> Units.count(count) + " samples"));
        }
    }

    private String wait(MailboxStats m, long nanos) {
        return m.queueWait().count() == 0 ? "–" : Units.duration(nanos);
    }

    /** "guild-proc guild", or the name once when the process and its mailbox share it ("guild", not "guild guild"). */
    static String name(MailboxStats m) {
        return m.process().equals(m.mailbox()) ? m.mailbox() : m.process() + " " + m.mailbox();
    }

    private static String offset(long nanos, long origin) {
        return Units.offset(nanos, origin);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond >= 100 ? "%.0f" : "%.1f", perSecond);
    }

    private static String contributors(List<Contributor> contributors) {
        if (contributors.isEmpty()) {
            return "–";
        }
        StringJoiner joiner = new StringJoiner("; ");
        for (Contributor c : contributors) {
            joiner.add((c.name().isEmpty() ? "(unknown)" : c.name()) + " " + Units.count(c.count()) + (c.count() == 1 ? " msg, " : " msgs, ")
                    + Units.duration(c.totalWaitNanos()) + " waited");
        }
        return joiner.toString();
    }

    private static String amounts(List<NamedAmount> amounts, Function<Long, String> unit) {
        StringJoiner joiner = new StringJoiner(", ");
        for (NamedAmount amount : amounts) {
            joiner.add(amount.name() + " " + unit.apply(amount.amount()));
        }
        return joiner.toString();
    }

    private void fact(PrintWriter out, String label, String value) {
        out.println("    " + style.label(String.format(Locale.ROOT, "%-9s", label)) + " " + value);
    }
}
