package dev.flightpath.cli;

import dev.flightpath.analyzers.check.BaselineComparison;
import dev.flightpath.analyzers.check.CheckAnalyzer;
import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.check.rules.RuleSet;
import dev.flightpath.analyzers.check.rules.RulesException;
import dev.flightpath.analyzers.check.rules.RulesParser;
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
import dev.flightpath.analyzers.flame.FlameDiff;
import dev.flightpath.analyzers.flame.FlameDiffAnalyzer;
import dev.flightpath.analyzers.flame.FlameOptions;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.FlameWindows;
import dev.flightpath.analyzers.flame.HotAnalyzer;
import dev.flightpath.analyzers.flame.HotMethod;
import dev.flightpath.analyzers.flame.HotMethods;
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
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.reporters.criticalpath.CriticalPathHtmlReporter;
import dev.flightpath.reporters.criticalpath.CriticalPathJsonReporter;
import dev.flightpath.reporters.flame.FlameHtmlOptions;
import dev.flightpath.reporters.flame.FlameHtmlReporter;
import dev.flightpath.reporters.latency.LatencyJsonReporter;
import dev.flightpath.reporters.mailbox.MailboxJsonReporter;
import dev.flightpath.reporters.report.ChecksSection;
import dev.flightpath.reporters.report.ComparisonSection;
import dev.flightpath.reporters.report.CriticalPathSection;
import dev.flightpath.reporters.report.DataCoverage;
import dev.flightpath.reporters.report.FlameGraphPage;
import dev.flightpath.reporters.report.FlameSection;
import dev.flightpath.reporters.report.PlaceholderSection;
import dev.flightpath.reporters.report.RawJsonSection;
import dev.flightpath.reporters.report.ReportDocument;
import dev.flightpath.reporters.report.ReportSection;
import dev.flightpath.reporters.summary.SummaryJsonReporter;
import dev.flightpath.reporters.terminal.Units;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs the analyses of a report on one recording and assembles its sections, with the same
 * options as the terminal commands' defaults so the page and the commands agree.
 *
 * <p>Size caps, so the page of a large recording stays small: the timeline has at most
 * {@value #TIMELINE_WINDOWS} windows and depth series for the {@value #TOP_ROWS} worst mailboxes;
 * tables list the {@value #TOP_ROWS} worst mailboxes and latency groups and the
 * {@value #TOP_METHODS} hottest methods per kind; flame graphs leave out frames narrower than
 * {@value #FLAME_MIN_WIDTH_PERCENT}% of the whole, and when the pages would pass
 * {@value #FLAME_BUDGET_CHARS} characters together, frames narrower than 0.1%, 0.5% or 2%. Each
 * flame graph carries its kept frames' self weights per timeline window, so brushing narrows it: at
 * most {@value #FLAME_WINDOW_CELLS} (frame, window) cells per graph, merging neighbouring windows
 * when there would be more. The critical-path section carries its table's operations per timeline
 * window and a waterfall of at most {@value #WATERFALL_BUDGET_CHARS} characters beyond its 10 slowest paths.
 */
final class ReportBuilder {
    static final int TOP_ROWS = 10;
    static final int TOP_METHODS = 30;
    static final int TIMELINE_WINDOWS = 200;
    /** Sample kinds whose hot-method tables follow the timeline selection (the page shows two). */
    static final int HOT_TABLES = 2;
    /** Groups of timeline windows the hot-method tables are narrowed by. */
    static final int HOT_GROUPS = 50;
    static final double FLAME_MIN_WIDTH_PERCENT = 0.02;
    /** Wider cut-offs tried in turn while a flame page is over its share of the flame budget. */
    static final double[] FLAME_WIDER_PERCENTS = {0.1, 0.5, 2};
    /** Characters all flame pages of a report may take together. */
    static final long FLAME_BUDGET_CHARS = 6_000_000;
    /** About what one node takes in a flame page's data: its label, depth step, total and self. */
    static final long CHARS_PER_NODE = 24;
    /** (Frame, window) cells of self weight a flame page may carry: about 8 characters each. */
    static final long FLAME_WINDOW_CELLS = 150_000;

    /** Groups of timeline windows the waterfall keeps slow paths for. */
    static final int PATH_GROUPS = 25;
    /** Slowest paths kept per window group, besides the slowest overall. */
    static final int SLOWEST_PER_GROUP = 3;
    /** Characters the waterfall page may take with the paths kept for brushing. */
    static final long WATERFALL_BUDGET_CHARS = 600_000;

    private final Path file;
    private final Recording recording;
    private final long fromNanos;
    private final long toNanos;
    private final String title;
    private final String generator;
    private Path baselineFile;
    private Recording baseline;
    private Path rulesFile;
    private String rulesText;

    ReportBuilder(Path file, Recording recording, long fromNanos, long toNanos, String title, String generator) {
        this.file = file;
        this.recording = recording;
        this.fromNanos = fromNanos;
        this.toNanos = toNanos;
        this.title = title;
        this.generator = generator;
    }

    ReportBuilder withBaseline(Path baselineFile, Recording baseline) {
        this.baselineFile = baselineFile;
        this.baseline = baseline;
        return this;
    }

    ReportBuilder withRules(Path rulesFile, String rulesText) {
        this.rulesFile = rulesFile;
        this.rulesText = rulesText;
        return this;
    }

    ReportDocument build() throws IOException, InputDataException {
        RecordingSummary summary = SummaryAnalyzer.summarize(file.toString(), recording);
        StringWriter summaryJson = new StringWriter();
        new SummaryJsonReporter().write(summary, summaryJson);

        Optional<MailboxReport> mailboxes = Optional.empty();
        if (recording.messages().size() > 0) {
            mailboxes = Optional.of(MailboxAnalyzer.analyze(recording,
                    MailboxOptions.defaults().withWindow(fromNanos, toNanos)));
        }
        Optional<LatencyReport> latency = LatencyAnalyzer.hasLatencyData(recording)
                ? Optional.of(LatencyAnalyzer.analyze(recording,
                        LatencyOptions.by(GroupBy.PROCESS).withRange(fromNanos, toNanos)))
                : Optional.empty();
        Timeline timeline = TimelineAnalyzer.analyze(recording, mailboxes.orElse(null), recording.pauses(),
                new TimelineOptions(TIMELINE_WINDOWS, TOP_ROWS));
        if (latency.isPresent()) {
            timeline = timeline.withGroupWaits(LatencyWindowsAnalyzer.analyze(recording, recording.pauses(),
                    LatencyOptions.by(GroupBy.PROCESS), timeline, latency.get().top(TOP_ROWS).groups()));
        }
        List<HotMethods> hot = new ArrayList<>();
        List<FlameGraphPage> graphs = new ArrayList<>();
        List<HotWindows> hotWindows = new ArrayList<>();
        flames(timeline, hot, graphs, hotWindows);

        List<ReportSection> sections = new ArrayList<>();
        sections.add(mailboxes.isPresent()
                ? new RawJsonSection("mailboxes", "Mailboxes", "mailboxes", mailboxJson(mailboxes.get()))
                : new PlaceholderSection("mailboxes", "Mailboxes", "No messages in this recording: record with "
                        + "flightpath's recorder events (TracedMailbox) or a BEAM trace to see mailboxes."));
        sections.add(latency.isPresent()
                ? new RawJsonSection("latency", "Scheduler latency and lock waits", "latency", latencyJson(latency.get()))
                : new PlaceholderSection("latency", "Scheduler latency and lock waits", "No scheduling intervals "
                        + "or lock waits in this recording: record with flightpath's TracedExecutorService, a BEAM "
                        + "trace with 'running', or JFR with jdk.JavaMonitorEnter and jdk.ThreadPark enabled."));
        sections.add(new FlameSection("flame", "Flame graphs", graphs, hot, TOP_METHODS, hotWindows, "No stack samples in this "
                + "recording: record JFR with settings=profile, or async-profiler, to see flame graphs."));
        Optional<CriticalPathReport> criticalPaths = Optional.empty();
        if (recording.spans().isEmpty()) {
            sections.add(new PlaceholderSection("critical-path", "Critical paths", "No spans in this recording: "
                    + "critical paths need an OpenTelemetry, Jaeger, Zipkin or Chrome span dump."));
        } else {
            criticalPaths = Optional.of(CriticalPathAnalyzer.analyze(recording,
                    CriticalPathOptions.defaults().withRange(fromNanos, toNanos)));
            sections.add(criticalPathSection(criticalPaths.get(), timeline));
        }
        sections.add(comparison());
        Optional<CheckResult> checks = checkResult();
        sections.add(checks.isPresent() ? new ChecksSection(rulesFile.toString(), checks.get())
                : new PlaceholderSection("checks", "CI verdicts",
                        "No rules: run with --rules RULES.yaml to see the verdicts a CI gate would give."));

        FindingInputs inputs = new FindingInputs(summary, mailboxes, latency, hot, recording.pauses(),
                criticalPaths, checks);
        return new ReportDocument(title, generator, summaryJson.toString(),
                DataCoverage.of(summary, mailboxes.map(MailboxReport::estimated).orElse(false), recording.pauses(),
                        recording.cpuLoad()),
                FindingsAnalyzer.standard().evaluate(inputs), timeline, fromNanos, toNanos, sections);
    }

    private void flames(Timeline timeline, List<HotMethods> hot, List<FlameGraphPage> graphs,
            List<HotWindows> hotWindows) throws IOException {
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
        for (SampleKind kind : kinds) {
            FlameOptions options = options(kind);
            FlameWindows windowed = FlameAnalyzer.buildWindowed(recording, options,
                    new TimeWindows(timeline.startNanos(), timeline.windowNanos(), timeline.windows()));
            FlameTree tree = windowed.tree();
            if (tree.sampleCount() == 0) {
                continue;
            }
            HotMethods methods = HotAnalyzer.hot(recording, options);
            hot.add(methods);
            if (hotWindows.size() < HOT_TABLES) {
                List<String> names = methods.methods().stream().limit(TOP_METHODS).map(HotMethod::name)
                        .collect(Collectors.toList());
                hotWindows.add(HotWindowsAnalyzer.analyze(recording, options, timeline, names, HOT_GROUPS));
            }
            String title = "Flame graph: " + file.getFileName() + " (" + kind.cliName() + ")";
            double width = FLAME_MIN_WIDTH_PERCENT;
            for (int i = 0; keptNodes(tree, width) * CHARS_PER_NODE > budget && i < FLAME_WIDER_PERCENTS.length; i++) {
                width = FLAME_WIDER_PERCENTS[i];
            }
            String subtitle = subtitle(tree.sampleCount(), kind) + (width == FLAME_MIN_WIDTH_PERCENT ? ""
                    : " \u00b7 frames under " + width + "% left out");
            FlameHtmlOptions pageOptions = new FlameHtmlOptions(title, subtitle, width);
            StringWriter page = new StringWriter();
            int windowStep = new FlameHtmlReporter().write(windowed, pageOptions, FLAME_WINDOW_CELLS, page);
            graphs.add(new FlameGraphPage(kind.cliName(), kind.cliName(), tree.sampleCount(), page.toString(),
                    windowStep));
        }
        if (spanGraph) {
            graphs.add(spanFlame(timeline, budget));
        }
    }

    /** Span data's flame graph, as {@code flame} draws it for a span dump: critical-path time by span-name stack. */
    private FlameGraphPage spanFlame(Timeline timeline, long budget) throws IOException {
        FlameWindows windowed = SpanFlameAnalyzer.buildWindowed(recording,
                CriticalPathOptions.defaults().withRange(fromNanos, toNanos), new TimeWindows(timeline.startNanos(), timeline.windowNanos(), timeline.windows()));
        FlameTree tree = windowed.tree();
        double width = FLAME_MIN_WIDTH_PERCENT;
        for (int i = 0; keptNodes(tree, width) * CHARS_PER_NODE > budget && i < FLAME_WIDER_PERCENTS.length; i++) {
            width = FLAME_WIDER_PERCENTS[i];
        }
        String subtitle = "critical-path time by span-name stack \u00b7 " + Units.count(tree.sampleCount())
                + " paths \u00b7 " + Units.duration(tree.totalWeight())
                + (width == FLAME_MIN_WIDTH_PERCENT ? "" : " \u00b7 frames under " + width + "% left out");
        StringWriter page = new StringWriter();
        int windowStep = new FlameHtmlReporter().write(windowed, new FlameHtmlOptions("Critical-path flame graph: "
                + file.getFileName(), subtitle, width), FLAME_WINDOW_CELLS, page);
        return new FlameGraphPage("span", "critical-path time", tree.sampleCount(), page.toString(), windowStep,
                "paths");
    }

    /** How many nodes a flame page keeps: those at least minWidthPercent of the root wide, with their ancestors. */
    static long keptNodes(FlameTree tree, double minWidthPercent) {
        double threshold = tree.totalWeight() * minWidthPercent / 100.0;
        long kept = 0;
        int node = 0;
        while (node < tree.nodeCount()) {
            if (node == 0 || (tree.total(node) > 0 && tree.total(node) >= threshold)) {
                kept++;
                node++;
            } else {
                node = tree.subtreeEnd(node);
            }
        }
        return kept;
    }

    private FlameOptions options(SampleKind kind) {
        FlameOptions all = FlameOptions.of(kind);
        return new FlameOptions(kind, false, fromNanos, toNanos, all.threads(), all.threadPattern(), all.includes(),
                all.excludes(), all.reverse(), all.lines(), all.simple());
    }

    private String subtitle(long samples, SampleKind kind) {
        return Units.count(samples) + " " + kind.cliName() + " samples \u00b7 " + Units.duration(
                recording.info().durationNanos()) + (recording.info().producer().isEmpty() ? ""
                        : " \u00b7 " + recording.info().producer());
    }

    /**
     * The analysis {@code critical-path} makes with its defaults (by operation, the 10 slowest
     * paths), as that command's JSON, and for brushing: the table's operations per timeline window
     * and a waterfall page with the slowest paths overall and of each of {@value #PATH_GROUPS}
     * window groups ({@value #SLOWEST_PER_GROUP} each, within {@value #WATERFALL_BUDGET_CHARS} characters).
     */
    private ReportSection criticalPathSection(CriticalPathReport analysis, Timeline timeline) throws IOException {
        CriticalPathOptions options = CriticalPathOptions.defaults().withRange(fromNanos, toNanos);
        CriticalPathReport report = analysis.top(options.slowest());
        StringWriter json = new StringWriter();
        new CriticalPathJsonReporter().write(report, json);
        TimeWindows windows = new TimeWindows(timeline.startNanos(), timeline.windowNanos(), timeline.windows());
        List<String> operations = report.contributions().stream().map(Contribution::name).collect(Collectors.toList());
        CriticalPathWindows byWindow = CriticalPathWindowsAnalyzer.analyze(recording, options, windows, operations,
                PATH_GROUPS, SLOWEST_PER_GROUP);
        StringWriter page = new StringWriter();
        new CriticalPathHtmlReporter().writeNarrowable(report, byWindow.slowest(), windows, options.slowest(),
                "the " + options.slowest() + " slowest overall and the " + SLOWEST_PER_GROUP + " slowest of each of up to "
                        + PATH_GROUPS + " equal parts of the timeline, as room allows", WATERFALL_BUDGET_CHARS,
                "Critical paths: " + file.getFileName(), page);
        return new CriticalPathSection(json.toString(), page.toString(), byWindow);
    }

    private ReportSection comparison() throws IOException {
        String title = "Comparison with a baseline";
        if (baseline == null) {
            return new PlaceholderSection("comparison", title, "No baseline: run with --baseline BASE to compare "
                    + "this recording's key figures and flame graph with an earlier one.");
        }
        long windowMillis = BaselineComparison.windowMillis(recording, baseline);
        CheckResult figures = BaselineComparison.compare(recording, baseline);
        Map<SampleKind, Long> counts = SampleKinds.counts(recording);
        Optional<SampleKind> kind = SampleKinds.defaultKind(counts);
        if (kind.isEmpty() || !SampleKinds.counts(baseline).containsKey(kind.get())) {
            return new ComparisonSection(baselineFile.getFileName().toString(), windowMillis, figures,
                    Optional.empty(), "No stack samples of the same kind in both recordings (" + baselineFile.getFileName()
                    + "), so there is no differential flame graph.");
        }
        FlameTree current = FlameAnalyzer.build(recording, options(kind.get()));
        FlameTree base = FlameAnalyzer.build(baseline, FlameOptions.of(kind.get()));
        FlameDiff diff = FlameDiffAnalyzer.diff(current, base);
        StringWriter page = new StringWriter();
        new FlameHtmlReporter().write(diff, new FlameHtmlOptions("Differential flame graph: " + file.getFileName()
                + " against " + baselineFile.getFileName() + " (" + kind.get().cliName() + ")",
                subtitle(current.sampleCount(), kind.get()) + " \u00b7 baseline: " + Units.count(base.sampleCount())
                        + " samples", FLAME_MIN_WIDTH_PERCENT), page);
        FlameSection flame = new FlameSection("comparison", title, List.of(new FlameGraphPage(kind.get().cliName(),
                kind.get().cliName() + " against " + baselineFile.getFileName(), current.sampleCount(),
                page.toString(), 0)), List.of(), 0, List.of(), "");
        return new ComparisonSection(baselineFile.getFileName().toString(), windowMillis, figures,
                Optional.of(flame), "");
    }

    /** The CI gate's verdicts on the rules file (against the baseline when there is one), if one was given. */
    private Optional<CheckResult> checkResult() throws InputDataException {
        if (rulesText == null) {
            return Optional.empty();
        }
        RuleSet rules;
        try {
            rules = RulesParser.parse(rulesText);
        } catch (RulesException e) {
            throw new InputDataException("bad rules file", rulesFile, e.getMessage());
        }
        return Optional.of(CheckAnalyzer.evaluate(rules, recording, baseline));
    }

    private static String mailboxJson(MailboxReport report) throws IOException {
        StringWriter json = new StringWriter();
        new MailboxJsonReporter().write(report.top(TOP_ROWS), json);
        return json.toString();
    }

    private static String latencyJson(LatencyReport report) throws IOException {
        StringWriter json = new StringWriter();
        new LatencyJsonReporter().write(report.top(TOP_ROWS), json);
        return json.toString();
    }
}
