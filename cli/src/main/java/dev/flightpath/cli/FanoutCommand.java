package dev.flightpath.cli;

import dev.flightpath.analyzers.fanout.FanoutAnalyzer;
import dev.flightpath.analyzers.fanout.FanoutOptions;
import dev.flightpath.analyzers.fanout.FanoutReport;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.DataKind;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.Recording;
import dev.flightpath.reporters.fanout.FanoutJsonReporter;
import dev.flightpath.reporters.fanout.FanoutTableReporter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "fanout", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Broadcasts: one message sent to N recipients. Per size range, the time until "
                + "the last recipient has it; the senders; the slowest broadcasts and their slowest "
                + "recipients; sampling rates, estimated true counts and a recommended rate per size.",
        footerHeading = "%nRules:%n",
        footer = {
            "  * Messages (BEAM traces, flightpath's recorder): messages of one sender with",
            "    the same broadcast id (recorder fan-out id, seq_trace serial) are one",
            "    broadcast (rule 'id'). Others form bursts (rule 'burst'): sends of one",
            "    sender with the same message type, each at most --gap after the previous",
            "    one, to mailboxes not yet in the burst.",
            "  * Spans (OTLP, Jaeger, Zipkin, Chrome): a span whose children hand over the",
            "    same operation to 2 or more recipients is one broadcast ('children');",
            "    every other span that hands over is one with its consumers, linked",
            "    spans or Chrome flow ends ('consumers'). A hand-over is a PRODUCER to a",
            "    CONSUMER (child or link), FOLLOWS_FROM, a flow, or a CLIENT to a SERVER.",
            "  * A broadcast is sent at its first enqueue. A recipient has it at its",
            "    dequeue, or at the end of its handling where no dequeue is traced (the",
            "    output says so). Depth ahead: messages waiting in its mailbox then.",
            "  * Sizes: 1, 2-10, 11-100, 101-1,000, more. Percentiles are nearest-rank,",
            "    weighted by sampling (a copy kept with p weighs 1/p).",
            "  * Estimated counts: sum of weights, 95% interval +-1.96 sqrt(sum w(w-1))",
            "    (Horvitz-Thompson, independent sampling). Buckets sampled with fewer",
            "    than 30 broadcasts are marked. Recommended rate: min(1, T / estimated).",
            "  * A recording without messages or spans is bad input: exit code 1."
        })
final class FanoutCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--gap", paramLabel = "DURATION", converter = TimeBound.DurationConverter.class, defaultValue = "1ms",
            description = "Largest gap between two sends of one burst. Default: ${DEFAULT-VALUE}.")
    long gapNanos;

    @Option(names = "--target", paramLabel = "T", defaultValue = "100",
            description = "Broadcasts per size range the recommended sampling rate keeps. Default: ${DEFAULT-VALUE}.")
    long target;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Show the N slowest broadcasts. Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin
    FormatOption output;

    @ParentCommand
    FlightpathCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (top < 1 || target < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top and --target must be at least 1");
        }
        Recording recording = input.load(LoadRequest.of(DataKind.MESSAGES, DataKind.SPANS));
        if (recording.messages().size() == 0 && recording.spans().isEmpty()) {
            throw new InputDataException("no messages or spans in", input.name(),
                    "the fanout command needs messages (a BEAM trace, flightpath's recorder) or spans");
        }
        FanoutOptions options = FanoutOptions.defaults().withBurstGapNanos(gapNanos).withTargetPerBucket(target)
                .withTopBroadcasts(top);
        FanoutReport report = FanoutAnalyzer.analyze(recording, options);
        output.print(report, new ResultPrinter<>(new FanoutTableReporter(root.style())::write,
                new FanoutJsonReporter()::write), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
