package dev.flightpath.cli;

import dev.flightpath.analyzers.criticalpath.SpanFlameAnalyzer;
import dev.flightpath.analyzers.flame.FlameAnalyzer;
import dev.flightpath.analyzers.flame.FlameOptions;
import dev.flightpath.analyzers.flame.FlameTree;
import dev.flightpath.analyzers.flame.SampleKinds;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.reporters.export.ChromeTraceExporter;
import dev.flightpath.reporters.export.ExportFormat;
import dev.flightpath.reporters.export.ExportResult;
import dev.flightpath.reporters.export.OtlpJsonExporter;
import dev.flightpath.reporters.export.PprofExporter;
import dev.flightpath.reporters.export.SpeedscopeExporter;
import dev.flightpath.reporters.flame.CollapsedReporter;
import dev.flightpath.reporters.terminal.TerminalStyle;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a recording in a format another tool opens: speedscope (.speedscope.json), "
                + "Perfetto/Chrome trace JSON (.trace.json), pprof (.pb.gz), OTLP JSON lines (.otlp.jsonl) or "
                + "folded stacks (.folded). Says on stderr what the target format cannot hold.")
final class ConvertCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "Where to write; its ending picks the format unless --to is given.")
    Path output;

    @Option(names = "--to", paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "The output format: ${COMPLETION-CANDIDATES}. Default: from OUT's ending.")
    ExportFormat to;

    @ParentCommand
    FlightpathCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat format = to != null ? to : ExportFormat.fromFileName(String.valueOf(output.getFileName()));
        if (format == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot tell the output format of '"
                    + output + "': name it .speedscope.json, .trace.json, .pb.gz, .otlp.jsonl or .folded, or give --to");
        }
        Recording recording = input.load(LoadRequest.everything());
        Path temporary = temporaryBeside(output);
        ExportResult result;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                result = export(format, recording, out);
            }
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UsageFailure("cannot write '" + output + "': " + e.getMessage());
        } finally {
            Files.deleteIfExists(temporary);
        }
        TerminalStyle style = root.style();
        PrintWriter console = spec.commandLine().getOut();
        console.println("Wrote " + style.heading(output.toString()) + " (" + format.cliName() + "): "
                + result.written());
        console.flush();
        if (!result.dropped().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("flightpath convert: " + format.cliName() + " cannot hold, so left out:");
            for (String line : result.dropped()) {
                err.println("  " + line);
            }
            err.flush();
        }
        return ExitCodes.OK;
    }

    private ExportResult export(ExportFormat format, Recording recording, OutputStream out) throws IOException {
        switch (format) {
            case SPEEDSCOPE:
                return new SpeedscopeExporter().write(recording, out);
            case CHROME:
                return new ChromeTraceExporter().write(recording, out);
            case PPROF:
                return new PprofExporter().write(recording, out);
            case OTLP_JSON:
                return new OtlpJsonExporter().write(recording, out);
            case FOLDED:
                return folded(recording, out);
            default:
                throw new IllegalStateException("no exporter for " + format);
        }
    }

    /** Folded stacks as {@code flame -o x.folded} writes them: the default kind, or critical paths of spans. */
    private static ExportResult folded(Recording recording, OutputStream out) throws IOException {
        Optional<SampleKind> kind = SampleKinds.defaultKind(SampleKinds.counts(recording));
        FlameTree tree = kind.isPresent() ? FlameAnalyzer.build(recording, FlameOptions.of(kind.get()))
                : SpanFlameAnalyzer.build(recording);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new CollapsedReporter().write(tree, writer);
        List<String> dropped = new ArrayList<>();
        if (kind.isPresent()) {
            long others = recording.samples().size() - recording.samples().count(kind.get());
            if (others > 0) {
                dropped.add(String.format(java.util.Locale.ROOT, "%,d samples of other kinds (folded stacks hold "
                        + "one kind; use flame --event for another)", others));
            }
        }
        dropped.add("times, threads and everything but stacks (folded stacks are stack counts)");
        return new ExportResult(kind.map(k -> String.format(java.util.Locale.ROOT, "%,d %s samples", tree.sampleCount(),
                k.cliName())).orElse("critical paths of " + tree.sampleCount() + " root spans"), dropped);
    }

    private static Path temporaryBeside(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".partial");
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            ExportFormat format = ExportFormat.fromCliName(value);
            if (format == null) {
                throw new CommandLine.TypeConversionException("unknown output format '" + value + "'; expected one of "
                        + String.join(", ", new FormatNames()));
            }
            return format;
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (ExportFormat format : ExportFormat.values()) {
                names.add(format.cliName());
            }
            return names.iterator();
        }
    }
}
