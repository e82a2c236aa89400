package dev.flightpath.cli;

import dev.flightpath.analyzers.summary.RecordingSummary;
import dev.flightpath.analyzers.summary.SummaryAnalyzer;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.Recording;
import dev.flightpath.reporters.summary.SummaryJsonReporter;
import dev.flightpath.reporters.summary.SummaryTableReporter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
        description = "What is in a recording: format, producer, time range, event counts per type, "
                + "threads or processes, traces, spans and messages.")
final class SummaryCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    FormatOption output;

    @ParentCommand
    FlightpathCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Recording recording = input.load(new LoadRequest(SummaryAnalyzer.NEEDS));
        RecordingSummary summary = SummaryAnalyzer.summarize(input.name().toString(), recording);
        output.print(summary, new ResultPrinter<>(new SummaryTableReporter(root.style())::write,
                new SummaryJsonReporter()::write), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
