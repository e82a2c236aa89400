package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.report.BaselineFigures;
import dev.flightpath.analyzers.report.CriticalPaths;
import dev.flightpath.analyzers.report.FlameGraph;
import dev.flightpath.analyzers.report.ReportAnalysis;
import dev.flightpath.analyzers.report.ReportAnalyzer;
import dev.flightpath.reporters.criticalpath.CriticalPathHtmlReporter;
import dev.flightpath.reporters.flame.FlameHtmlOptions;
import dev.flightpath.reporters.flame.FlameHtmlReporter;
import dev.flightpath.reporters.latency.LatencyJsonReporter;
import dev.flightpath.reporters.mailbox.MailboxJsonReporter;
import dev.flightpath.reporters.terminal.Units;
import dev.flightpath.reporters.web.WebPage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's sections made from its analysis, and its flame graphs' data elements. The graphs
 * are written first ({@link #writeGraphs}), since a graph's section says how its data merged the
 * timeline's windows; {@link #sections()} before that gives each graph's step as 0.
 */
final class ReportSections {
    private final ReportAnalysis analysis;
    private final String fileName;
    /** The flame section's graphs, then the comparison's. */
    private final List<FlameGraph> graphs = new ArrayList<>();
    private final int[] windowSteps;

    ReportSections(ReportAnalysis analysis) {
        this.analysis = analysis;
        this.fileName = analysis.file().getFileName().toString();
        graphs.addAll(analysis.flames().graphs());
        analysis.baseline().flatMap(BaselineFigures::flame).ifPresent(graphs::add);
        this.windowSteps = new int[graphs.size()];
    }

    boolean hasGraphs() {
        return !graphs.isEmpty();
    }

    /** Each graph's data in a {@code <script type="application/json" id="flame-graph-N">} element. */
    void writeGraphs(Writer out) throws IOException {
        for (int i = 0; i < graphs.size(); i++) {
            FlameGraph graph = graphs.get(i);
            out.write("<script type=\"application/json\" id=\"" + elementId(i) + "\">");
            try (JsonGenerator json = WebPage.dataGenerator(out)) {
                windowSteps[i] = FlameHtmlReporter.writeData(json, graph.tree(), graph.diff().orElse(null),
                        graph.windows().orElse(null), graph.maxWindowCells(), pageOptions(graph));
            }
            out.write("</script>\n");
        }
    }

    List<ReportSection> sections() {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(analysis.mailboxes().isPresent()
                ? new CommandJsonSection("mailboxes", "Mailboxes", "mailboxes",
                        json -> new MailboxJsonReporter().write(analysis.mailboxes().get(), json))
                : new PlaceholderSection("mailboxes", "Mailboxes", "No messages in this recording: record with "
                        + "flightpath's recorder events (TracedMailbox) or a BEAM trace to see mailboxes."));
        sections.add(analysis.latency().isPresent()
                ? new CommandJsonSection("latency", "Scheduler latency and lock waits", "latency",
                        json -> new LatencyJsonReporter().write(analysis.latency().get(), json))
                : new PlaceholderSection("latency", "Scheduler latency and lock waits", "No scheduling intervals "
                        + "or lock waits in this recording: record with flightpath's TracedExecutorService, a BEAM "
                        + "trace with 'running', or JFR with jdk.JavaMonitorEnter and jdk.ThreadPark enabled."));
        List<EmbeddedGraph> flames = new ArrayList<>();
        for (int i = 0; i < analysis.flames().graphs().size(); i++) {
            flames.add(embedded(i));
        }
        sections.add(new FlameSection("flame", "Flame graphs", flames, analysis.flames().hot(),
                analysis.flames().topMethods(), analysis.flames().hotWindows(), "No stack samples in this "
                        + "recording: record JFR with settings=profile, or async-profiler, to see flame graphs."));
        sections.add(analysis.criticalPaths().isPresent() ? criticalPathSection(analysis.criticalPaths().get())
                : new PlaceholderSection("critical-path", "Critical paths", "No spans in this recording: "
                        + "critical paths need an OpenTelemetry, Jaeger, Zipkin or Chrome span dump."));
        sections.add(analysis.baseline().isPresent() ? comparison(analysis.baseline().get())
                : new PlaceholderSection("comparison", "Comparison with a baseline", "No baseline: run with "
                        + "--baseline BASE to compare this recording's key figures and flame graph with an earlier one."));
        sections.add(analysis.verdicts().isPresent()
                ? new ChecksSection(analysis.verdicts().get().rulesFile().toString(), analysis.verdicts().get().result())
                : new PlaceholderSection("checks", "CI verdicts",
                        "No rules: run with --rules RULES.yaml to see the verdicts a CI gate would give."));
        return sections;
    }

    private static String elementId(int graph) {
        return "flame-graph-" + graph;
    }

    private EmbeddedGraph embedded(int i) {
        FlameGraph graph = graphs.get(i);
        return new EmbeddedGraph(elementId(i), graph.kind(), label(graph), graph.tree().sampleCount(), windowSteps[i],
                graph.countNoun());
    }

    private String baselineName() {
        return analysis.baseline().map(b -> b.baselineFile().getFileName().toString()).orElse("");
    }

    private String label(FlameGraph graph) {
        switch (graph.source()) {
            case SPANS: return "critical-path time";
            case DIFFERENCE: return graph.kind() + " against " + baselineName();
            default: return graph.kind();
        }
    }

    /** The titles the {@code flame} command would give the graph. */
    private FlameHtmlOptions pageOptions(FlameGraph graph) {
        String cut = graph.minWidthPercent() == ReportAnalyzer.FLAME_MIN_WIDTH_PERCENT
                ? "" : " \u00b7 frames under " + graph.minWidthPercent() + "% left out";
        long samples = graph.tree().sampleCount();
        switch (graph.source()) {
            case SPANS:
                return new FlameHtmlOptions("Critical-path flame graph: " + fileName, "critical-path time by span-name "
                        + "stack \u00b7 " + Units.count(samples) + " paths \u00b7 "
                        + Units.duration(graph.tree().totalWeight()) + cut, graph.minWidthPercent());
            case DIFFERENCE:
                return new FlameHtmlOptions("Differential flame graph: " + fileName + " against " + baselineName()
                        + " (" + graph.kind() + ")", subtitle(samples, graph.kind()) + " \u00b7 baseline: "
                        + Units.count(graph.diff().get().baseline().sampleCount()) + " samples", graph.minWidthPercent());
            default:
                return new FlameHtmlOptions("Flame graph: " + fileName + " (" + graph.kind() + ")",
                        subtitle(samples, graph.kind()) + cut, graph.minWidthPercent());
        }
    }

    private String subtitle(long samples, String kind) {
        String producer = analysis.summary().producer();
        return Units.count(samples) + " " + kind + " samples \u00b7 " + Units.duration(analysis.summary().durationNanos())
                + (producer.isEmpty() ? "" : " \u00b7 " + producer);
    }

    /**
     * The {@code critical-path} command's analysis, its figures per timeline window, and a waterfall
     * page of its slowest paths and, for brushing, the slowest of each part of the timeline as room allows.
     */
    private ReportSection criticalPathSection(CriticalPaths paths) {
        StringWriter page = new StringWriter();
        try {
            new CriticalPathHtmlReporter().writeNarrowable(paths.report(), paths.windows().slowest(),
                    paths.windows().windows(), paths.shown(), "the " + paths.shown() + " slowest overall and the "
                            + paths.slowestPerGroup() + " slowest of each of up to " + paths.pathGroups()
                            + " equal parts of the timeline, as room allows", paths.waterfallBudgetChars(),
                    "Critical paths: " + fileName, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CriticalPathSection(paths.report(), page.toString(), paths.windows());
    }

    private ReportSection comparison(BaselineFigures baseline) {
        String name = baseline.baselineFile().getFileName().toString();
        if (baseline.flame().isEmpty()) {
            return new ComparisonSection(name, baseline.windowMillis(), baseline.figures(), Optional.empty(),
                    "No stack samples of the same kind in both recordings (" + name
                            + "), so there is no differential flame graph.");
        }
        int index = graphs.size() - 1;
        FlameSection flame = new FlameSection("comparison", "Comparison with a baseline", List.of(embedded(index)),
                List.of(), 0, List.of(), "");
        return new ComparisonSection(name, baseline.windowMillis(), baseline.figures(), Optional.of(flame), "");
    }
}
