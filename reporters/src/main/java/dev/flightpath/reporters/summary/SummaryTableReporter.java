package dev.flightpath.reporters.summary;

import dev.flightpath.analyzers.summary.RecordingSummary;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.SampleKind;
import dev.flightpath.reporters.terminal.TerminalStyle;
import dev.flightpath.reporters.terminal.TextTable;
import dev.flightpath.reporters.terminal.Units;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The summary for people: key facts, then event counts per type. */
public final class SummaryTableReporter {
    private final TerminalStyle style;

    public SummaryTableReporter(TerminalStyle style) {
        this.style = style;
    }

    public void write(RecordingSummary summary, PrintWriter out) {
        out.println(style.heading(" " + summary.file()));
        out.println();
        fact(out, "Format", formatLine(summary));
        if (!summary.producer().isEmpty()) {
            fact(out, "Producer", summary.producer());
        }
        if (!summary.runtime().isEmpty()) {
            fact(out, "Runtime", summary.runtime());
        }
        fact(out, "Start", summary.timeBase() == RecordingInfo.TimeBase.EPOCH ? Units.utcTime(summary.startNanos())
                : Units.count(summary.startNanos()) + " ns on " + ClockName.of(summary.format(), summary.timeBase()));
        fact(out, "Duration", Units.duration(summary.durationNanos()));
        fact(out, "Events", style.number(Units.count(summary.totalEvents())) + " in "
                + Units.count(summary.eventCounts().size()) + " types");
        fact(out, processLabel(summary), style.number(Units.count(summary.processes())) + kinds(summary.processesByKind()));
        if (summary.format() != InputFormat.JFR || summary.spans() > 0) {
            fact(out, "Traces", style.number(Units.count(summary.traces())));
            fact(out, "Spans", style.number(Units.count(summary.spans())));
        }
        if (summary.messages() > 0 || summary.format() == InputFormat.BEAM_TRACE || summary.format() != InputFormat.JFR) {
            fact(out, "Messages", style.number(Units.count(summary.messages())));
        }
        if (summary.sampled()) {
            fact(out, "Sampled", style.warning(String.format(Locale.ROOT,
                    "%s of %s spans and %s of %s messages stand for more than one: they estimate %s spans and %s messages",
                    Units.count(summary.sampledSpans()), Units.count(summary.spans()),
                    Units.count(summary.sampledMessages()), Units.count(summary.messages()),
                    Units.count(Math.round(summary.estimatedSpans())), Units.count(Math.round(summary.estimatedMessages())))));
        }
        if (summary.schedulingIntervals() > 0) {
            fact(out, "Scheduling", style.number(Units.count(summary.schedulingIntervals())) + " intervals");
        }
        if (!summary.samplesByKind().isEmpty()) {
            fact(out, "Samples", samples(summary.samplesByKind()));
        }
        if (summary.droppedEvents() > 0) {
            fact(out, "Dropped", style.warning(Units.count(summary.droppedEvents()) + " events dropped by the recorder"));
        }
        for (LoadWarning warning : summary.warnings()) {
            fact(out, "Warning", style.warning(warning.message()));
        }
        if (!summary.eventCounts().isEmpty()) {
            out.println();
            TextTable table = new TextTable(new String[] {"Event type", "Count", "Share"},
                    new TextTable.Align[] {TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT});
            for (Map.Entry<String, Long> entry : summary.eventCounts().entrySet()) {
                double share = summary.totalEvents() == 0 ? 0 : entry.getValue() / (double) summary.totalEvents();
                table.addRow(entry.getKey(), Units.count(entry.getValue()), Units.percent(share));
            }
            table.write(out, style);
        }
        out.flush();
    }

    private void fact(PrintWriter out, String label, String value) {
        out.println(" " + style.label(String.format(Locale.ROOT, "%-11s", label)) + " " + value);
    }

    private static String formatLine(RecordingSummary summary) {
        StringBuilder line = new StringBuilder(summary.format().description());
        if (!summary.formatVersion().isEmpty()) {
            line.append(' ').append(summary.formatVersion());
        }
        if (summary.format() == InputFormat.JFR) {
            line.append(", ").append(summary.chunks()).append(summary.chunks() == 1 ? " chunk" : " chunks");
        }
        if (summary.truncated()) {
            line.append(" (truncated)");
        }
        return line.toString();
    }

    private static String processLabel(RecordingSummary summary) {
        boolean onlyThreads = !summary.processesByKind().isEmpty() && summary.processesByKind().keySet().stream()
                .allMatch(kind -> kind == ProcessKind.THREAD || kind == ProcessKind.VIRTUAL_THREAD);
        return onlyThreads ? "Threads" : "Processes";
    }

    private static String kinds(Map<ProcessKind, Long> byKind) {
        if (byKind.size() < 2 && !byKind.containsKey(ProcessKind.VIRTUAL_THREAD)) {
            return "";
        }
        StringJoiner joiner = new StringJoiner(", ", " (", ")");
        byKind.forEach((kind, count) -> joiner.add(Units.count(count) + " " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return joiner.toString();
    }

    private static String samples(Map<SampleKind, Long> byKind) {
        StringJoiner joiner = new StringJoiner(", ");
        byKind.forEach((kind, count) -> joiner.add(Units.count(count) + " " + kind.cliName()));
        return joiner.toString();
    }
}
