package dev.flightpath.reporters.fanout;

import dev.flightpath.analyzers.fanout.BroadcastResult;
import dev.flightpath.analyzers.fanout.Estimate;
import dev.flightpath.analyzers.fanout.FanoutReport;
import dev.flightpath.analyzers.fanout.RecipientDelay;
import dev.flightpath.analyzers.fanout.SenderSummary;
import dev.flightpath.analyzers.fanout.SizeBucket;
import dev.flightpath.analyzers.fanout.SlowRecipient;
import dev.flightpath.reporters.terminal.TerminalStyle;
import dev.flightpath.reporters.terminal.TextTable;
import dev.flightpath.reporters.terminal.Units;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The fan-out analysis for people: time to everyone per size range (with sampling), the senders,
 * the slowest broadcasts with their slowest recipients, and the recipients that are last most
 * often. Send times are offsets from the recording start.
 */
public final class FanoutTableReporter {
    private static final TextTable.Align L = TextTable.Align.LEFT;
    private static final TextTable.Align R = TextTable.Align.RIGHT;

    private final TerminalStyle style;

    public FanoutTableReporter(TerminalStyle style) {
        this.style = style;
    }

    public void write(FanoutReport report, PrintWriter out) {
        out.println(style.heading(" Broadcasts") + style.label(" (one message sent to N recipients)"));
        StringJoiner rules = new StringJoiner(", ");
        new TreeMap<>(report.rules()).forEach((rule, count) -> rules.add(rule + " " + Units.count(count)));
        out.println(" " + style.label("Found") + "  " + Units.count(report.broadcasts()) + " broadcasts, "
                + Units.count(report.deliveries()) + " deliveries" + (report.broadcasts() > 0 ? " (" + rules + ")" : ""));
        if (report.estimated()) {
            out.println(" " + style.label("Estimated") + "  " + estimate(report.estimatedBroadcasts()) + " broadcasts, "
                    + estimate(report.estimatedDeliveries()) + " deliveries (95% interval; sampled)");
        }
        out.println(" " + style.label("Arrival") + "  " + timing(report.timing()));
        out.println();
        if (report.broadcasts() == 0) {
            out.println(" No broadcasts found.");
            out.flush();
            return;
        }
        sizes(report, out);
        senders(report, out);
        slowest(report, out);
        recipients(report, out);
        out.flush();
    }

    private static String timing(String timing) {
        switch (timing) {
            case "dequeue":
                return "a recipient has a copy when it takes it from its mailbox (dequeue)";
            case "handled":
                return "no dequeue is traced: a recipient has a copy when it has handled it";
            case "mixed":
                return "dequeue where traced, else the end of handling";
            default:
                return "no copy was seen arriving";
        }
    }

    private void sizes(FanoutReport report, PrintWriter out) {
        out.println(style.heading(" Time to everyone by fan-out size") + style.label(" (send to last recipient)"));
        TextTable table = new TextTable(
                new String[] {"Size", "Broadcasts", "Deliveries", "p50", "p95", "p99", "max", "Sampled",
                    "Est. broadcasts", "Rate for " + report.options().targetPerBucket()},
                new TextTable.Align[] {L, R, R, R, R, R, R, R, R, R});
        boolean few = false;
        for (SizeBucket bucket : report.bySize()) {
            few |= bucket.fewSamples();
            table.addRow(range(bucket), Units.count(bucket.broadcasts()), Units.count(bucket.deliveries()),
                    Units.duration(bucket.toLastP50Nanos()), Units.duration(bucket.toLastP95Nanos()),
                    Units.duration(bucket.toLastP99Nanos()), Units.duration(bucket.toLastMaxNanos()),
                    Units.percent(bucket.samplingRate()),
                    estimate(bucket.estimatedBroadcasts()) + (bucket.fewSamples() ? " !" : ""),
                    Units.percent(bucket.recommendedRate()));
        }
        table.write(out, style);
        if (few) {
            out.println(" " + style.warning("! fewer than " + report.options().minSamples()
                    + " sampled broadcasts: the estimate is rough"));
        }
        out.println(style.label(" Rate for T: the sampling rate that keeps T broadcasts per size range, min(1, T / estimated)"));
        out.println();
    }

    private void senders(FanoutReport report, PrintWriter out) {
        out.println(style.heading(" Senders"));
        TextTable table = new TextTable(new String[] {"Sender", "Broadcasts", "Deliveries", "Size min", "p50", "max"},
                new TextTable.Align[] {L, R, R, R, R, R});
        for (SenderSummary sender : report.senders()) {
            table.addRow(sender.sender(), Units.count(sender.broadcasts()), Units.count(sender.deliveries()),
                    Units.count(sender.sizeMin()), Units.count(sender.sizeP50()), Units.count(sender.sizeMax()));
        }
        table.write(out, style);
        out.println();
    }

    private void slowest(FanoutReport report, PrintWriter out) {
        out.println(style.heading(" Slowest broadcasts") + style.label(" (times from the first enqueue)"));
        TextTable table = new TextTable(
                new String[] {"Sent", "Sender", "Operation", "Size", "First", "Median", "Last", "Handled",
                    "Work", "Slowest recipients (depth ahead)"},
                new TextTable.Align[] {R, L, L, R, R, R, R, R, R, L});
        for (BroadcastResult broadcast : report.slowest()) {
            StringJoiner recipients = new StringJoiner(", ");
            for (RecipientDelay recipient : broadcast.slowestRecipients()) {
                recipients.add(recipient.recipient() + " " + Units.duration(recipient.toDequeueNanos()) + " ("
                        + Units.count(recipient.depthAhead()) + ")");
            }
            table.addRow(Units.offset(broadcast.sendNanos(), report.recordingStartNanos()), broadcast.sender(),
                    broadcast.operation(), Units.count(broadcast.size()), time(broadcast.toFirstNanos()),
                    time(broadcast.toMedianNanos()), time(broadcast.toLastNanos()),
                    time(broadcast.toLastHandledNanos()), Units.duration(broadcast.handlingWorkNanos()),
                    recipients.toString());
        }
        table.write(out, style);
        out.println();
    }

    private void recipients(FanoutReport report, PrintWriter out) {
        if (report.slowRecipients().isEmpty()) {
            return;
        }
        out.println(style.heading(" Last to get it, most often") + style.label(" (broadcasts of 2 or more)"));
        TextTable table = new TextTable(new String[] {"Recipient", "Times last", "Share"},
                new TextTable.Align[] {L, R, R});
        for (SlowRecipient recipient : report.slowRecipients()) {
            table.addRow(recipient.recipient(), String.format(Locale.ROOT, "%,.0f", recipient.timesLast()),
                    Units.percent(recipient.share()));
        }
        table.write(out, style);
    }

    private static String range(SizeBucket bucket) {
        if (bucket.sizeMax() == SizeBucket.UNBOUNDED) {
            return "> " + Units.count(bucket.sizeMin() - 1L);
        }
        return bucket.sizeMin() == bucket.sizeMax() ? Units.count(bucket.sizeMin())
                : Units.count(bucket.sizeMin()) + "–" + Units.count(bucket.sizeMax());
    }

    private static String estimate(Estimate estimate) {
        if (estimate.exact()) {
            return String.format(Locale.ROOT, "%,.0f", estimate.value());
        }
        return String.format(Locale.ROOT, "%,.0f [%,.0f–%,.0f]", estimate.value(), estimate.low(), estimate.high());
    }

    private static String time(long nanos) {
        return nanos == BroadcastResult.UNKNOWN ? "–" : Units.duration(nanos);
    }

}
