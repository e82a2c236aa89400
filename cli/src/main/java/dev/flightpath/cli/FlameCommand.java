package dev.flightpath.cli;

import dev.flightpath.analyzers.criticalpath.SpanFlameAnalyzer;
import dev.flightpath.analyzers.flame.FlameAnalyzer;
import dev.flightpath.analyzers.flame.FlameDiff;
import dev.flightpath.analyzers.flame.FlameDiffAnalyzer;
import dev.flightpath.analyzers.flame.FlameOptions;
import dev.flightpath.analyzers.flame.SampleKinds;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.SampleKind;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.Recording;
import dev.flightpath.reporters.flame.CollapsedReporter;
import dev.flightpath.reporters.flame.FlameHtmlOptions;
import dev.flightpath.reporters.flame.FlameHtmlReporter;
import dev.flightpath.reporters.terminal.TerminalStyle;
import dev.flightpath.reporters.terminal.Units;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "flame", mixinStandardHelpOptions = true, sortOptions = false,
        description = "A flame graph of a recording's stack samples: a self-contained HTML page (zoom, search, "
                + "table of methods, call tree, sandwich view, hiding subtrees), or folded stacks for other tools. "
                + "For span data without samples: critical-path time by span-name stack (see critical-path).")
final class FlameCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write: .html (the default, FILE's name with .html in the current directory), "
                    + ".collapsed, .folded or .txt (folded stacks: 'frame;frame;... count' per stack); - writes folded "
                    + "stacks to stdout.")
    Path output;

    @Mixin
    SampleSelectionOptions selection;

    @Option(names = "--threads", description = "One tower per thread name.")
    boolean threads;

    @Option(names = "--reverse", description = "Bottom-up: the methods where samples end are at the root.")
    boolean reverse;

    @Option(names = "--minwidth", paramLabel = "PERCENT", defaultValue = "0",
            description = "Leave out frames narrower than PERCENT of the whole (HTML only; smaller pages). "
                    + "Default: ${DEFAULT-VALUE}.")
    double minWidthPercent;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's title. Default: the file and event.")
    String title;

    @Option(names = "--baseline", paramLabel = "BASE",
            description = "Compare with the recording BASE (same event and filters; the time window applies to FILE "
                    + "only): widths from FILE, colours by the change in self share, red more, blue less. "
                    + "Folded output then reads 'stack base current'.")
    Path baseline;

    @ParentCommand
    FlightpathCommand root;

    @Spec
    CommandSpec spec;

    /** What the output file's extension asks for. */
    private enum OutputType { HTML, COLLAPSED }

    @Override
    public Integer call() throws Exception {
        if (!(minWidthPercent >= 0 && minWidthPercent <= 100)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--minwidth must be a percentage from 0 to 100, not " + minWidthPercent);
        }
        OutputTarget target = new OutputTarget(output != null ? output : Path.of(baseName(input.name()) + ".html"));
        OutputType type = outputType(target);
        // Span files come with their spans whatever is asked; JFR is read by the fast sample path.
        Recording recording = input.load(selection.loadRequest().with(DataKind.SPANS));
        if (recording.samples().size() == 0 && !recording.spans().isEmpty()) {
            return spanFlame(recording, target, type);
        }
        if (selection.needsEveryKind(recording)) {
            recording = input.load(new LoadRequest(FlameAnalyzer.NEEDS));
        }
        SampleSelectionOptions.Selection chosen = selection.resolve(recording, input.name(), spec.commandLine(),
                threads, reverse);
        FlameTree tree = FlameAnalyzer.build(recording, chosen.options());
        FlameDiff diff = baseline == null ? null : FlameDiffAnalyzer.diff(tree, baselineTree(chosen.options()));
        PrintWriter console = spec.commandLine().getOut();
        FlameHtmlOptions page = new FlameHtmlOptions(title != null ? title : defaultTitle(tree),
                subtitle(recording, tree, diff), minWidthPercent);
        target.write(console, out -> {
            if (type == OutputType.HTML) {
                if (diff == null) {
                    new FlameHtmlReporter().write(tree, page, out);
                } else {
                    new FlameHtmlReporter().write(diff, page, out);
                }
            } else if (diff == null) {
                new CollapsedReporter().write(tree, out);
            } else {
                new CollapsedReporter().write(diff, out);
            }
        });
        if (target.isStdout()) {
            return ExitCodes.OK;
        }
        TerminalStyle style = root.style();
        console.println("Wrote " + style.heading(target.path().toString()) + ": "
                + (type == OutputType.HTML ? (diff == null ? "flame graph" : "differential flame graph") : "folded stacks")
                + " of "
                + style.number(Units.count(tree.sampleCount())) + " samples, event " + chosen.describeEvent()
                + (tree.sampleCount() == 0 ? style.warning(" (no samples matched the filters)") : ""));
        console.flush();
        return ExitCodes.OK;
    }

    /** A span dump without samples: critical-path time by span-name stack. */
    private int spanFlame(Recording recording, OutputTarget target, OutputType type) throws Exception {
        if (baseline != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline needs stack samples; '"
                    + input.name() + "' has spans only");
        }
        FlameTree tree = SpanFlameAnalyzer.build(recording);
        PrintWriter console = spec.commandLine().getOut();
        target.write(console, out -> {
            if (type == OutputType.HTML) {
                String subtitle = "critical-path time by span-name stack \u00b7 " + Units.count(tree.sampleCount())
                        + " paths \u00b7 " + Units.duration(tree.totalWeight()) + " \u00b7 "
                        + Units.utcTime(recording.info().startNanos());
                new FlameHtmlReporter().write(tree, new FlameHtmlOptions(title != null ? title
                        : "Critical-path flame graph: " + input.name().getFileName(), subtitle, minWidthPercent), out);
            } else {
                new CollapsedReporter().write(tree, out);
            }
        });
        if (target.isStdout()) {
            return ExitCodes.OK;
        }
        TerminalStyle style = root.style();
        console.println("Wrote " + style.heading(target.path().toString()) + ": "
                + (type == OutputType.HTML ? "flame graph" : "folded stacks") + " of the critical paths of "
                + style.number(Units.count(tree.sampleCount())) + " root spans ("
                + Units.duration(tree.totalWeight()) + ", in nanoseconds by span-name stack)");
        console.flush();
        return ExitCodes.OK;
    }

    /** The baseline's tree: the same event and filters over the whole baseline recording. */
    private FlameTree baselineTree(FlameOptions options) throws InputDataException, IOException {
        Recording base = RecordingLoader.load(baseline, input.inputFormat, new LoadRequest(FlameAnalyzer.NEEDS));
        Map<SampleKind, Long> counts = SampleKinds.counts(base);
        if (!counts.containsKey(options.kind())) {
            throw new InputDataException("no " + options.kind().cliName() + " samples in the baseline", baseline,
                    counts.isEmpty() ? "it has no stack samples at all" : "it has " + counts.keySet().stream()
                            .map(SampleKind::cliName).collect(Collectors.joining(", ")) + " samples");
        }
        return FlameAnalyzer.build(base, new FlameOptions(options.kind(), options.total(), Long.MIN_VALUE,
                Long.MAX_VALUE, options.threads(), options.threadPattern(), options.includes(), options.excludes(),
                options.reverse(), options.lines(), options.simple()));
    }

    private String defaultTitle(FlameTree tree) {
        if (baseline == null) {
            return "Flame graph: " + input.name().getFileName() + " (" + tree.kind().cliName() + ")";
        }
        return "Differential flame graph: " + input.name().getFileName() + " against " + baseline.getFileName() + " ("
                + tree.kind().cliName() + ")";
    }

    private OutputType outputType(OutputTarget output) {
        if (output.isStdout()) {
            return OutputType.COLLAPSED;
        }
        Path target = output.path();
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return OutputType.HTML;
        }
        if (name.endsWith(".collapsed") || name.endsWith(".folded") || name.endsWith(".txt")) {
            return OutputType.COLLAPSED;
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "cannot tell the output type of '" + target
                + "': name it .html, .collapsed, .folded or .txt");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String subtitle(Recording recording, FlameTree tree, FlameDiff diff) {
        StringBuilder line = new StringBuilder();
        line.append(Units.count(tree.sampleCount())).append(' ').append(tree.kind().cliName()).append(" samples");
        if (!tree.weightUnit().equals("samples")) {
            line.append(", weighed in ").append(tree.weightUnit());
        }
        line.append(" \u00b7 ").append(Units.utcTime(recording.info().startNanos()))
                .append(" \u00b7 ").append(Units.duration(recording.info().durationNanos()));
        if (!recording.info().producer().isEmpty()) {
            line.append(" \u00b7 ").append(recording.info().producer());
        }
        if (diff != null) {
            line.append(" \u00b7 baseline: ").append(Units.count(diff.baseline().sampleCount())).append(" samples");
        }
        return line.toString();
    }
}
