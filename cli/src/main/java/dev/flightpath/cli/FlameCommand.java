package dev.flightpath.cli;

import dev.flightpath.analyzers.flame.FlameAnalyzer;
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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
                + "table of methods), or folded stacks for other tools.")
final class FlameCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write: .html (the default, FILE's name with .html in the current directory), "
                    + ".collapsed, .folded or .txt (folded stacks: 'frame;frame;... count' per stack).")
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
        Path target = output != null ? output : Path.of(baseName(input.file) + ".html");
        OutputType type = outputType(target);
        Recording recording = input.load(LoadRequest.of(DataKind.SAMPLES));
        SampleSelectionOptions.Selection chosen = selection.resolve(recording, input.file, spec.commandLine(),
                threads, reverse);
        FlameTree tree = FlameAnalyzer.build(recording, chosen.options());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            if (type == OutputType.HTML) {
                new FlameHtmlReporter().write(tree, new FlameHtmlOptions(
                        title != null ? title : "Flame graph: " + input.file.getFileName() + " (" + tree.kind().cliName() + ")",
                        subtitle(recording, tree), minWidthPercent), out);
            } else {
                new CollapsedReporter().write(tree, out);
            }
        }
        TerminalStyle style = root.colour() ? TerminalStyle.coloured() : TerminalStyle.plain();
        PrintWriter console = spec.commandLine().getOut();
        console.println("Wrote " + style.heading(target.toString()) + ": "
                + (type == OutputType.HTML ? "flame graph" : "folded stacks") + " of "
                + style.number(Units.count(tree.sampleCount())) + " samples, event " + chosen.describeEvent()
                + (tree.sampleCount() == 0 ? style.warning(" (no samples matched the filters)") : ""));
        console.flush();
        return ExitCodes.OK;
    }

    private OutputType outputType(Path target) {
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

    private static String subtitle(Recording recording, FlameTree tree) {
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
        return line.toString();
    }
}
