package dev.flightpath.cli;

import dev.flightpath.analyzers.check.rules.RulesException;
import dev.flightpath.analyzers.check.rules.RulesParser;
import dev.flightpath.analyzers.report.ReportAnalysis;
import dev.flightpath.analyzers.report.ReportAnalyzer;
import dev.flightpath.analyzers.report.ReportOptions;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.Recording;
import dev.flightpath.model.TimeRange;
import dev.flightpath.reporters.report.ReportHtmlReporter;
import dev.flightpath.reporters.report.ReportSection;
import dev.flightpath.reporters.terminal.TerminalStyle;
import dev.flightpath.reporters.terminal.Units;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "A post-mortem report as one self-contained HTML file: findings first, a shared timeline "
                + "(brush it to narrow the tables), mailboxes, scheduler latency, flame graphs and critical paths.",
        footerHeading = "%nRules:%n",
        footer = {
            "  * The page holds the same result records as the mailbox, latency, summary,",
            "    flame and critical-path commands (their defaults: top 10 mailboxes, groups",
            "    and paths, groups by process), as JSON; it needs no network and opens",
            "    from disk.",
            "  * Findings are scored 0-100 (info from 25, warning from 75); each rule's",
            "    formula is in the README.",
            "  * --from/--to narrow the mailbox, latency, flame-graph and critical-path",
            "    analyses (as the commands' own --from/--to) and preselect that range on",
            "    the timeline.",
            "  * The timeline has at most 200 windows; brushed figures are recomputed from",
            "    per-window data (wait percentiles to within one log bucket, ~26%%).",
            "  * --baseline adds key figures against BASE (p99 waits, latency, span",
            "    durations, GC pauses; tested as by check) and a differential flame graph;",
            "    --rules adds the CI verdicts of a rules file."
        })
final class ReportCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The HTML file to write (- for stdout). Default: FILE's name with -report.html, in the "
                    + "current directory.")
    Path output;

    @Option(names = "--baseline", paramLabel = "BASE",
            description = "Compare with the recording BASE: key figures with their change and significance, and a "
                    + "differential flame graph of the default event.")
    Path baseline;

    @Option(names = "--rules", paramLabel = "RULES.yaml",
            description = "Evaluate a rules file (as for CI) and show its verdicts (against BASE when given).")
    Path rules;

    @Mixin
    TimeRangeOption range;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's title. Default: 'Report: FILE'.")
    String title;

    @ParentCommand
    FlightpathCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path target = output != null ? output : Path.of(baseName(input.name()) + "-report.html");
        Recording recording = input.load(LoadRequest.everything());
        ReportAnalysis analysis = ReportAnalyzer.analyze(recording, options(recording));
        String pageTitle = title != null ? title : "Report: " + input.name().getFileName();
        PrintWriter console = spec.commandLine().getOut();
        OutputTarget page = new OutputTarget(target);
        page.write(console, out -> new ReportHtmlReporter().write(analysis, pageTitle, version(), out));
        if (page.isStdout()) {
            return ExitCodes.OK;
        }
        List<ReportSection> sections = ReportHtmlReporter.sections(analysis);
        long withData = sections.stream().filter(section -> section.emptyReason().isEmpty()).count();
        TerminalStyle style = root.style();
        console.println("Wrote " + style.heading(target.toString()) + ": report of " + input.name() + ", "
                + style.number(Integer.toString(analysis.findings().size())) + " findings, " + withData + " of "
                + sections.size() + " sections with data, " + Units.count(Files.size(target)) + " bytes");
        console.flush();
        return ExitCodes.OK;
    }

    /** The range, the baseline and the rules the options ask for. */
    private ReportOptions options(Recording recording) throws IOException, InputDataException {
        TimeRange window = range.resolve(recording.info(), spec.commandLine(), true);
        ReportOptions options = ReportOptions.of(input.name(), window.fromNanos(), window.toNanos());
        if (baseline != null) {
            options = options.withBaseline(baseline,
                    RecordingLoader.load(baseline, input.inputFormat, LoadRequest.everything()));
        }
        if (rules != null) {
            try {
                options = options.withRules(rules, RulesParser.parse(Files.readString(rules, StandardCharsets.UTF_8)));
            } catch (RulesException e) {
                throw new InputDataException("bad rules file", rules, e.getMessage());
            }
        }
        return options;
    }

    private static String version() {
        try {
            return new FlightpathCommand.Version().getVersion()[0];
        } catch (java.io.IOException e) {
            return "flightpath";
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
