package dev.flightpath.analyzers.report;

import dev.flightpath.analyzers.check.BaselineComparison;
import dev.flightpath.analyzers.check.CheckAnalyzer;
import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.criticalpath.Contribution;
import dev.flightpath.analyzers.criticalpath.CriticalPathAnalyzer;
import dev.flightpath.analyzers.criticalpath.CriticalPathOptions;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.criticalpath.CriticalPathWindows;
import dev.flightpath.analyzers.criticalpath.CriticalPathWindowsAnalyzer;
import dev.flightpath.analyzers.criticalpath.SpanFlameAnalyzer;
import dev.flightpath.analyzers.findings.FindingInputs;
import dev.flightpath.analyzers.findings.FindingsAnalyzer;
import dev.flightpath.analyzers.flame.FlameAnalyzer;
import dev.flightpath.analyzers.flame.FlameDiffAnalyzer;
import dev.flightpath.analyzers.flame.FlameOptions;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.FlameWindows;
import dev.flightpath.analyzers.flame.HotAnalyzer;
import dev.flightpath.analyzers.flame.HotMethod;
import dev.flightpath.analyzers.flame.HotMethods;
import dev.flightpath.analyzers.flame.KeptNodes;
import dev.flightpath.analyzers.flame.SampleKinds;
import dev.flightpath.analyzers.flame.TimeWindows;
import dev.flightpath.analyzers.latency.GroupBy;
import dev.flightpath.analyzers.latency.LatencyAnalyzer;
import dev.flightpath.analyzers.latency.LatencyOptions;
import dev.flightpath.analyzers.latency.LatencyReport;
import dev.flightpath.analyzers.mailbox.MailboxAnalyzer;
import dev.flightpath.analyzers.mailbox.MailboxOptions;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.analyzers.summary.RecordingSummary;
import dev.flightpath.analyzers.summary.SummaryAnalyzer;
import dev.flightpath.analyzers.timeline.HotWindows;
import dev.flightpath.analyzers.timeline.HotWindowsAnalyzer;
import dev.flightpath.analyzers.timeline.LatencyWindowsAnalyzer;
import dev.flightpath.analyzers.timeline.Timeline;
import dev.flightpath.analyzers.timeline.TimelineAnalyzer;
import dev.flightpath.analyzers.timeline.TimelineOptions;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs the analyses of a report on one recording, with the same options as the terminal commands'
 * defaults so the page and the commands agree, and sets the page's size budgets.
 *
 * <p>Size caps, so the page of a large recording stays small: the timeline has at most
 * {@value #TIMELINE_WINDOWS} windows and depth series for the {@value #TOP_ROWS} worst mailboxes;
 * tables list the {@value #TOP_ROWS} worst mailboxes and latency groups and the
 * {@value #TOP_METHODS} hottest methods per kind; flame graphs leave out frames narrower than
 * {@value #FLAME_MIN_WIDTH_PERCENT}% of the whole, and when the graphs would pass
 * {@value #FLAME_BUDGET_CHARS} characters together, frames narrower than 0.1%, 0.5% or 2%. Each
 * flame graph carries its kept frames' self weights per timeline window, so brushing narrows it: at
 * most {@value #FLAME_WINDOW_CELLS} (frame, window) cells per graph, merging neighbouring windows
 * when there would be more. The critical-path section carries its table's operations per timeline
 * window and a waterfall of at most {@value #WATERFALL_BUDGET_CHARS} characters beyond its slowest paths.
 */
public final class ReportAnalyzer {
    public static final int TOP_ROWS = 10;
    public static final int TOP_METHODS = 30;
    public static final int TIMELINE_WINDOWS = 200;
    /** Sample kinds whose hot-method tables follow the timeline selection (the page shows two). */
    static final int HOT_TABLES = 2;
    /** Groups of timeline windows the hot-method tables are narrowed by. */
    static final int HOT_GROUPS = 50;
    public static final double FLAME_MIN_WIDTH_PERCENT = 0.02;
    /** Wider cut-offs tried in turn while a flame graph is over its share of the flame budget. */
    static final double[] FLAME_WIDER_PERCENTS = {0.1, 0.5, 2};
    /** Characters all flame graphs' data of a report may take together. */
    static final long FLAME_BUDGET_CHARS = 6_000_000;
    /** About what one node takes in a flame graph's data: its label, depth step, total and self. */
    static final long CHARS_PER_NODE = 24;
    /** (Frame, window) cells of self weight a flame graph may carry: about 8 characters each. */
    static final long FLAME_WINDOW_CELLS = 150_000;
    /** Groups of timeline windows the waterfall keeps slow paths for. */
    static final int PATH_GROUPS = 25;
    /** Slowest paths kept per window group, besides the slowest overall. */
    static final int SLOWEST_PER_GROUP = 3;
    /** Characters the waterfall page may take with the paths kept for brushing. */
    static final long WATERFALL_BUDGET_CHARS = 600_000;

    private final Recording recording;
    private final ReportOptions options;

    private ReportAnalyzer(Recording recording, ReportOptions options) {
        this.recording = recording;
        this.options = options;
    }

    public static ReportAnalysis analyze(Recording recording, ReportOptions options) {
        return new ReportAnalyzer(recording, options).analyze();
    }

    private ReportAnalysis analyze() {
        long from = options.fromNanos();
        long to = options.toNanos();
        RecordingSummary summary = SummaryAnalyzer.summarize(options.file().toString(), recording);
        Optional<MailboxReport> mailboxes = recording.messages().size() > 0
                ? Optional.of(MailboxAnalyzer.analyze(recording, MailboxOptions.defaults().withWindow(from, to)))
                : Optional.empty();
        Optional<LatencyReport> latency = LatencyAnalyzer.hasLatencyData(recording)
                ? Optional.of(LatencyAnalyzer.analyze(recording, LatencyOptions.by(GroupBy.PROCESS).withRange(from, to)))
                : Optional.empty();
        Timeline timeline = TimelineAnalyzer.analyze(recording, mailboxes.orElse(null), recording.pauses(),
                new TimelineOptions(TIMELINE_WINDOWS, TOP_ROWS));
        if (latency.isPresent()) {
            timeline = timeline.withGroupWaits(LatencyWindowsAnalyzer.analyze(recording, recording.pauses(),
                    LatencyOptions.by(GroupBy.PROCESS), timeline, latency.get().top(TOP_ROWS).groups()));
        }
        TimeWindows windows = new TimeWindows(timeline.startNanos(), timeline.windowNanos(), timeline.windows());
        FlameGraphs flames = flames(timeline, windows);
        Optional<CriticalPathReport> paths = recording.spans().isEmpty() ? Optional.empty()
                : Optional.of(CriticalPathAnalyzer.analyze(recording, criticalPathOptions()));
        Optional<CheckResult> checks = options.rules()
                .map(rules -> CheckAnalyzer.evaluate(rules.rules(), recording,
                        options.baseline().map(ReportOptions.Baseline::recording).orElse(null)));
        FindingInputs inputs = new FindingInputs(summary, mailboxes, latency, flames.hot(), recording.pauses(),
                paths, checks);
        return new ReportAnalysis(options.file(), summary,
                DataCoverage.of(summary, mailboxes.map(MailboxReport::estimated).orElse(false), recording.pauses(),
                        recording.cpuLoad()),
                FindingsAnalyzer.standard().evaluate(inputs), timeline, from, to,
                mailboxes.map(report -> report.top(TOP_ROWS)), latency.map(report -> report.top(TOP_ROWS)), flames,
                paths.map(report -> criticalPaths(report, windows)), options.baseline().map(this::baseline),
                checks.map(result -> new RuleVerdicts(options.rules().get().file(), result)));
    }

    private FlameGraphs flames(Timeline timeline, TimeWindows windows) {
        Map<SampleKind, Long> counts = SampleKinds.counts(recording);
        List<SampleKind> kinds = new ArrayList<>();
        SampleKinds.defaultKind(counts).ifPresent(kinds::add);
        for (SampleKind kind : counts.keySet()) {
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        boolean spanGraph = !recording.spans().isEmpty();
        long budget = FLAME_BUDGET_CHARS / Math.max(1, kinds.size() + (spanGraph ? 1 : 0));
        List<FlameGraph> graphs = new ArrayList<>();
        List<HotMethods> hot = new ArrayList<>();
        List<HotWindows> hotWindows = new ArrayList<>();
        for (SampleKind kind : kinds) {
            FlameOptions flameOptions = flameOptions(kind);
            FlameWindows windowed = FlameAnalyzer.buildWindowed(recording, flameOptions, windows);
            if (windowed.tree().sampleCount() == 0) {
                continue;
            }
            HotMethods methods = HotAnalyzer.hot(recording, flameOptions);
            hot.add(methods);
            if (hotWindows.size() < HOT_TABLES) {
                List<String> names = methods.methods().stream().limit(TOP_METHODS).map(HotMethod::name)
                        .collect(Collectors.toList());
                hotWindows.add(HotWindowsAnalyzer.analyze(recording, flameOptions, timeline, names, HOT_GROUPS));
            }
            graphs.add(new FlameGraph(FlameGraph.Source.SAMPLES, kind.cliName(), windowed.tree(),
                    Optional.of(windowed), Optional.empty(), minWidthWithin(windowed.tree(), budget), FLAME_WINDOW_CELLS));
        }
        if (spanGraph) {
            // Span data's flame graph, as flame draws it for a span dump: critical-path time by span-name stack.
            FlameWindows windowed = SpanFlameAnalyzer.buildWindowed(recording, criticalPathOptions(), windows);
            graphs.add(new FlameGraph(FlameGraph.Source.SPANS, "span", windowed.tree(), Optional.of(windowed),
                    Optional.empty(), minWidthWithin(windowed.tree(), budget), FLAME_WINDOW_CELLS));
        }
        return new FlameGraphs(graphs, hot, TOP_METHODS, hotWindows);
    }

    /** The narrowest cut-off, of the default and the wider ones, whose kept frames fit the budget (else the widest). */
    static double minWidthWithin(FlameTree tree, long budgetChars) {
        double width = FLAME_MIN_WIDTH_PERCENT;
        for (int i = 0; KeptNodes.of(tree, width).length * CHARS_PER_NODE > budgetChars
                && i < FLAME_WIDER_PERCENTS.length; i++) {
            width = FLAME_WIDER_PERCENTS[i];
        }
        return width;
    }

    private FlameOptions flameOptions(SampleKind kind) {
        FlameOptions all = FlameOptions.of(kind);
        return new FlameOptions(kind, false, options.fromNanos(), options.toNanos(), all.threads(), all.threadPattern(),
                all.includes(), all.excludes(), all.reverse(), all.lines(), all.simple());
    }

    private CriticalPathOptions criticalPathOptions() {
        return CriticalPathOptions.defaults().withRange(options.fromNanos(), options.toNanos());
    }

    /**
     * The analysis {@code critical-path} makes with its defaults (by operation, the slowest paths),
     * and for brushing: the table's operations per timeline window and the slowest paths of each of
     * {@value #PATH_GROUPS} window groups ({@value #SLOWEST_PER_GROUP} each).
     */
    private CriticalPaths criticalPaths(CriticalPathReport analysis, TimeWindows windows) {
        CriticalPathOptions pathOptions = criticalPathOptions();
        CriticalPathReport report = analysis.top(pathOptions.slowest());
        List<String> operations = report.contributions().stream().map(Contribution::name).collect(Collectors.toList());
        CriticalPathWindows byWindow = CriticalPathWindowsAnalyzer.analyze(recording, pathOptions, windows, operations,
                PATH_GROUPS, SLOWEST_PER_GROUP);
        return new CriticalPaths(report, byWindow, pathOptions.slowest(), PATH_GROUPS, SLOWEST_PER_GROUP,
                WATERFALL_BUDGET_CHARS);
    }

    private BaselineFigures baseline(ReportOptions.Baseline baseline) {
        Recording base = baseline.recording();
        long windowMillis = BaselineComparison.windowMillis(recording, base);
        CheckResult figures = BaselineComparison.compare(recording, base);
        Optional<SampleKind> kind = SampleKinds.defaultKind(SampleKinds.counts(recording));
        if (kind.isEmpty() || !SampleKinds.counts(base).containsKey(kind.get())) {
            return new BaselineFigures(baseline.file(), windowMillis, figures, Optional.empty());
        }
        FlameTree current = FlameAnalyzer.build(recording, flameOptions(kind.get()));
        FlameTree previous = FlameAnalyzer.build(base, FlameOptions.of(kind.get()));
        FlameGraph diff = new FlameGraph(FlameGraph.Source.DIFFERENCE, kind.get().cliName(), current, Optional.empty(),
                Optional.of(FlameDiffAnalyzer.diff(current, previous)), FLAME_MIN_WIDTH_PERCENT, 0);
        return new BaselineFigures(baseline.file(), windowMillis, figures, Optional.of(diff));
    }
}
