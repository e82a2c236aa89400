package dev.flightpath.cli;

import dev.flightpath.analyzers.flame.HotAnalyzer;
import dev.flightpath.analyzers.flame.HotMethods;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.Recording;
import dev.flightpath.reporters.flame.HotJsonReporter;
import dev.flightpath.reporters.flame.HotTableReporter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "hot", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The hottest methods: where samples end (self) and what they pass through (total), "
                + "as shares of all samples used.")
final class HotCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    SampleSelectionOptions selection;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Show the N hottest methods. Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin
    FormatOption output;

    @ParentCommand
    FlightpathCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
        }
        Recording recording = input.load(selection.loadRequest());
        if (selection.needsEveryKind(recording)) {
            recording = input.load(new LoadRequest(HotAnalyzer.NEEDS));
        }
        SampleSelectionOptions.Selection chosen = selection.resolve(recording, input.name(), spec.commandLine(),
                false, false);
        HotMethods hot = HotAnalyzer.hot(recording, chosen.options());
        String heading = input.name() + " \u2014 event " + chosen.describeEvent();
        output.print(hot, new ResultPrinter<>(
                (methods, out) -> new HotTableReporter(root.style()).write(methods, heading, top, out),
                (methods, out) -> new HotJsonReporter().write(methods, input.name().toString(), top, out)),
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
