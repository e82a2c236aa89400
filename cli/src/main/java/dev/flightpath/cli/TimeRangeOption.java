package dev.flightpath.cli;

import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.TimeRange;
import dev.flightpath.reporters.terminal.Units;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --from/--to}, the same in every command that can be narrowed to a range: each bound is
 * an ISO time, an offset from the recording's start or, negative, from its end (see
 * {@link TimeBound}); each command's rules say what of it counts as in the range.
 */
final class TimeRangeOption {
    @Option(names = "--from", paramLabel = "TIME", converter = TimeBound.Converter.class,
            description = "Start of the range: an ISO time (2023-08-03T04:53:05Z), an offset from the recording's "
                    + "start (500ms, 1.5s, 2min) or from its end (-5s).")
    TimeBound from;

    @Option(names = "--to", paramLabel = "TIME", converter = TimeBound.Converter.class,
            description = "End of the range, exclusive (same forms as --from).")
    TimeBound to;

    /**
     * A usage error, before anything is read, when both bounds are of one form and {@code --to} is
     * not after {@code --from}.
     */
    void validate(CommandLine commandLine) {
        if (from != null && to != null && from.anchor() == to.anchor()
                && (from.anchor() == TimeBound.Anchor.FROM_END ? to.nanos() >= from.nanos() : to.nanos() <= from.nanos())) {
            throw new CommandLine.ParameterException(commandLine, "--to must be after --from");
        }
    }

    /** The range on the recording's clock; a usage error when it is empty. */
    TimeRange resolve(RecordingInfo info, CommandLine commandLine) {
        return resolve(info, commandLine, false);
    }

    /**
     * The range on the recording's clock; a usage error when it is empty or, with
     * {@code mustOverlap}, when it lies outside the recording.
     */
    TimeRange resolve(RecordingInfo info, CommandLine commandLine, boolean mustOverlap) {
        long start = info.startNanos();
        long end = start + info.durationNanos();
        long fromNanos = from == null ? Long.MIN_VALUE : from.resolve(start, end);
        long toNanos = to == null ? Long.MAX_VALUE : to.resolve(start, end);
        boolean outside = (from != null && fromNanos >= end) || (to != null && toNanos <= start);
        if (fromNanos >= toNanos || (mustOverlap && outside)) {
            throw new CommandLine.ParameterException(commandLine,
                    "--from/--to select nothing of the recording (" + Units.duration(end - start) + " long)");
        }
        return new TimeRange(fromNanos, toNanos);
    }
}
