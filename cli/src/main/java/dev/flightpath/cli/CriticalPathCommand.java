package dev.flightpath.cli;

import dev.flightpath.analyzers.criticalpath.CriticalPathAnalyzer;
import dev.flightpath.analyzers.criticalpath.CriticalPathOptions;
import dev.flightpath.analyzers.criticalpath.CriticalPathReport;
import dev.flightpath.analyzers.criticalpath.GroupBy;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.Recording;
import dev.flightpath.model.TimeRange;
import dev.flightpath.model.Span;
import dev.flightpath.reporters.criticalpath.CriticalPathHtmlReporter;
import dev.flightpath.reporters.criticalpath.CriticalPathJsonReporter;
import dev.flightpath.reporters.criticalpath.CriticalPathTableReporter;
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

@Command(name = "critical-path", mixinStandardHelpOptions = true, sortOptions = false,
        description = "What each trace's end-to-end time waited for: its critical path as segments (self, running, "
                + "queue-wait), added up per operation, process or service over all traces, with the slowest traces.",
        footerHeading = "%nRules:%n",
        footer = {
            "  * One path per root span (orphans and detached consumers are roots too); its",
            "    segments tile the root's time exactly.",
            "  * Walking back from the root's end, the last-finishing child that ends by",
            "    the current point is on the path; children are clamped into their parent;",
            "    overlapping siblings are not both counted; the parent's time between",
            "    children is 'self', or 'running' while another child runs.",
            "  * A consumer span is its producer's sibling, not its child: when the path",
            "    reaches the consumer's start it goes through the hop, and producer end to",
            "    consumer start is 'queue-wait'. Links across traces do not join paths: the",
            "    consumer's path shows the hop as 'after ... and a queue wait of'.",
            "  * Totals and percentiles weigh each path by its root's sampling weight; the",
            "    output then says 'estimated'. Percentiles are over the paths an operation",
            "    is on.",
            "  * --from/--to (offsets from the start or, negative, the end; ISO times)",
            "    keep the paths whose root span starts in the range.",
            "  * --trace with an id that is not in the file is bad input: exit code 1.",
            "  * A file without spans is missing data: exit code 1."
        })
final class CriticalPathCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--trace", paramLabel = "ID", description = "Only this trace (its hex id as in the file).")
    String traceId;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Show the N slowest traces and the N largest groups. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--by", paramLabel = "operation|process|service", defaultValue = "operation",
            description = "Add critical-path time up per operation (span name), process or service. "
                    + "Default: ${DEFAULT-VALUE}.")
    GroupBy groupBy;

    @Mixin
    TimeRangeOption range;

    @Mixin
    FormatOption output;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.html",
            description = "Also write a self-contained HTML waterfall of the slowest traces to OUT.html (- writes "
                    + "it to stdout instead of the table).")
    Path html;

    @ParentCommand
    FlightpathCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
        }
        range.validate(spec.commandLine());
        Recording recording = input.load(new LoadRequest(CriticalPathAnalyzer.NEEDS));
        if (recording.spans().isEmpty()) {
            throw new InputDataException("no spans in", input.name(),
                    "the critical-path command needs spans (OTLP, Jaeger, Zipkin or Chrome trace)");
        }
        String trace = traceId == null ? null : traceId.trim().toLowerCase(Locale.ROOT);
        if (trace != null && recording.spans().stream().map(Span::traceId).noneMatch(trace::equals)
                && recording.spans().stream().map(Span::traceId).noneMatch(traceId::equals)) {
            throw new InputDataException("no trace " + traceId + " in", input.name(), null);
        }
        if (trace != null && recording.spans().stream().map(Span::traceId).noneMatch(trace::equals)) {
            trace = traceId; // a non-hex id kept as the source wrote it
        }
        TimeRange window = range.resolve(recording.info(), spec.commandLine());
        CriticalPathOptions options = new CriticalPathOptions(trace, groupBy, top)
                .withRange(window.fromNanos(), window.toNanos());
        CriticalPathReport report = CriticalPathAnalyzer.analyze(recording, options).top(top);
        PrintWriter out = spec.commandLine().getOut();
        OutputTarget page = html == null ? null : new OutputTarget(html);
        if (page == null || !page.isStdout()) {
            output.print(report, new ResultPrinter<>(new CriticalPathTableReporter(root.style())::write,
                    new CriticalPathJsonReporter()::write), out);
        }
        if (page != null) {
            page.write(out, writer -> new CriticalPathHtmlReporter()
                    .write(report, "Critical paths: " + input.name().getFileName(), writer));
            if (!output.json() && !page.isStdout()) {
                out.println();
                out.println(" Wrote " + html + ": waterfall of the " + report.slowest().size() + " slowest traces");
                out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
