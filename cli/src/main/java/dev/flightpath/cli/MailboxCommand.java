package dev.flightpath.cli;

import dev.flightpath.analyzers.mailbox.MailboxAnalyzer;
import dev.flightpath.analyzers.mailbox.MailboxOptions;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.Recording;
import dev.flightpath.model.TimeRange;
import dev.flightpath.reporters.mailbox.MailboxJsonReporter;
import dev.flightpath.reporters.mailbox.MailboxTableReporter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "mailbox", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Mailbox backlog: per mailbox, depth over time, queue waits (enqueue to dequeue), "
                + "top senders and message types, and the worst episode, worst mailbox first.",
        footerHeading = "%nRules:%n",
        footer = {
            "  * A mailbox is a mailbox name at one receiving process.",
            "  * Depth at time t counts the messages enqueued at or before t and not yet",
            "    dequeued. The events of one nanosecond are applied together (as if",
            "    dequeues came first), so a message in and out in the same nanosecond",
            "    never adds to the depth.",
            "  * Mean and percentiles of depth are time-weighted over the window: the",
            "    recording, cut by --from/--to (an offset from the recording start such",
            "    as 1.5s, from its end such as -5s, or an ISO time).",
            "  * Queue wait (enqueue to dequeue) covers the messages enqueued in the",
            "    window and dequeued. 'Left' counts messages still queued at the end;",
            "    over the whole recording, the messages never dequeued.",
            "  * An episode is a stretch with depth above --over; the worst has the",
            "    largest area under the depth curve. Its in/out rates are messages per",
            "    second.",
            "  * Ranking: time messages spent queued in the window (the area under the",
            "    depth curve), worst first. Mailboxes with no dequeue seen in the whole",
            "    recording (marked *: the receiver has no traced dequeue point, or never",
            "    took a message) come after all others.",
            "  * Messages sent but never received within the recording (no enqueue time)",
            "    are in no mailbox; the header counts them as 'sent, never received'.",
            "  * Times are offsets from the recording start (+1.234567 s); a window start",
            "    is also shown as a UTC date unless the clock is monotonic (BEAM).",
            "  * Sampled messages count their weight, rounded to whole messages; the",
            "    output then says 'estimated'.",
            "  * Wait percentiles come from an HdrHistogram (3 significant digits); max",
            "    is exact.",
            "  * A recording without messages is bad input for this command: exit code 1;",
            "    so is a --process that matches no receiving process (the message names",
            "    the first few receivers)."
        })
final class MailboxCommand implements Callable<Integer> {
    /** How many receivers the message for a --process that matches none names. */
    private static final int NAMES_SHOWN = 5;

    @Mixin
    InputOptions input;

    @Option(names = "--process", paramLabel = "REGEX", converter = RegexConverter.class,
            description = "Only mailboxes of processes whose name or id contains a match.")
    Pattern process;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Show the N worst mailboxes. Default: ${DEFAULT-VALUE}.")
    int top;

    @Mixin
    TimeRangeOption range;

    @Option(names = "--over", paramLabel = "N", defaultValue = "0",
            description = "Depth threshold of episodes and of 'time over'. Default: ${DEFAULT-VALUE}.")
    long over;

    @Mixin
    FormatOption output;

    @ParentCommand
    FlightpathCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        validate();
        Recording recording = input.load(new LoadRequest(MailboxAnalyzer.NEEDS));
        if (recording.messages().size() == 0) {
            throw new InputDataException("no messages in", input.name(),
                    "the mailbox command needs messages (a BEAM trace or spans of a messaging system)");
        }
        if (process != null && MailboxAnalyzer.receiverNames(recording, process).isEmpty()) {
            throw new InputDataException("no receiving process matches --process '" + process + "' in",
                    input.name(), "the receivers are " + firstNames(MailboxAnalyzer.receiverNames(recording, null)));
        }
        TimeRange window = range.resolve(recording.info(), spec.commandLine());
        MailboxOptions options = MailboxOptions.defaults()
                .withProcessFilter(process)
                .withOverDepth(over)
                .withWindow(window.fromNanos(), window.toNanos());
        MailboxReport report = MailboxAnalyzer.analyze(recording, options).top(top);
        output.print(report, new ResultPrinter<>(new MailboxTableReporter(root.style())::write,
                new MailboxJsonReporter()::write), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The first few names, then how many more. */
    private static String firstNames(List<String> names) {
        int shown = Math.min(names.size(), NAMES_SHOWN);
        String first = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? first + " and " + (names.size() - shown) + " more" : first;
    }

    private void validate() {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
        }
        if (over < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--over must not be negative");
        }
        range.validate(spec.commandLine());
    }
}
